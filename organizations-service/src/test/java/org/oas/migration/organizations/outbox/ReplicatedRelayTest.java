package org.oas.migration.organizations.outbox;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.oas.migration.organizations.Fixtures.asAdmin;
import static org.oas.migration.platform.testing.EventReader.header;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oas.migration.platform.outbox.EventsConfig;
import org.oas.migration.platform.outbox.OutboxRelay;
import org.oas.migration.platform.testing.EventReader;

/**
 * Two replicas of a service share one outbox: a second relay runs beside the service's own (same database, same
 * topic), as a second pod would. One of them publishes; nothing is published twice in normal operation; one
 * resource's events keep their order; when the publisher's session dies, the other takes over and nothing is lost.
 */
@QuarkusTest
class ReplicatedRelayTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    EventsConfig events;

    @Inject
    OutboxRelay own;

    @Inject
    AgroalDataSource dataSource;

    private OutboxRelay second;

    @BeforeEach
    void startSecondReplica() {
        second = OutboxRelay.replica(events, ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class),
                ConfigProvider.getConfig().getValue("quarkus.datasource.username", String.class),
                ConfigProvider.getConfig().getValue("quarkus.datasource.password", String.class));
        second.startReplica();
    }

    @AfterEach
    void stopSecondReplica() throws InterruptedException {
        second.stopReplica();
    }

    @Test
    void oneReplicaPublishesEachEventOnceInOrder() throws Exception {
        await().atMost(WAIT).until(() -> own.isLeader() || second.isLeader());
        assertNotEquals(own.isLeader(), second.isLeader(), "exactly one replica holds the publisher lock");

        String personId = createPerson("Replicated " + UUID.randomUUID());
        for (int i = 1; i <= 20; i++) {
            asAdmin().contentType("application/merge-patch+json").body("{\"name\":\"Renamed " + i + "\"}")
                    .patch("/v1/people/" + personId).then().statusCode(200);
        }
        List<String> others = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            others.add(createPerson("Other " + i + " " + UUID.randomUUID()));
        }

        try (EventReader reader = new EventReader("organizations.v1")) {
            List<ConsumerRecord<String, String>> ofPerson = reader.awaitCount(r -> personId.equals(r.key()), 21, WAIT);
            List<Long> versions = new ArrayList<>();
            for (ConsumerRecord<String, String> record : ofPerson) {
                versions.add(JSON.readTree(record.value()).get("version").asLong());
            }
            assertEquals(List.of(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L, 16L, 17L, 18L, 19L, 20L),
                    versions, "one resource's events arrive once each, in order");
            Set<String> othersSeen = new HashSet<>();
            Set<String> ids = new HashSet<>();
            for (ConsumerRecord<String, String> record : reader.awaitCount(r -> others.contains(r.key()), others.size(), WAIT)) {
                othersSeen.add(record.key());
                assertTrue(ids.add(header(record, "ce_id")), "no event is published twice");
            }
            assertEquals(Set.copyOf(others), othersSeen);
        }
    }

    @Test
    void whenThePublishersSessionDiesTheOtherReplicaTakesOver() throws Exception {
        await().atMost(WAIT).until(() -> own.isLeader() || second.isLeader());
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            // The lock is held by a session: end it, as a crashed pod or a cut connection would.
            statement.execute("SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND granted");
        }
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            people.add(createPerson("After failover " + i + " " + UUID.randomUUID()));
        }
        try (EventReader reader = new EventReader("organizations.v1")) {
            Set<String> seen = new HashSet<>();
            reader.awaitCount(r -> people.contains(r.key()), people.size(), WAIT).forEach(r -> seen.add(r.key()));
            assertEquals(Set.copyOf(people), seen, "every event of the writes made during the failover arrives");
        }
        await().atMost(WAIT).until(() -> own.isLeader() || second.isLeader());
    }

    private static String createPerson(String name) {
        return asAdmin().body("{\"name\":\"" + name + "\"}").post("/v1/people").then().statusCode(201).extract().path("id");
    }
}
