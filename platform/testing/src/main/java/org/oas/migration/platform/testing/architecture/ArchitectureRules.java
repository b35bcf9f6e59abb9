package org.oas.migration.platform.testing.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The dependency rules of the suite, checked by each module's ArchitectureTest: inside a service, rest -> domain
 * -> persistence and never back; the platform depends on no service, so the gateway and every service can use it.
 */
public final class ArchitectureRules {

    private static final String[] MODULES = {"org.oas.migration.organizations..", "org.oas.migration.meetings..",
            "org.oas.migration.programs..", "org.oas.migration.gateway..", "org.oas.migration.deploy.."};

    private ArchitectureRules() {
    }

    /** Fails with every offending dependency listed when a class of the service breaks the layer order. */
    public static void checkServiceLayers(String basePackage) {
        JavaClasses service = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Rest").definedBy(basePackage + "..rest..")
                .layer("Domain").definedBy(basePackage + "..domain..")
                .layer("Persistence").definedBy(basePackage + "..persistence..")
                .whereLayer("Rest").mayNotBeAccessedByAnyLayer()
                .whereLayer("Domain").mayOnlyBeAccessedByLayers("Rest")
                .whereLayer("Persistence").mayOnlyBeAccessedByLayers("Rest", "Domain")
                .check(service);
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAPackage("..rest..")
                .because("domain services take commands and return domain results; the wire is the rest layer's")
                .check(service);
        noClasses().that().resideInAPackage("..persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("..rest..", "..domain..")
                .because("persistence is the bottom layer: rest -> domain -> persistence")
                .check(service);
    }

    /** Fails when a platform class depends on a service or a deploy module. */
    public static void checkPlatformStandsAlone() {
        JavaClasses platform = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.oas.migration.platform");
        noClasses().that().resideInAPackage("org.oas.migration.platform..")
                .should().dependOnClassesThat().resideInAnyPackage(MODULES)
                .because("the platform is shared by every service and the gateway")
                .check(platform);
    }
}
