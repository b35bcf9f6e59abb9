package org.oas.migration.deploy.local;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Meetings- and programs-service learn organizations, people, documents and resolutions from the topics a moment
 * after they are seeded: a write refused only because such a reference is not known there yet is sent again,
 * after a short pause, until a deadline. Any other refusal fails at once.
 */
final class ProjectionCatchUp {

    private static final Duration DEADLINE = Duration.ofSeconds(90);

    /** For a service that projects nothing: a 400 is final at once. */
    static final ProjectionCatchUp NONE = new ProjectionCatchUp(field -> false);

    private final Predicate<String> referenceField;

    /** @param referenceField which violation fields point into a projection */
    ProjectionCatchUp(Predicate<String> referenceField) {
        this.referenceField = referenceField;
    }

    /** Sends until the answer is not a 400 naming only not-yet-projected references, or the deadline passes. */
    ApiClient.Response send(String method, String path, Supplier<ApiClient.Response> send) {
        Instant deadline = Instant.now().plus(DEADLINE);
        while (true) {
            ApiClient.Response response = send.get();
            if (response.status() != 400) {
                return response;
            }
            if (!awaitingProjection(response.json()) || Instant.now().isAfter(deadline)) {
                throw new ApiClient.ApiFailure(method, path, 400, response.body());
            }
            pause();
        }
    }

    /** Every violation of the problem is about a reference field and says the reference is unknown here (yet). */
    boolean awaitingProjection(JsonNode problem) {
        JsonNode errors = problem == null ? null : problem.path("errors");
        if (errors == null || !errors.isArray() || errors.isEmpty()) {
            return false;
        }
        for (JsonNode error : errors) {
            String message = error.path("message").asText("").toLowerCase(Locale.ROOT);
            if (!referenceField.test(error.path("field").asText(""))
                    || !(message.contains("unknown") || message.contains("not known") || message.contains("known here"))) {
                return false;
            }
        }
        return true;
    }

    /** Until this deadline, from now: for a caller that retries something larger than one request. */
    static Instant deadline() {
        return Instant.now().plus(DEADLINE);
    }

    /** The projections catch up within a second or two: a short pause between tries, not a busy loop. */
    static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while a service caught up with its projections", e);
        }
    }
}
