package org.oas.migration.deploy.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Loads programs.json and activities.json into programs-service through its public API, idempotently: a program
 * is found by its code and only replaced when the seed says something else; an activity is upserted by its
 * externalId, which the service answers as unchanged (no new version) when the body is what it holds.
 * programs-service learns organizations, documents and resolutions from organizations.v1 and meetings.v1 a moment
 * after they are seeded, so a refusal that names only references it does not know yet is retried until a deadline.
 */
final class ProgramsSeeder {

    private static final Duration PROJECTION_CATCH_UP = Duration.ofSeconds(90);
    private static final int PAGE_SIZE = 200;
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

    ProgramsSeeder(ApiClient api, ObjectMapper json, Path seedDir) {
        this.api = api;
        this.json = json;
        this.seedDir = seedDir;
    }

    void run(String token) throws IOException {
        api.bearerToken(token);
        Tally programs = seedPrograms();
        Tally activities = seedActivities();
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
                untilKnown("POST", "/v1/programs", () -> api.send("POST", "/v1/programs", program, Map.of(), 201, 400));
                tally.counts[0]++;
            } else if (holds(stored, program)) {
                tally.counts[2]++;
            } else {
                String path = "/v1/programs/" + ApiClient.encodeSegment(stored.path("id").asText());
                untilKnown("PUT", path, () -> api.send("PUT", path, program, Map.of(), 200, 400));
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

    private Tally seedActivities() throws IOException {
        JsonNode activities = array("activities.json");
        Map<String, Long> versions = storedVersions(activities);
        Tally tally = new Tally();
        for (JsonNode activity : activities) {
            String externalId = activity.path("externalId").asText("");
            if (externalId.isEmpty()) {
                throw new IllegalStateException("An activity in activities.json has no externalId: " + activity.path("title"));
            }
            String path = "/v1/activities/by-external-id/" + ApiClient.encodeSegment(externalId);
            ApiClient.Response response = untilKnown("PUT", path, () -> api.send("PUT", path, activity, Map.of(), 200, 201, 400));
            Long before = versions.get(key(activity.path("reportingOrganization").asText(), externalId));
            if (response.status() == 201 || before == null) {
                tally.counts[0]++;
            } else if (response.json() != null && response.json().path("version").asLong(-1) == before) {
                tally.counts[2]++;
            } else {
                tally.counts[1]++;
            }
        }
        return tally;
    }

    /** Version held for each (reporting organization, externalId) of the seed, read before writing so a rerun can tell "unchanged". */
    private Map<String, Long> storedVersions(JsonNode activities) {
        Set<String> organizations = new LinkedHashSet<>();
        activities.forEach(a -> organizations.add(a.path("reportingOrganization").asText()));
        Map<String, Long> versions = new HashMap<>();
        for (String organization : organizations) {
            String cursor = null;
            do {
                String path = "/v1/activities?reportingOrganization=" + ApiClient.encode(organization) + "&limit=" + PAGE_SIZE
                        + (cursor == null ? "" : "&cursor=" + ApiClient.encode(cursor));
                JsonNode page = api.send("GET", path, null, Map.of(), 200).json();
                for (JsonNode item : page.path("items")) {
                    JsonNode reporting = item.path("reportingOrganization");
                    String code = reporting.isObject() ? reporting.path("code").asText() : reporting.asText();
                    versions.put(key(code, item.path("externalId").asText()), item.path("version").asLong());
                }
                cursor = page.path("nextCursor").isTextual() ? page.path("nextCursor").asText() : null;
            } while (cursor != null);
        }
        return versions;
    }

    private static String key(String organization, String externalId) {
        return organization + "\u0000" + externalId;
    }

    // ---- shared ----

    /** Sends until the answer is not a 400 naming only not-yet-projected references, or the deadline passes. */
    private static ApiClient.Response untilKnown(String method, String path, Supplier<ApiClient.Response> send) {
        Instant deadline = Instant.now().plus(PROJECTION_CATCH_UP);
        while (true) {
            ApiClient.Response response = send.get();
            if (response.status() != 400) {
                return response;
            }
            if (!awaitingProjection(response.json()) || Instant.now().isAfter(deadline)) {
                throw new ApiClient.ApiFailure(method, path, 400, response.body());
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while programs-service caught up with its projections", e);
            }
        }
    }

    /** Every violation is about a reference field and says the reference is unknown here (yet). */
    static boolean awaitingProjection(JsonNode problem) {
        JsonNode errors = problem == null ? null : problem.path("errors");
        if (errors == null || !errors.isArray() || errors.isEmpty()) {
            return false;
        }
        for (JsonNode error : errors) {
            String message = error.path("message").asText("").toLowerCase(java.util.Locale.ROOT);
            if (!REFERENCE_FIELD.matcher(error.path("field").asText("")).matches()
                    || !(message.contains("unknown") || message.contains("not known") || message.contains("known here"))) {
                return false;
            }
        }
        return true;
    }

    private JsonNode array(String file) throws IOException {
        JsonNode node = json.readTree(seedDir.resolve(file).toFile());
        if (node == null || !node.isArray()) {
            throw new IllegalStateException(seedDir.resolve(file) + " must hold a JSON array");
        }
        return node;
    }
}
