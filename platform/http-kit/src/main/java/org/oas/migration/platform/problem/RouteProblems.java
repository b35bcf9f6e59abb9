package org.oas.migration.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import java.util.Map;

/**
 * Problem+json written straight on a Vert.x response, for what answers before JAX-RS does (body limits, encodings,
 * the gateway's proxy and edge filters): the same body {@link ProblemResponses} gives, so every error looks alike.
 */
public final class RouteProblems {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RouteProblems() {
    }

    public static void send(HttpServerResponse response, ApiException problem, String instance) {
        send(response, problem.problem().withInstance(instance), problem.headers());
    }

    public static void send(HttpServerResponse response, Problem problem, Map<String, String> headers) {
        if (response.ended() || response.closed()) {
            return;
        }
        if (response.headWritten()) {
            // Too late for a status: the client sees a broken stream, which is the truth.
            response.reset();
            return;
        }
        headers.forEach(response::putHeader);
        response.setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(json(problem));
    }

    public static String json(Problem problem) {
        try {
            return JSON.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
