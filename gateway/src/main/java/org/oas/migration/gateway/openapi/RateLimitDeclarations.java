package org.oas.migration.gateway.openapi;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * What the gateway adds to every answer it rate-limits ({@code ratelimit/EdgeFilter}): the {@code RateLimit-Limit},
 * {@code -Remaining} and {@code -Reset} headers, and a 429 problem with {@code Retry-After} once the caller's bucket is
 * empty. The services do not send them, so their documents cannot say it: the merged document says it for every
 * operation outside the exempt prefixes, once, here.
 */
final class RateLimitDeclarations {

    static final String TOO_MANY_REQUESTS = "TooManyRequests";
    private static final Map<String, String> HEADERS = Map.of(
            "RateLimit-Limit", "Requests the caller's bucket allows per window",
            "RateLimit-Remaining", "Requests left in the current window",
            "RateLimit-Reset", "Seconds until the window resets (after a 429: until a request may succeed)");

    private RateLimitDeclarations() {
    }

    static void addTo(OpenAPI merged, List<String> exemptPrefixes) {
        Components components = merged.getComponents();
        HEADERS.forEach((name, description) -> components.addHeader(name, OASFactory.createHeader()
                .description(description).schema(integer())));
        components.addResponse(TOO_MANY_REQUESTS, OASFactory.createAPIResponse()
                .description("Too many requests: the caller's rate limit is reached; retry after `Retry-After` seconds")
                .addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait").schema(integer()))
                .content(OASFactory.createContent().addMediaType("application/problem+json",
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/Problem")))));
        // The shared answers (the 429 above, the gateway's own) are referenced from rate-limited operations: they carry
        // the headers too (a 429 says when the bucket refills).
        components.getResponses().values().forEach(RateLimitDeclarations::declareHeaders);
        merged.getPaths().getPathItems().forEach((path, item) -> {
            if (exemptPrefixes.stream().anyMatch(path::startsWith) || item.getOperations() == null) {
                return;
            }
            item.getOperations().values().forEach(operation -> {
                if (operation.getResponses() == null) {
                    return;
                }
                if (!operation.getResponses().hasAPIResponse("429")) {
                    operation.getResponses().addAPIResponse("429",
                            OASFactory.createAPIResponse().ref("#/components/responses/" + TOO_MANY_REQUESTS));
                }
                operation.getResponses().getAPIResponses().values().forEach(RateLimitDeclarations::declareHeaders);
            });
        });
    }

    private static void declareHeaders(APIResponse response) {
        if (response.getRef() != null) {
            return;
        }
        HEADERS.keySet().forEach(name -> {
            if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
                response.addHeader(name, OASFactory.createHeader().ref("#/components/headers/" + name));
            }
        });
    }

    private static Schema integer() {
        // The filter writes longs (EdgeFilter): whole seconds and request counts, never negative.
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int64")
                .minimum(java.math.BigDecimal.ZERO).maximum(java.math.BigDecimal.valueOf(Long.MAX_VALUE));
    }
}
