package org.oas.migration.programs;

import org.junit.jupiter.api.Test;
import org.oas.migration.platform.testing.architecture.ArchitectureRules;

/** The dependency rules of the suite (platform/testing ArchitectureRules), for this service and the platform it uses. */
class ArchitectureTest {

    @Test
    void layersDependOneWayRestDomainPersistence() {
        ArchitectureRules.checkServiceLayers("org.oas.migration.programs");
    }

    @Test
    void thePlatformDependsOnNoService() {
        ArchitectureRules.checkPlatformStandsAlone();
    }
}
