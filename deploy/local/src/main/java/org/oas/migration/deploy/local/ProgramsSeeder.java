package org.oas.migration.deploy.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Loads programs.json and activities.json into programs-service through its public API, idempotently: a program
 * is found by its code and replaced (a PUT of what it holds changes nothing); activities go in one bulk import
 * (POST /v1/imports), upserted by externalId, which the service reports unchanged when the body is what it holds.
 * programs-service learns references from the topics a moment after they are seeded ({@link ProjectionCatchUp}).
 */
final class ProgramsSeeder {

    /** Body fields that point into the projections (organizations.v1, meetings.v1): the only ones worth waiting for. */
    private static final Pattern REFERENCE_FIELD = Pattern.compile(
            "^(owner|reportingOrganization|participatingOrganizations(\\[\\d+])?(\\.organization)?"
                    + "|documents(\\[\\d+])?(\\.symbol)?|mandates(\\[\\d+])?(\\.(resolution|paragraph))?)$");
    private final ApiClient api;
    private final ObjectMapper json;
    private final Path seedDir;
    private final ProjectionCatchUp catchUp = new ProjectionCatchUp(field -> REFERENCE_FIELD.matcher(field).matches());

    ProgramsSeeder(ApiClient api, ObjectMapper json, Path seedDir) {
        this.api = api;
        this.json = json;
        this.seedDir = seedDir;
    }

    void run(String token) throws IOException {
        api.bearerToken(token);
        Upserter programs = seedPrograms();
        String activities = seedActivities();
        System.out.printf("Seed loaded into programs-service: programs %s; activities %s%n", programs, activities);
    }

    // ---- programs ----

    /** Found by code; a PUT of what is stored changes nothing (the service keeps the version). */
    private Upserter seedPrograms() throws IOException {
        Upserter programs = new Upserter(api, catchUp);
        for (JsonNode program : Upserter.array(json, seedDir, "programs.json")) {
            String code = program.path("code").asText("");
            if (code.isEmpty()) {
                throw new IllegalStateException("A program in programs.json has no code: " + program);
            }
            JsonNode found = programs.first("/v1/programs?code=" + ApiClient.encode(code));
            programs.upsert("/v1/programs", found != null && code.equals(found.path("code").asText()) ? found : null,
                    program, Map.of());
        }
        return programs;
    }

    // ---- activities ----

    /**
     * Every activity in one NDJSON bulk import, as a partner would load them: an upsert by externalId per line,
     * reported created, updated or unchanged. Lines refused only because a reference is not projected yet are
     * retried with the whole import (the unchanged lines cost nothing) until the deadline.
     */
    private String seedActivities() throws IOException {
        StringBuilder ndjson = new StringBuilder();
        for (JsonNode activity : Upserter.array(json, seedDir, "activities.json")) {
            if (activity.path("externalId").asText("").isEmpty()) {
                throw new IllegalStateException("An activity in activities.json has no externalId: " + activity.path("title"));
            }
            ndjson.append(json.writeValueAsString(activity)).append('\n');
        }
        Instant deadline = ProjectionCatchUp.deadline();
        while (true) {
            JsonNode report = api.sendText("POST", "/v1/imports", "application/x-ndjson", ndjson.toString(), 201).json();
            JsonNode counts = report.path("counts");
            if (counts.path("rejected").asInt() == 0) {
                return counts.path("created").asInt() + " created, " + counts.path("updated").asInt() + " updated, "
                        + counts.path("unchanged").asInt() + " unchanged";
            }
            boolean waiting = true;
            for (JsonNode line : report.path("lines")) {
                waiting &= catchUp.awaitingProjection(line.path("problem"));
            }
            if (!waiting || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The seed import rejected " + counts.path("rejected").asInt()
                        + " activities: " + report.path("lines"));
            }
            ProjectionCatchUp.pause();
        }
    }
}
