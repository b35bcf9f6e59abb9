package org.oas.migration.gateway.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * What the gateway's {@code RequestLimits} (http-kit, first of every route) keeps for every operation: a request
 * target (path and query, as sent) of at most {@code oas.http.limits.max-uri-length} characters and headers of at most
 * {@code oas.http.limits.max-header-size} bytes, else a 414 or 431 problem. So no path or query parameter can be
 * longer than the first, nor a header parameter than the second (a decoded value is never longer than its encoding):
 * the merged document says so on every string parameter (and on the items and count of an array parameter) that does
 * not declare a tighter bound of its own.
 */
final class ParameterLimitDeclarations {

    private ParameterLimitDeclarations() {
    }

    static void addTo(OpenAPI merged, int maxUriLength, long maxHeaderBytes) {
        if (merged.getPaths() == null || merged.getPaths().getPathItems() == null) {
            return;
        }
        merged.getPaths().getPathItems().values().forEach(item -> {
            if (item.getParameters() != null) {
                item.getParameters().forEach(p -> bound(p, maxUriLength, maxHeaderBytes));
            }
            if (item.getOperations() != null) {
                item.getOperations().values().forEach(operation -> {
                    if (operation.getParameters() != null) {
                        operation.getParameters().forEach(p -> bound(p, maxUriLength, maxHeaderBytes));
                    }
                });
            }
        });
    }

    private static void bound(Parameter parameter, int maxUriLength, long maxHeaderBytes) {
        if (parameter.getRef() != null || parameter.getIn() == null || parameter.getSchema() == null) {
            return;
        }
        int max = switch (parameter.getIn()) {
            case PATH, QUERY -> maxUriLength;
            case HEADER, COOKIE -> (int) Math.min(Integer.MAX_VALUE, maxHeaderBytes);
        };
        Schema schema = parameter.getSchema();
        if (is(schema, Schema.SchemaType.ARRAY)) {
            if (schema.getMaxItems() == null) {
                schema.setMaxItems(max);
            }
            schema = schema.getItems();
        }
        if (schema != null && schema.getRef() == null && is(schema, Schema.SchemaType.STRING) && schema.getMaxLength() == null
                && schema.getEnumeration() == null) {
            schema.setMaxLength(max);
        }
    }

    private static boolean is(Schema schema, Schema.SchemaType type) {
        List<Schema.SchemaType> types = schema.getType();
        return types != null && types.contains(type);
    }
}
