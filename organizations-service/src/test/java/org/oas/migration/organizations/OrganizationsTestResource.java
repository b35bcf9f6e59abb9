package org.oas.migration.organizations;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.oas.migration.platform.testing.EmbeddedInfrastructure;

/** Real PostgreSQL and Kafka for every test of this module (started once, stopped at the end). */
@QuarkusTestResource(value = EmbeddedInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "organizations"))
public final class OrganizationsTestResource {
}
