package org.oas.migration.deploy.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every answer to a hostile request must be: below 500; a 4xx is RFC 9457 problem+json with {@code type},
 * {@code title} and a {@code status} equal to the HTTP status, in words for a client (no class, package, framework
 * or database names, no stack trace); a write is never accepted.
 */
final class ProblemCheck {

    /** Names a client has no use for: packages, frameworks, the database, exception classes, stack frames. */
    private static final List<Pattern> INTERNAL_NAMES = List.of(
            Pattern.compile("org\\.oas\\."), Pattern.compile("java\\."), Pattern.compile("jakarta\\."),
            Pattern.compile("com\\.fasterxml"), Pattern.compile("io\\.vertx"), Pattern.compile("io\\.quarkus"),
            Pattern.compile("org\\.jboss"), Pattern.compile("Exception"), Pattern.compile("(?i)hibernate"),
            Pattern.compile("(?i)postgres"), Pattern.compile("SQL"), Pattern.compile("(?i)jackson"),
            Pattern.compile("\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)"), Pattern.compile("\\[Source: "));

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProblemCheck() {
    }

    /** The answer as received: status, Content-Type (null when absent), body (the first bytes of it, as text). */
    record Answer(int status, String contentType, String body) {
    }

    /** Why this answer to this probe is wrong, if it is. */
    static Optional<String> failure(Probe probe, Answer answer) {
        List<String> wrong = new ArrayList<>();
        if (answer.status() >= 500) {
            wrong.add("a 5xx for client input");
        }
        if (answer.status() < 300 && !probe.method().equals("GET") && !writesNothing(probe, answer)) {
            wrong.add("a write with hostile input was accepted");
        }
        if (answer.status() >= 400) {
            String type = answer.contentType() == null ? "" : answer.contentType().toLowerCase();
            if (!type.startsWith("application/problem+json")) {
                wrong.add("Content-Type '" + answer.contentType() + "', not application/problem+json");
            }
            problemShape(answer).ifPresent(wrong::add);
            for (Pattern internal : INTERNAL_NAMES) {
                Matcher m = internal.matcher(answer.body());
                if (m.find()) {
                    wrong.add("internal name '" + m.group() + "' in the body");
                }
            }
        }
        return wrong.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", wrong));
    }

    /**
     * An import answers with its report, lines rejected one by one (by design: a partner's file is mostly good); the
     * report is kept, but it must show that no activity was created or updated.
     */
    private static boolean writesNothing(Probe probe, Answer answer) {
        if (!probe.operation().equals("POST /v1/imports")) {
            return false;
        }
        try {
            JsonNode counts = JSON.readTree(answer.body()).path("counts");
            return counts.path("created").asInt(-1) == 0 && counts.path("updated").asInt(-1) == 0;
        } catch (Exception e) {
            return false;
        }
    }

    private static Optional<String> problemShape(Answer answer) {
        JsonNode problem;
        try {
            problem = JSON.readTree(answer.body());
        } catch (Exception e) {
            return Optional.of("the body is not JSON");
        }
        if (problem == null || !problem.isObject()) {
            return Optional.of("the body is not a JSON object");
        }
        List<String> missing = new ArrayList<>();
        if (!problem.path("type").isTextual()) {
            missing.add("type");
        }
        if (!problem.path("title").isTextual()) {
            missing.add("title");
        }
        if (!problem.path("status").isInt()) {
            missing.add("status");
        }
        if (!missing.isEmpty()) {
            return Optional.of("the problem lacks " + String.join(", ", missing));
        }
        if (problem.get("status").asInt() != answer.status()) {
            return Optional.of("the problem's status " + problem.get("status") + " is not the HTTP status");
        }
        return Optional.empty();
    }
}
