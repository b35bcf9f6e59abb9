package org.oas.migration.deploy.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The replica drill: the stack with two instances of each service behind the gateway, a steady write load of
 * organization updates through it, and meanwhile one instance of each service killed with -9 (the launcher restarts
 * it). Then every acknowledged write must be stored, have its event on organizations.v1 in order per resource, and
 * be applied by meetings-service's directory projection, whose two instances share the topic's partitions.
 * Prints one line with the counts ({@code Replica drill: ...}).
 */
class ReplicaDrillTest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final int WRITERS = 4;
    private static final int RESOURCES_PER_WRITER = 5;
    private static final Duration LOAD = Duration.ofSeconds(20);
    private static final int KILL_AFTER_WRITES = 40;
    private static final Duration PROPAGATION = Duration.ofSeconds(120);
    private static final List<String> KILLED = List.of("organizations-service-2", "meetings-service-2", "programs-service-2");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static LocalStackProcess stack;
    /** Per organization code, the highest version an answered write acknowledged. */
    private static final Map<String, Long> acknowledged = new ConcurrentHashMap<>();
    private static final AtomicInteger acknowledgedWrites = new AtomicInteger();
    private static final AtomicInteger refusedWrites = new AtomicInteger();
    private static final Map<String, Long> stored = new HashMap<>();
    private static final Map<String, List<Long>> eventVersions = new HashMap<>();
    private static Map<String, Long> projected;
    private static Map<String, ConsumerGroupDescription> groups;

    @BeforeAll
    static void writeWhileReplicasDie() throws Exception {
        stack = new LocalStackProcess(false, 2);
        RestAssured.baseURI = stack.gateway();
        JsonNode admin = JSON.readTree(stack.adminCredential().toFile());
        String token = GatewayClient.token(admin.get("clientId").asText(), admin.get("clientSecret").asText());

        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        long end = System.nanoTime() + LOAD.toNanos();
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            running.add(writers.submit(() -> write(token, writer, end)));
        }
        // Killed mid-load: once the writers have had a good number of answers.
        await().atMost(LOAD).pollInterval(Duration.ofMillis(100)).until(() -> acknowledgedWrites.get() >= KILL_AFTER_WRITES);
        for (String instance : KILLED) {
            long pid = Long.parseLong(Files.readString(stack.pidFile(instance)).trim());
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        }
        for (Future<?> writer : running) {
            writer.get();
        }
        writers.shutdown();
        await().atMost(PROPAGATION).pollInterval(Duration.ofMillis(500)).until(() -> {
            String launcher = stack.output();
            return KILLED.stream().allMatch(instance -> launcher.contains(instance + " restarted and ready"));
        });

        for (String code : acknowledged.keySet()) {
            stored.put(code, given().get("/v1/organizations/" + code).then().statusCode(200).extract().<Number>path("version").longValue());
        }
        readEvents();
        await().atMost(PROPAGATION).pollInterval(Duration.ofMillis(500)).until(() -> {
            projected = projectedVersions();
            return projected.equals(stored);
        });
        groups = consumerGroups();
    }

    @AfterAll
    static void stopStack() throws Exception {
        if (stack != null) {
            stack.close();
        }
    }

    /** PUTs the writer's organizations in turn, renaming them each time; an answered 2xx is an acknowledged write. */
    private static void write(String token, int writer, long end) {
        HttpClient http = HttpClient.newHttpClient();
        for (int n = 0; System.nanoTime() < end; n++) {
            String code = "drill-" + RUN + "-" + writer + "-" + (n % RESOURCES_PER_WRITER);
            String body = "{\"code\":\"" + code + "\",\"type\":\"international-organization\",\"names\":{\"en\":\"Drill "
                    + code + " #" + n + "\"}}";
            HttpRequest request = HttpRequest.newBuilder(URI.create(stack.gateway() + "/v1/organizations/" + code))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30)).PUT(HttpRequest.BodyPublishers.ofString(body)).build();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() / 100 == 2) {
                    long version = JSON.readTree(response.body()).get("version").asLong();
                    acknowledged.merge(code, version, Math::max);
                    acknowledgedWrites.incrementAndGet();
                } else {
                    refusedWrites.incrementAndGet();
                }
            } catch (java.io.IOException e) {
                refusedWrites.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Every organizations.v1 record of this run's organizations, in partition order, until each stored version is seen. */
    private static void readEvents() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor("organizations.v1", Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition("organizations.v1", p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + PROPAGATION.toNanos();
            while (!allStoredVersionsSeen()) {
                assertTrue(System.nanoTime() < deadline, "not every stored version reached organizations.v1 within " + PROPAGATION);
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    JsonNode data = data(record);
                    String code = data.path("code").asText("");
                    if (code.startsWith("drill-" + RUN) && data.has("version")) {
                        eventVersions.computeIfAbsent(code, c -> new ArrayList<>()).add(data.get("version").asLong());
                    }
                }
            }
        }
    }

    private static boolean allStoredVersionsSeen() {
        return stored.entrySet().stream().allMatch(e -> eventVersions.getOrDefault(e.getKey(), List.of()).contains(e.getValue()));
    }

    private static JsonNode data(ConsumerRecord<String, byte[]> record) {
        try {
            return record.value() == null ? JSON.createObjectNode() : JSON.readTree(new String(record.value(), StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            return JSON.createObjectNode();
        }
    }

    private static Map<String, Long> projectedVersions() throws Exception {
        Map<String, Long> versions = new TreeMap<>();
        try (Connection db = DriverManager.getConnection(stack.jdbcUrl("meetings"), "postgres", "postgres");
             Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("SELECT code, version FROM directory_organization WHERE code LIKE 'drill-" + RUN + "-%'")) {
            while (rows.next()) {
                versions.put(rows.getString(1), rows.getLong(2));
            }
        }
        return new HashMap<>(versions);
    }

    private static Map<String, ConsumerGroupDescription> consumerGroups() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers()))) {
            List<String> ids = admin.listConsumerGroups().all().get().stream().map(g -> g.groupId()).toList();
            return admin.describeConsumerGroups(ids).all().get();
        }
    }

    private static long lostEvents() {
        long lost = 0;
        for (Map.Entry<String, Long> write : acknowledged.entrySet()) {
            lost += eventVersions.getOrDefault(write.getKey(), List.of()).contains(write.getValue()) ? 0 : 1;
        }
        return lost;
    }

    private static long duplicates() {
        return eventVersions.values().stream().mapToLong(versions -> versions.size() - versions.stream().distinct().count()).sum();
    }

    private static long outOfOrder() {
        long wrong = 0;
        for (List<Long> versions : eventVersions.values()) {
            for (int i = 1; i < versions.size(); i++) {
                wrong += versions.get(i) < versions.get(i - 1) ? 1 : 0;
            }
        }
        return wrong;
    }

    @Test
    void everyAcknowledgedWriteIsStored() {
        List<String> lost = acknowledged.entrySet().stream().filter(w -> stored.get(w.getKey()) < w.getValue())
                .map(w -> w.getKey() + " v" + w.getValue() + " (stored v" + stored.get(w.getKey()) + ")").toList();
        printFigures();
        assertEquals(List.of(), lost);
        assertTrue(acknowledgedWrites.get() > 50, "a steady load acknowledges writes: " + acknowledgedWrites.get());
    }

    @Test
    void everyAcknowledgedWriteHasItsEventInOrderPerResource() {
        assertEquals(0, lostEvents(), "acknowledged versions without an event");
        assertEquals(0, outOfOrder(), "versions going back within a resource's partition: " + eventVersions);
    }

    @Test
    void theProjectionAppliedEveryResourcesLastVersionOnce() {
        assertEquals(stored, projected);
    }

    @Test
    void theTwoInstancesShareTheTopicsPartitions() {
        ConsumerGroupDescription directory = groups.get("meetings-directory");
        List<MemberDescription> members = new ArrayList<>(directory.members());
        assertEquals(2, members.size(), directory.toString());
        assertTrue(members.stream().allMatch(m -> !m.assignment().topicPartitions().isEmpty()), directory.toString());
    }

    private static void printFigures() {
        ConsumerGroupDescription directory = groups.get("meetings-directory");
        System.out.printf("Replica drill: 2 instances per service, %s killed with -9 and restarted; writes acknowledged %d, "
                        + "refused %d (answered 5xx or cut), resources %d; acknowledged writes lost %d; events seen %d, lost %d, "
                        + "duplicates delivered %d, out of order %d; meetings-directory members %d sharing %d partitions, "
                        + "projection at the stored version for %d of %d resources%n",
                String.join(", ", KILLED), acknowledgedWrites.get(), refusedWrites.get(), acknowledged.size(),
                acknowledged.entrySet().stream().filter(w -> stored.get(w.getKey()) < w.getValue()).count(),
                eventVersions.values().stream().mapToInt(List::size).sum(), lostEvents(), duplicates(), outOfOrder(),
                directory.members().size(), directory.members().stream().mapToInt(m -> m.assignment().topicPartitions().size()).sum(),
                stored.entrySet().stream().filter(e -> e.getValue().equals(projected.get(e.getKey()))).count(), stored.size());
    }
}
