package org.oas.migration.platform.problem;

import jakarta.ws.rs.core.Response;
import java.util.Map;

/** Builds problem+json responses; the single place that knows the media type and headers. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(Problem problem, String instance, Map<String, String> headers) {
        Response.ResponseBuilder builder = Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.withInstance(instance));
        headers.forEach(builder::header);
        return builder.build();
    }

    public static Response of(ProblemType type, String detail, String instance) {
        return of(type.problem(detail), instance, Map.of());
    }
}
