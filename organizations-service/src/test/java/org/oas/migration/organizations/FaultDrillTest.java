package org.oas.migration.organizations;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.oas.migration.organizations.Fixtures.asAdmin;
import static org.oas.migration.organizations.Fixtures.uniqueCode;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.oas.migration.platform.embedded.EmbeddedKafka;
import org.oas.migration.platform.embedded.EmbeddedPostgres;
import org.oas.migration.platform.inbox.EventInbox;
import org.oas.migration.platform.inbox.InboxConsumer;
import org.oas.migration.platform.testing.EmbeddedInfrastructure;
import org.oas.migration.platform.testing.ManagementInterface;

/**
 * Fault drills on the real broker and database: a Kafka outage delays events but loses none, and each is applied
 * once by an inbox consumer even when replayed; a PostgreSQL outage gives 503 + Retry-After and heals itself.
 */
@QuarkusTest
class FaultDrillTest {

    private static final int WRITES = 500;

    @Inject
    EventInbox inbox;

    @Inject
    EntityManager em;

    @Test
    void kafkaOutageDelaysEventsButLosesNoneAndEachIsAppliedOnce() throws Exception {
        EmbeddedKafka kafka = EmbeddedInfrastructure.current().kafka();
        String tag = uniqueCode("drill");
        createAppliedTable();

        kafka.stop();
        List<String> ids = new ArrayList<>();
        try {
            for (int i = 0; i < WRITES; i++) {
                ids.add(asAdmin().body("{\"name\":\"" + tag + " person " + i + "\"}").post("/v1/people")
                        .then().statusCode(201).extract().path("id"));
            }
            assertTrue(backlog() >= WRITES, "the outbox holds the events while Kafka is down");
        } finally {
            kafka.start();
        }

        String bootstrap = kafka.bootstrapServers();
        long onTopic;
        try (InboxConsumer consumer = new InboxConsumer("drill-" + tag, bootstrap, List.of("organizations.v1"), inbox,
                event -> record(event.getId(), event.getSubject(), tag)).start()) {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() -> applied(tag) >= WRITES);
            onTopic = consumer.recordsSeen();
        }
        // Replaying the whole topic into the same inbox (another Kafka group) applies nothing twice.
        try (InboxConsumer replay = new InboxConsumer("drill-" + tag, "drill-replay-" + tag, bootstrap,
                List.of("organizations.v1"), inbox, event -> record(event.getId(), event.getSubject(), tag)).start()) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                    .until(() -> replay.recordsSeen() >= onTopic);
        }
        assertEquals(WRITES, applied(tag), "each event applied exactly once");
        assertEquals(WRITES, distinctSubjects(tag));
        assertTrue(ids.stream().distinct().count() == WRITES);
    }

    @Test
    void postgresOutageAnswers503AndRecovers() {
        EmbeddedPostgres postgres = EmbeddedInfrastructure.current().postgres();
        String code = uniqueCode("after-outage");
        postgres.stop();
        try {
            given().get("/v1/organizations").then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "5").body("type", endsWith("/unavailable"));
            asAdmin().body(Fixtures.organization(code, "other", "X", "X", null)).post("/v1/organizations")
                    .then().statusCode(503).contentType("application/problem+json");
            given().get(ManagementInterface.url("/health/ready")).then().statusCode(503);
        } finally {
            postgres.start();
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().get("/v1/organizations").statusCode() == 200);
        Fixtures.create(code, "other", "After the outage", "Tras el corte", null);
        given().get("/v1/organizations/" + code).then().statusCode(200).body("code", equalTo(code));
        given().get(ManagementInterface.url("/health/ready")).then().statusCode(200);
    }

    private void createAppliedTable() throws SQLException {
        try (Connection c = EmbeddedInfrastructure.current().postgres().connect("organizations"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS drill_applied (event_id text NOT NULL, subject text NOT NULL, tag text NOT NULL)");
        }
    }

    /** The consumer's effect: runs inside the inbox transaction. */
    private void record(String eventId, String subject, String tag) {
        em.createNativeQuery("INSERT INTO drill_applied (event_id, subject, tag) "
                        + "SELECT ?1, ?2, ?3 FROM person WHERE id = cast(?2 AS uuid) AND name LIKE ?4")
                .setParameter(1, eventId).setParameter(2, subject).setParameter(3, tag).setParameter(4, tag + " %")
                .executeUpdate();
    }

    private long applied(String tag) throws SQLException {
        return count("SELECT count(*) FROM drill_applied WHERE tag = '" + tag + "'");
    }

    private long distinctSubjects(String tag) throws SQLException {
        return count("SELECT count(DISTINCT subject) FROM drill_applied WHERE tag = '" + tag + "'");
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = EmbeddedInfrastructure.current().postgres().connect("organizations"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private double backlog() {
        Matcher m = Pattern.compile("(?m)^outbox_backlog_events(?:\\{[^}]*\\})? ([0-9.eE+-]+)$")
                .matcher(given().get(ManagementInterface.url("/metrics")).asString());
        return m.find() ? Double.parseDouble(m.group(1)) : -1;
    }
}
