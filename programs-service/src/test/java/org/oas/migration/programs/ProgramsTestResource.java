package org.oas.migration.programs;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.oas.migration.platform.testing.EmbeddedInfrastructure;

@QuarkusTestResource(value = EmbeddedInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "programs"))
public final class ProgramsTestResource {
}
