package org.oas.migration.deploy.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.nio.file.Path;

/**
 * Loads deploy/local/seed/organizations.json through the API ({@code PUT /v1/organizations/{code}}), in file
 * order, which lists parents before their children. Usage: SeedLoader <organizations.json>; env as in stack.env.
 */
public final class SeedLoader {

    private SeedLoader() {
    }

    public static void main(String[] args) throws Exception {
        JsonNode organizations = Api.JSON.readTree(Path.of(args[0]).toFile());
        Api api = Api.fromEnv(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
        int count = 0;
        for (JsonNode organization : organizations) {
            // 201 when created; 200 when the bench reuses a database that already holds it.
            api.send("PUT", "/v1/organizations/" + organization.get("code").asText(), organization, 201, 200);
            count++;
        }
        System.out.println("loaded " + count + " organizations");
    }
}
