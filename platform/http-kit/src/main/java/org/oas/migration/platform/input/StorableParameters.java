package org.oas.migration.platform.input;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.oas.migration.platform.json.StorableText;
import org.oas.migration.platform.problem.ApiException;

/**
 * Path and query parameters with text no query can carry (NUL, which PostgreSQL refuses; a lone surrogate) are a
 * 400 naming the parameter, before any resource sees them.
 */
public class StorableParameters {

    @ServerRequestFilter
    public void check(UriInfo uri) {
        refuseUnstorable(uri.getPathParameters(true));
        refuseUnstorable(uri.getQueryParameters(true));
    }

    private static void refuseUnstorable(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                String problem = StorableText.problemOf(value);
                if (problem != null) {
                    throw ApiException.invalid(parameter.getKey(), problem);
                }
            }
        }
    }
}
