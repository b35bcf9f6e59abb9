package org.oas.migration.deploy.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Loads documents, resolutions and meetings into meetings-service through its public API, idempotently: each
 * record is looked up by its natural key (symbol, draft classification or seed identifier) and replaced, or
 * created; references its directory has not learnt yet are waited for ({@link ProjectionCatchUp}).
 */
final class MeetingsSeeder {

    /** meetings-service answers "... is known here" for any reference its directory lacks. */
    private final ProjectionCatchUp catchUp = new ProjectionCatchUp(field -> true);

    private final ApiClient api;
    private final ObjectMapper json;
    private final Path seedDir;

    MeetingsSeeder(ApiClient api, ObjectMapper json, Path seedDir) {
        this.api = api;
        this.json = json;
        this.seedDir = seedDir;
    }

    void run(String token) throws IOException {
        api.bearerToken(token);
        int documents = load("documents.json", "/v1/documents", body -> lookup("/v1/documents/lookup?symbol=", body.path("symbol").asText()));
        int resolutions = load("resolutions.json", "/v1/resolutions", body -> lookup("/v1/resolutions/lookup?symbol=",
                body.hasNonNull("symbol") ? body.get("symbol").asText() : body.path("draftClassification").asText()));
        int meetings = load("meetings.json", "/v1/meetings", this::meetingByIdentifier);
        System.out.printf("Seed loaded into meetings-service: %d documents, %d resolutions, %d meetings%n", documents, resolutions, meetings);
    }

    private interface Finder {
        String existingId(JsonNode body);
    }

    private int load(String file, String collection, Finder finder) throws IOException {
        int count = 0;
        for (JsonNode body : json.readTree(seedDir.resolve(file).toFile())) {
            String id = finder.existingId(body);
            catchUp.send(id == null ? "POST" : "PUT", collection, () -> id == null
                    ? api.send("POST", collection, body, Map.of(), 201, 400)
                    : api.send("PUT", collection + "/" + id, body, Map.of(), 200, 400));
            count++;
        }
        return count;
    }

    private String lookup(String prefix, String symbol) {
        ApiClient.Response found = api.send("GET", prefix + ApiClient.encode(symbol), null, Map.of(), 200, 404);
        return found.status() == 200 ? found.json().path("id").asText() : null;
    }

    private String meetingByIdentifier(JsonNode body) {
        JsonNode identifier = body.path("identifiers").path(0);
        ApiClient.Response found = api.send("GET", "/v1/meetings?identifier="
                + ApiClient.encode(identifier.path("scheme").asText() + ":" + identifier.path("value").asText()), null, Map.of(), 200);
        JsonNode items = found.json().path("items");
        return items.size() > 0 ? items.get(0).path("id").asText() : null;
    }
}
