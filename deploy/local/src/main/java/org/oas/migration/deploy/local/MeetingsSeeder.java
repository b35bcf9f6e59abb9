package org.oas.migration.deploy.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Loads documents, resolutions and meetings into meetings-service through its public API, idempotently: each
 * record is found by its natural key (symbol, draft classification or seed identifier) and replaced, or created;
 * meetings-service answers "... is known here" for any reference its directory has not learnt yet, so every
 * such refusal is waited for ({@link ProjectionCatchUp}).
 */
final class MeetingsSeeder {

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
        Upserter documents = load("documents.json", "/v1/documents",
                (up, body) -> up.lookup("/v1/documents/lookup?symbol=" + ApiClient.encode(body.path("symbol").asText())));
        Upserter resolutions = load("resolutions.json", "/v1/resolutions", (up, body) -> up.lookup(
                "/v1/resolutions/lookup?symbol=" + ApiClient.encode(body.hasNonNull("symbol") ? body.get("symbol").asText()
                        : body.path("draftClassification").asText())));
        Upserter meetings = load("meetings.json", "/v1/meetings", (up, body) -> {
            JsonNode identifier = body.path("identifiers").path(0);
            return up.first("/v1/meetings?identifier=" + ApiClient.encode(
                    identifier.path("scheme").asText() + ":" + identifier.path("value").asText()));
        });
        System.out.printf("Seed loaded into meetings-service: documents %s; resolutions %s; meetings %s%n",
                documents, resolutions, meetings);
    }

    private interface Finder {
        JsonNode find(Upserter upserter, JsonNode body);
    }

    private Upserter load(String file, String collection, Finder finder) throws IOException {
        Upserter upserter = new Upserter(api, new ProjectionCatchUp(field -> true));
        for (JsonNode body : Upserter.array(json, seedDir, file)) {
            upserter.upsert(collection, finder.find(upserter, body), body, Map.of());
        }
        return upserter;
    }
}
