package org.oas.migration.meetings;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Dependencies run one way in every feature: rest -> domain -> persistence. */
@AnalyzeClasses(packages = "org.oas.migration.meetings", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layersRunOneWay = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Rest").definedBy("org.oas.migration.meetings..rest..")
            .layer("Domain").definedBy("org.oas.migration.meetings..domain..")
            .layer("Persistence").definedBy("org.oas.migration.meetings..persistence..")
            .whereLayer("Rest").mayNotBeAccessedByAnyLayer()
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Rest")
            .whereLayer("Persistence").mayOnlyBeAccessedByLayers("Rest", "Domain");

    @ArchTest
    static final ArchRule domainKnowsNoWireTypes = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAPackage("..rest..")
            .because("commands come in and entities go out; Input, View and Mapper live in rest");

    @ArchTest
    static final ArchRule persistenceKnowsNoServices = noClasses().that().resideInAPackage("..persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("..rest..", "..domain..")
            .because("list queries take filter records of stored values, not domain or wire types");
}
