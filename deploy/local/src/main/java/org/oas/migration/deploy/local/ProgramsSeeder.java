package org.oas.migration.deploy.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Loads programs.json and activities.json into programs-service through its public API, idempotently: a program
 * is found by its code and only replaced when the seed says something else; activities go in one bulk import
 * (POST /v1/imports), upserted by externalId, which the service reports unchanged when the body is what it holds.
 * programs-service learns references from the topics a moment after they are seeded ({@link ProjectionCatchUp}).
 */
final class ProgramsSeeder {

    /** Body fields that point into the projections (organizations.v1, meetings.v1): the only ones worth waiting for. */
    private static final Pattern REFERENCE_FIELD = Pattern.compile(
            "^(owner|reportingOrganization|participatingOrganizations(\\[\\d+])?(\\.organization)?"
                    + "|documents(\\[\\d+])?(\\.symbol)?|mandates(\\[\\d+])?(\\.(resolution|paragraph))?)$");
    /** The program fields a client writes: anything else in a view is the server's own. */
    private static final List<String> PROGRAM_FIELDS = List.of(
            "code", "owner", "title", "description", "themes", "mandates", "start", "end", "status", "identifiers");

    /** created, updated, unchanged */
    private record Tally(int[] counts) {
        Tally() {
            this(new int[3]);
        }

        @Override
        public String toString() {
            return counts[0] + " created, " + counts[1] + " updated, " + counts[2] + " unchanged";
        }
    }

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
        Tally programs = seedPrograms();
        String activities = seedActivities();
        System.out.printf("Seed loaded into programs-service: programs %s; activities %s%n", programs, activities);
    }

    // ---- programs ----

    private Tally seedPrograms() throws IOException {
        Tally tally = new Tally();
        for (JsonNode program : array("programs.json")) {
            String code = program.path("code").asText("");
            if (code.isEmpty()) {
                throw new IllegalStateException("A program in programs.json has no code: " + program);
            }
            JsonNode stored = programByCode(code);
            if (stored == null) {
                // No Idempotency-Key: a replay would repeat a 400 given while the projections were catching up.
                catchUp.send("POST", "/v1/programs", () -> api.send("POST", "/v1/programs", program, Map.of(), 201, 400));
                tally.counts[0]++;
            } else if (holds(stored, program)) {
                tally.counts[2]++;
            } else {
                String path = "/v1/programs/" + ApiClient.encodeSegment(stored.path("id").asText());
                catchUp.send("PUT", path, () -> api.send("PUT", path, program, Map.of(), 200, 400));
                tally.counts[1]++;
            }
        }
        return tally;
    }

    /** The lookup answers a list (code is a filter); tolerate a single object too. */
    private JsonNode programByCode(String code) {
        ApiClient.Response found = api.send("GET", "/v1/programs?code=" + ApiClient.encode(code), null, Map.of(), 200, 404);
        if (found.status() == 404 || found.json() == null) {
            return null;
        }
        JsonNode items = found.json().path("items");
        if (!items.isArray()) {
            return found.json().hasNonNull("id") ? found.json() : null;
        }
        for (JsonNode item : items) {
            if (code.equals(item.path("code").asText())) {
                return item;
            }
        }
        return null;
    }

    /** Whether the stored view already says what the seed says, and nothing more in the fields a client writes. */
    private static boolean holds(JsonNode stored, JsonNode seed) {
        for (String field : PROGRAM_FIELDS) {
            JsonNode wanted = seed.get(field);
            JsonNode held = stored.get(field);
            if (wanted == null || wanted.isNull()) {
                if (!absent(held)) {
                    return false;
                }
            } else if (!matches(wanted, held)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Seed value against view value. Views expand references ({"id","code","name"} for an organization code, a
     * resolutionId beside a mandate's symbol), so objects compare on the seed's keys and a code on the view's code.
     */
    private static boolean matches(JsonNode wanted, JsonNode held) {
        if (held == null || held.isNull()) {
            return wanted == null || wanted.isNull();
        }
        if (wanted.isObject()) {
            if (!held.isObject()) {
                return false;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = wanted.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!matches(field.getValue(), held.get(field.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (wanted.isArray()) {
            if (!held.isArray() || held.size() != wanted.size()) {
                return false;
            }
            for (int i = 0; i < wanted.size(); i++) {
                if (!matches(wanted.get(i), held.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (wanted.isTextual() && held.isObject()) {
            return wanted.asText().equals(held.path("code").asText(null));
        }
        return wanted.isNumber() && held.isNumber() ? wanted.decimalValue().compareTo(held.decimalValue()) == 0
                : wanted.asText().equals(held.asText());
    }

    private static boolean absent(JsonNode node) {
        return node == null || node.isNull() || (node.isContainerNode() && node.isEmpty());
    }

    // ---- activities ----

    /**
     * Every activity in one NDJSON bulk import, as a partner would load them: an upsert by externalId per line,
     * reported created, updated or unchanged. Lines refused only because a reference is not projected yet are
     * retried with the whole import (the unchanged lines cost nothing) until the deadline.
     */
    private String seedActivities() throws IOException {
        StringBuilder ndjson = new StringBuilder();
        for (JsonNode activity : array("activities.json")) {
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

    // ---- shared ----

    private JsonNode array(String file) throws IOException {
        JsonNode node = json.readTree(seedDir.resolve(file).toFile());
        if (node == null || !node.isArray()) {
            throw new IllegalStateException(seedDir.resolve(file) + " must hold a JSON array");
        }
        return node;
    }
}
