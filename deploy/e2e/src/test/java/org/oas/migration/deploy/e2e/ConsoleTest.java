package org.oas.migration.deploy.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A newcomer at the gateway's console (/q/swagger-ui) on a freshly seeded stack. Every GET operation as the console
 * sends it with its defaults (the path parameters' and required query parameters' examples, nothing else: optional
 * filters carry theirs in their descriptions) answers 2xx with data, over HTTP; in a real browser
 * ({@link ConsoleBrowser}) a representative few run through the console's own "Try it out" and "Execute", then
 * Authorize with the IOM partner client's credentials and the console's example write (PUT of an IOM activity by its
 * external id) answers 2xx. Every error response shows an example with its own status, in the document and in the
 * rows the browser sees. Screenshots and the browser's report: deploy/e2e/target/console.
 */
@ExtendWith(SharedStack.class)
class ConsoleTest {

    /** The write a partner does first: its own activity, by its external id, with the example body of the console. */
    static final String WRITE = "upsertActivity";
    /** Through the browser: a list with many optional filters, an id looked up in the seed, a required query. */
    static final List<String> BROWSER_GETS = List.of("listOrganizations", "getActivity", "lookupResolution");
    /**
     * GETs whose defaults cannot answer with data for a partner on a fresh stack, and why: what the check expects instead.
     * The change stream never ends (the console cannot show it); the partner-client reads are for admins (403 to a
     * partner, as documented); a partner's imports and webhooks are the ones it made, none on a fresh stack (an empty
     * page), and an import's, a webhook's or a delivery's id is the one its creation answered.
     */
    static final Map<String, String> NO_DATA_BY_DEFAULT = Map.of(
            "streamChanges", "text/event-stream: not executed",
            "listPartnerClients", "403", "getPartnerClient", "no example: an id a creation answered",
            "listImports", "200 empty", "getImport", "no example: an id a creation answered",
            "listImportLines", "no example: an id a creation answered",
            "listWebhooks", "200 empty", "getWebhook", "no example: an id a creation answered",
            "listWebhookDeliveries", "no example: an id a creation answered",
            "getWebhookDelivery", "no example: an id a creation answered");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static LocalStackProcess stack;
    private static JsonNode document;
    private static String partnerToken;
    private static JsonNode report;

    @BeforeAll
    static void newcomerAtTheConsole(LocalStackProcess shared) throws Exception {
        stack = shared;
        // The parameter examples that name a generated id are looked up by the gateway once the seed is there.
        document = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(
                () -> JSON.readTree(given().baseUri(stack.gateway()).accept("application/json").get("/q/openapi").asString()),
                doc -> parameter(doc.at("/paths/~1v1~1activities~1{id}/get"), "id").has("example"));
        JsonNode iom = JSON.readTree(stack.partnerCredential("iom").toFile());
        partnerToken = given().baseUri(stack.gateway()).auth().preemptive().basic(iom.path("clientId").asText(), iom.path("clientSecret").asText())
                .contentType(ContentType.URLENC).formParam("grant_type", "client_credentials").post("/oauth/token")
                .then().statusCode(200).extract().path("access_token");
        report = new ConsoleBrowser().run(stack.gateway(), stack.partnerCredential("iom"), WRITE, BROWSER_GETS);
    }

