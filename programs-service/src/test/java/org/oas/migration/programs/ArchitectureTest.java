package org.oas.migration.programs;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Dependencies run one way: rest -> domain -> persistence. */
@AnalyzeClasses(packages = "org.oas.migration.programs", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainDoesNotKnowTheWire = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAPackage("..rest..");

    @ArchTest
    static final ArchRule persistenceDoesNotKnowTheWire = noClasses().that().resideInAPackage("..persistence..")
            .should().dependOnClassesThat().resideInAPackage("..rest..");

    @ArchTest
    static final ArchRule persistenceDoesNotCallDomainServices = noClasses().that().resideInAPackage("..persistence..")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Service")
            .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Writer");
}
