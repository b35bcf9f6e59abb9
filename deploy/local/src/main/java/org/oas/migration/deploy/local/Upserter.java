package org.oas.migration.deploy.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The one way the seeders write: find the record by its natural key, PUT onto it or POST a new one, and count
 * what happened from the status and the versions (the services keep the version when a PUT changes nothing).
 * Writes refused only because a reference is not projected yet go through {@link ProjectionCatchUp}.
 */
final class Upserter {

    private final ApiClient api;
    private final ProjectionCatchUp catchUp;
    private int created;
    private int updated;
    private int unchanged;

    Upserter(ApiClient api, ProjectionCatchUp catchUp) {
        this.api = api;
        this.catchUp = catchUp;
    }

    /** Replaces {@code found} (a stored record with its id and version) or, when it is null, creates the record. */
    void upsert(String collection, JsonNode found, JsonNode body, Map<String, String> createHeaders) {
        String method = found == null ? "POST" : "PUT";
        String path = found == null ? collection : collection + "/" + ApiClient.encodeSegment(found.path("id").asText());
        Map<String, String> headers = found == null ? createHeaders : Map.of();
        count(catchUp.send(method, path, () -> api.send(method, path, body, headers, 200, 201, 400)), found);
    }

    /** A record whose address is its natural key (an organization's code): PUT creates or replaces it. */
    void put(String path, JsonNode body) {
        ApiClient.Response before = api.send("GET", path, null, Map.of(), 200, 404, 410);
        count(catchUp.send("PUT", path, () -> api.send("PUT", path, body, Map.of(), 200, 201, 400)),
                before.status() == 200 ? before.json() : null);
    }

    /** The first item of a filtered list, or null. */
    JsonNode first(String listQuery) {
        JsonNode items = api.send("GET", listQuery, null, Map.of(), 200).json().path("items");
        return items.isEmpty() ? null : items.get(0);
    }

    /** A lookup answering the record or 404. */
    JsonNode lookup(String path) {
        ApiClient.Response found = api.send("GET", path, null, Map.of(), 200, 404);
        return found.status() == 200 ? found.json() : null;
    }

    private void count(ApiClient.Response after, JsonNode before) {
        if (after.status() == 201 || before == null) {
            created++;
        } else if (after.json() != null && after.json().path("version").asLong(-1) == before.path("version").asLong(-2)) {
            unchanged++;
        } else {
            updated++;
        }
    }

    @Override
    public String toString() {
        return created + " created, " + updated + " updated, " + unchanged + " unchanged";
    }

    /** A seed file: always a JSON array. */
    static JsonNode array(ObjectMapper json, Path seedDir, String file) throws IOException {
        JsonNode node = json.readTree(seedDir.resolve(file).toFile());
        if (node == null || !node.isArray()) {
            throw new IllegalStateException(seedDir.resolve(file) + " must hold a JSON array");
        }
        return node;
    }
}
