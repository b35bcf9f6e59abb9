package org.oas.migration.gateway.openapi;

/** An API description rendered once in both formats it is served in. */
public interface RenderedDocument {

    String json();

    String yaml();
}
