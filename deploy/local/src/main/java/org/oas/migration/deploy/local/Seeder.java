package org.oas.migration.deploy.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Loads deploy/local/seed through the public API of organizations-service, as any client would, so the
 * seed also exercises validation. Idempotent: upserts by code or by seed identifier, secrets only once.
 */
final class Seeder {

    /** Partner organizations that get a client credential, so the summary can show a working token request. */
    static final List<String> PARTNERS = List.of("iom", "eclac");
    private static final String SEED_SCHEME = "oas-seed";

    private final ApiClient api;
    private final ObjectMapper json;
    private final Path seedDir;
    private final Path credentialsDir;

    Seeder(ApiClient api, ObjectMapper json, Path seedDir, Path credentialsDir) {
        this.api = api;
        this.json = json;
        this.seedDir = seedDir;
        this.credentialsDir = credentialsDir;
    }

    /** Loads everything and returns the admin token it used (other seeders reuse it). */
    String run(Secrets.Credential admin) throws IOException {
        String token = token(admin);
        api.bearerToken(token);
        Upserter organizations = seedOrganizations();
        Upserter people = seedPeople();
        for (String code : PARTNERS) {
            ensurePartnerClient(code);
        }
        System.out.printf("Seed loaded: organizations %s; people %s%n", organizations, people);
        return token;
    }

    private String token(Secrets.Credential client) {
        ApiClient.Response response = api.postForm("/oauth/token", Map.of(
                "grant_type", "client_credentials", "client_id", client.clientId(), "client_secret", client.clientSecret()));
        String token = response.json() == null ? "" : response.json().path("access_token").asText("");
        if (token.isEmpty()) {
            throw new IllegalStateException("POST /oauth/token gave no access_token: " + response.body());
        }
        return token;
    }

    /** Parents come before children in the file, so a plain loop satisfies parent references. */
    private Upserter seedOrganizations() throws IOException {
        Upserter organizations = new Upserter(api, ProjectionCatchUp.NONE);
        for (JsonNode org : Upserter.array(json, seedDir, "organizations.json")) {
            String code = org.path("code").asText("");
            if (code.isEmpty()) {
                throw new IllegalStateException("An organization in organizations.json has no code: " + org);
            }
            organizations.put("/v1/organizations/" + ApiClient.encodeSegment(code), org);
        }
        return organizations;
    }

    private Upserter seedPeople() throws IOException {
        Upserter people = new Upserter(api, ProjectionCatchUp.NONE);
        for (JsonNode person : Upserter.array(json, seedDir, "people.json")) {
            String slug = seedSlug(person);
            JsonNode found = people.first("/v1/people?identifier=" + ApiClient.encode(SEED_SCHEME + ":" + slug));
            people.upsert("/v1/people", found, person, Map.of("Idempotency-Key", "seed-person-" + slug));
        }
        return people;
    }

    /** The secret is shown only once, at creation: keep it, and never create a second client for the same file. */
    private void ensurePartnerClient(String code) throws IOException {
        Path file = credentialsDir.resolve(code + ".json");
        if (Files.exists(file)) {
            return;
        }
        ObjectNode request = json.createObjectNode()
                .put("organizationCode", code)
                .put("name", code.toUpperCase(java.util.Locale.ROOT) + " (local stack)")
                .put("role", "partner");
        ApiClient.Response response = api.send("POST", "/v1/partner-clients", request, Map.of(), 201);
        JsonNode body = response.json();
        String clientId = body == null ? "" : body.path("clientId").asText("");
        String secret = body == null ? "" : body.path("clientSecret").asText("");
        if (clientId.isEmpty() || secret.isEmpty()) {
            throw new IllegalStateException("POST /v1/partner-clients answered without clientId/clientSecret: "
                    + response.body());
        }
        ObjectNode saved = json.createObjectNode().put("clientId", clientId).put("clientSecret", secret)
                .put("organizationCode", code);
        Files600.write(file, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(saved));
        System.out.println("Created partner client " + clientId + " for " + code + "; credentials in " + file);
    }

    private static String seedSlug(JsonNode person) {
        for (JsonNode identifier : person.path("identifiers")) {
            if (SEED_SCHEME.equals(identifier.path("scheme").asText()) && !identifier.path("value").asText("").isEmpty()) {
                return identifier.path("value").asText();
            }
        }
        throw new IllegalStateException("A person in people.json has no '" + SEED_SCHEME + "' identifier: "
                + person.path("name").asText("?"));
    }
}
