package org.oas.migration.gateway;

import io.quarkus.test.common.QuarkusTestResource;

/** Applies {@link GatewayTestResource} to every test class (one gateway, one broker, one set of stubs for all). */
@QuarkusTestResource(GatewayTestResource.class)
public final class GatewayTestResources {
    private GatewayTestResources() {
    }
}
