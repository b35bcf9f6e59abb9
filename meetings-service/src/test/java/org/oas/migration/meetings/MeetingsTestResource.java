package org.oas.migration.meetings;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.oas.migration.platform.testing.EmbeddedInfrastructure;

@QuarkusTestResource(value = EmbeddedInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "meetings"))
public final class MeetingsTestResource {
}
