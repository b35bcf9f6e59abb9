package org.oas.migration.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * /q/asyncapi against the stub services: the structure of the document and that its payloads are the merged
 * OpenAPI document's schemas. The real document is parsed by the AsyncAPI parser, and every event of a whole run
 * validated against it, in deploy/e2e (EventContractTest).
 */
@QuarkusTest
class AsyncApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void eachTopicIsAChannelWithASendOperation() throws Exception {
        JsonNode document = asyncApi();
        assertEquals("3.0.0", document.get("asyncapi").asText());
        Map<String, String> addresses = Map.of("organizations", "organizations.v1", "meetings", "meetings.v1", "programs", "programs.v1");
        assertEquals(List.copyOf(addresses.keySet()).stream().sorted().toList(), names(document.get("channels")).stream().sorted().toList());
        addresses.forEach((channel, topic) -> {
            assertEquals(topic, document.at("/channels/" + channel + "/address").asText());
            assertEquals(topic, document.at("/channels/" + channel + "/bindings/kafka/topic").asText());
        });
        JsonNode operation = document.at("/operations/publishOrganizations");
        assertEquals("send", operation.get("action").asText());
        assertEquals("#/channels/organizations", operation.at("/channel/$ref").asText());
        assertEquals("#/channels/organizations/messages/partnerClientRevoked", operation.at("/messages/6/$ref").asText());
        assertEquals(3, document.get("operations").size());
    }

    @Test
    void everyEventTypeIsAMessageWithItsCloudEventsHeadersAndKey() throws Exception {
        JsonNode document = asyncApi();
        List<String> types = new ArrayList<>();
        document.at("/components/messages").forEach(message -> {
            String type = message.get("name").asText();
            types.add(type);
            assertEquals(type, message.at("/headers/properties/ce_type/const").asText());
            assertEquals("#/components/schemas/CloudEventHeaders", message.at("/headers/allOf/0/$ref").asText());
            assertEquals("uuid", message.at("/bindings/kafka/key/format").asText());
        });
        List<String> expected = new ArrayList<>();
        for (String resource : List.of("organization", "person", "meeting", "resolution", "document", "program", "activity")) {
            for (String action : List.of("created", "updated", "deleted")) {
                expected.add("org.oas.migration." + resource + "." + action);
            }
        }
        expected.add("org.oas.migration.partner-client.revoked");
        assertEquals(expected.stream().sorted().toList(), types.stream().sorted().toList());
        assertEquals("/meetings-service", document.at("/components/messages/resolutionDeleted/headers/properties/ce_source/const").asText());
        JsonNode headers = document.at("/components/schemas/CloudEventHeaders");
        assertEquals(List.of("ce_specversion", "ce_id", "ce_type", "ce_source", "ce_subject", "ce_time", "content-type"),
                JSON.convertValue(headers.get("required"), List.class));
        assertEquals("1.0", headers.at("/properties/ce_specversion/const").asText());
    }

    @Test
    void payloadsAreTheMergedRestSchemasWithWhatTheyReference() throws Exception {
        JsonNode document = asyncApi();
        JsonNode rest = JSON.readTree(given().get("/q/openapi").then().statusCode(200).extract().asString()).at("/components/schemas");
        JsonNode schemas = document.at("/components/schemas");
        assertEquals("#/components/schemas/Organization", document.at("/components/messages/organizationUpdated/payload/$ref").asText());
        assertEquals(rest.get("Organization"), schemas.get("Organization"));
        // Referenced under its merged (renamed) name, and copied with it.
        assertEquals(rest.get("OrganizationsRef"), schemas.get("OrganizationsRef"));
        assertEquals(rest.get("Meeting"), schemas.get("Meeting"));
        assertEquals("#/components/schemas/OrganizationDeletion", document.at("/components/messages/organizationDeleted/payload/$ref").asText());
        assertEquals("uuid", schemas.at("/OrganizationDeletion/properties/mergedIntoId/format").asText());
        assertFalse(schemas.has("Problem"), "only what an event carries");
        OpenApiTest.assertDanglingFree(document, document);
    }

    @Test
    void aSchemaNoServiceDefinesYetIsNamedAsMissing() throws Exception {
        // The stub programs service publishes no Activity schema (and no ProgramsOrganizationRef for its deletion).
        JsonNode document = asyncApi();
        assertFalse(document.at("/components/messages/activityCreated/payload").has("$ref"));
        assertFalse(document.at("/components/schemas").has("ActivityDeletion"));
        assertTrue(document.at("/info/description").asText().contains("Activity, ActivityDeletion"), document.at("/info/description").asText());
    }

    @Test
    void yamlOnRequest() throws Exception {
        String yaml = given().queryParam("format", "yaml").get("/q/asyncapi").then().statusCode(200)
                .contentType("application/yaml").extract().asString();
        assertEquals(asyncApi(), new YAMLMapper().readTree(yaml));
    }

    private static JsonNode asyncApi() throws Exception {
        return JSON.readTree(given().get("/q/asyncapi").then().statusCode(200).contentType("application/json").extract().asString());
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