    @Test
    void everyGetSentWithTheConsoleDefaultsAnswersWithData() {
        List<String> failures = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        int executed = 0;
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            JsonNode operation = path.getValue().path("get");
            if (operation.isMissingNode()) {
                continue;
            }
            String id = operation.path("operationId").asText();
            if (NO_DATA_BY_DEFAULT.containsKey(id)) {
                excluded.add(id + " (" + NO_DATA_BY_DEFAULT.get(id) + ")");
                continue;
            }
            executed++;
            String outcome = sendWithDefaults(path.getKey(), operation);
            if (outcome != null) {
                failures.add(id + ": " + outcome);
            }
        }
        System.out.println("Console defaults: " + executed + " GET operations sent as the console sends them, "
                + (executed - failures.size()) + " answered 2xx with data; not expected to: " + String.join(", ", excluded));
        assertTrue(executed >= 30, "only " + executed + " GET operations in the document");
        assertTrue(failures.isEmpty(), () -> "Sent with the console's defaults, these did not answer with data:\n"
                + String.join("\n", failures));
    }

    @Test
    void theConsoleInABrowserExecutesGetsWithTheirDefaults() {
        List<String> failures = new ArrayList<>();
        for (JsonNode operation : report.path("operations")) {
            int status = operation.path("status").asInt();
            boolean data = operation.path("items").isNull() ? operation.path("bytes").asInt() > 2 : operation.path("items").asInt() > 0;
            System.out.println("Console in chromium: " + operation.path("operationId").asText() + " " + operation.path("url").asText()
                    + " -> " + status + " (" + operation.path("millis").asLong() + " ms)");
            if (status / 100 != 2 || !data || !operation.path("shownStatus").asText().equals(Integer.toString(status))) {
                failures.add(operation.path("operationId").asText() + " " + operation.path("url").asText() + " -> " + status
                        + " (console showed " + operation.path("shownStatus").asText() + ", " + operation.path("bytes") + " bytes, items "
                        + operation.path("items") + ")");
            }
        }
        assertEquals(BROWSER_GETS.size(), report.path("operations").size());
        assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
    }

    @Test
    void everyErrorResponseOfTheDocumentHasAnExampleWithItsOwnStatus() {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                for (Map.Entry<String, JsonNode> response : operation.getValue().path("responses").properties()) {
                    String status = response.getKey();
                    if (!status.matches("[45]\\d\\d")) {
                        continue;
                    }
                    checked++;
                    List<Integer> shown = exampleStatuses(resolve(response.getValue()));
                    if (shown.isEmpty() || !shown.stream().allMatch(s -> s.toString().equals(status))) {
                        failures.add(operation.getKey().toUpperCase() + " " + path.getKey() + " " + status + ": examples show " + shown);
                    }
                }
            }
        }
        System.out.println("Console: " + checked + " error responses in the document, " + (checked - failures.size())
                + " with an example of their own status");
        assertTrue(failures.isEmpty(), () -> failures.size() + " error responses lack an example of their status:\n"
                + String.join("\n", failures));
    }

    @Test
    void theErrorRowsTheConsoleShowsHaveExamplesWithTheirOwnStatus() {
        List<String> failures = new ArrayList<>();
        int rows = 0;
        for (JsonNode operation : report.path("operations")) {
            for (JsonNode row : operation.path("errorExamples")) {
                rows++;
                if (!row.path("code").asText().equals(row.path("exampleStatus").asText())) {
                    failures.add(operation.path("operationId").asText() + " " + row.path("code").asText() + " shows "
                            + row.path("exampleStatus").asText());
                }
            }
        }
        System.out.println("Console: " + rows + " error rows shown, " + (rows - failures.size()) + " with an example of their status");
        assertTrue(rows > 0, "the console showed no error rows");
        assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
    }

    @Test
    void authorizeWithThePartnerClientCredentialsThenTheExampleWriteSucceeds() {
        assertEquals(200, report.at("/authorize/tokenStatus").asInt(), "the token endpoint's answer to Authorize");
        JsonNode write = report.path("write");
        System.out.println("Console: Authorize as " + report.at("/authorize/clientId").asText() + ", then " + write.path("method").asText()
                + " " + write.path("url").asText() + " -> " + write.path("status").asInt());
        assertEquals(WRITE, write.path("operationId").asText());
        assertTrue(write.path("status").asInt() / 100 == 2, () -> "the example write answered " + write);
    }

    /**
     * The GET as the console sends it with nothing typed in: each path parameter and each required query parameter
     * its example, the Accept of the first media type of its 2xx answer, the partner's token where it is secured.
     * Null when it answered 2xx with data (a non-empty body; for a page, items), else what went wrong.
     */
    private static String sendWithDefaults(String template, JsonNode operation) {
        String path = template;
        RequestSpecification request = given().baseUri(stack.gateway()).urlEncodingEnabled(false);
        for (JsonNode parameter : operation.path("parameters")) {
            boolean inPath = parameter.path("in").asText().equals("path");
            if (!inPath && !parameter.path("required").asBoolean()) {
                if (parameter.has("example") || parameter.path("schema").has("example") || parameter.has("examples")) {
                    return "the optional " + parameter.path("in").asText() + " parameter " + parameter.path("name").asText()
                            + " has an example, which the console would fill in and send";
                }
                continue;
            }
            if (!parameter.has("example")) {
                return "the " + parameter.path("in").asText() + " parameter " + parameter.path("name").asText()
                        + " has no example: Execute cannot run with the defaults";
            }
            String value = URLEncoder.encode(parameter.path("example").asText(), StandardCharsets.UTF_8).replace("+", "%20");
            if (inPath) {
                path = path.replace("{" + parameter.path("name").asText() + "}", value);
            } else {
                request = request.queryParam(parameter.path("name").asText(), value);
            }
        }
        JsonNode success = operation.path("responses").path("200");
        if (success.path("content").size() > 0) {
            request = request.accept(success.path("content").fieldNames().next());
        }
        if (secured(operation)) {
            request = request.header("Authorization", "Bearer " + partnerToken);
        }
        // A 503 says "retry after Retry-After seconds" (the change feed's Kafka may be slow on a loaded machine): a
        // newcomer clicks Execute again, so does this.
        RequestSpecification sent = request;
        String target = path;
        Response response = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2))
                .until(() -> sent.get(target), answer -> answer.statusCode() != 503);
        String body = response.asString();
        if (response.statusCode() / 100 != 2) {
            return path + " -> " + response.statusCode() + " " + body;
        }
        if (body.length() <= 2) {
            return path + " -> " + response.statusCode() + " with an empty body";
        }
        if (response.contentType().contains("json")) {
            try {
                JsonNode items = JSON.readTree(body).path("items");
                if (items.isArray() && items.isEmpty()) {
                    return path + " -> " + response.statusCode() + " with no items";
                }
            } catch (IOException e) {
                return path + " -> not JSON: " + e.getMessage();
            }
        }
        return null;
    }

    private static boolean secured(JsonNode operation) {
        for (JsonNode requirement : operation.path("security")) {
            if (requirement.size() > 0) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode parameter(JsonNode operation, String name) {
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("name").asText().equals(name)) {
                return parameter;
            }
        }
        return JSON.missingNode();
    }

    /** An operation's response, or the shared one it references. */
    private static JsonNode resolve(JsonNode response) {
        String ref = response.path("$ref").asText("");
        return ref.startsWith("#/") ? document.at(ref.substring(1)) : response;
    }

    private static List<Integer> exampleStatuses(JsonNode response) {
        List<Integer> statuses = new ArrayList<>();
        for (JsonNode media : response.path("content")) {
            if (media.has("example")) {
                statuses.add(media.at("/example/status").asInt());
            }
            media.path("examples").forEach(example -> statuses.add(example.at("/value/status").asInt()));
        }
        return statuses;
    }
}
