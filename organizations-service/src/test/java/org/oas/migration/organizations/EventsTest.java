package org.oas.migration.organizations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.oas.migration.organizations.Fixtures.asAdmin;
import static org.oas.migration.organizations.Fixtures.uniqueCode;
import static org.oas.migration.platform.testing.EventReader.header;
import static org.oas.migration.platform.testing.EventReader.typeAndSubject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.oas.migration.platform.testing.EventReader;

/** Every change is published on organizations.v1 as a binary-mode CloudEvent keyed by the resource id. */
@QuarkusTest
class EventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void createUpdateDeleteArePublishedInOrderWithTheGetRepresentation() throws Exception {
        String code = uniqueCode("cim");
        String id = Fixtures.create(code, "oas-specialized-organization", "Inter-American Commission of Women",
                "Comisión Interamericana de Mujeres", null).extract().path("id");
        asAdmin().contentType("application/merge-patch+json").body("{\"website\":\"https://www.oas.org/cim\"}")
                .patch("/v1/organizations/" + id).then().statusCode(200);
        String current = RestAssured.get("/v1/organizations/" + id).asString();
        asAdmin().delete("/v1/organizations/" + id).then().statusCode(204);

        try (EventReader reader = new EventReader("organizations.v1")) {
            ConsumerRecord<String, String> created = reader.await(typeAndSubject("org.oas.migration.organization.created", id), WAIT);
            ConsumerRecord<String, String> updated = reader.await(typeAndSubject("org.oas.migration.organization.updated", id), WAIT);
            ConsumerRecord<String, String> deleted = reader.await(typeAndSubject("org.oas.migration.organization.deleted", id), WAIT);

            assertEquals(id, created.key());
            assertEquals("1.0", header(created, "ce_specversion"));
            assertEquals("/organizations-service", header(created, "ce_source"));
            assertEquals("application/json", header(created, "content-type"));
            assertNotNull(OffsetDateTime.parse(header(created, "ce_time")));
            assertNotNull(header(created, "ce_id"));
            assertEquals(code, JSON.readTree(created.value()).get("code").asText());

            assertEquals(created.partition(), updated.partition(), "one resource's events share a partition");
            assertEquals(true, created.offset() < updated.offset() && updated.offset() < deleted.offset());
            assertEquals(JSON.readTree(current), JSON.readTree(updated.value()), "the event carries the GET representation");

            JsonNode deletion = JSON.readTree(deleted.value());
            assertEquals(id, deletion.get("id").asText());
            assertEquals(2, deletion.get("version").asLong());
        }
    }

    @Test
    void peopleEventsToo() {
        String id = asAdmin().body("{\"name\":\"Lisa Shoman\",\"honorificPrefix\":{\"en\":\"Ambassador\"}}")
                .post("/v1/people").then().statusCode(201).extract().path("id");
        try (EventReader reader = new EventReader("organizations.v1")) {
            ConsumerRecord<String, String> created = reader.await(typeAndSubject("org.oas.migration.person.created", id), WAIT);
            assertEquals(id, created.key());
        }
    }
}
