package org.oas.migration.deploy.e2e;

import static io.restassured.RestAssured.given;
import static org.oas.migration.deploy.e2e.GatewayClient.as;
import static org.oas.migration.deploy.e2e.GatewayClient.token;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.RestAssured;
import org.oas.migration.platform.testing.NodePackage;
import org.oas.migration.platform.testing.contract.ResponseContract;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
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
 * The events against their description: the stack with the seed data, then through the gateway one write of every
 * kind no seed makes (updates, deletions, a merge, a revocation); then every record on the three topics is checked
 * against the gateway's /q/asyncapi ({@link EventContract}), and the document itself by the AsyncAPI parser.
 */
class EventContractTest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final Duration PROPAGATION = Duration.ofSeconds(90);
    private static final List<String> TOPICS = List.of("organizations.v1", "meetings.v1", "programs.v1");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static LocalStackProcess stack;
    private static JsonNode asyncApi;
    private static String asyncApiText;
    private static List<ConsumerRecord<String, byte[]>> records;

    @BeforeAll
    static void writeEveryKindThenReadEveryEvent() throws Exception {
        stack = new LocalStackProcess(true);
        RestAssured.baseURI = stack.gateway();
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        RestAssured.replaceFiltersWith(ResponseContract.failingOn("/q/openapi"));
        JsonNode admin = JSON.readTree(stack.adminCredential().toFile());
        String token = token(admin.get("clientId").asText(), admin.get("clientSecret").asText());
        List<String> lastSubjects = writeEveryKind(token);
        // Each service relays its outbox in order: once its last deletion is on its topic, everything before it is.
        for (String subject : lastSubjects) {
            await().atMost(PROPAGATION).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                    given().queryParam("subject", subject).get("/v1/changes").then().statusCode(200)
                            .body("items.type", hasItem(org.hamcrest.Matchers.endsWith(".deleted"))));
        }
        asyncApiText = given().get("/q/asyncapi").then().statusCode(200).contentType("application/json").extract().asString();
        asyncApi = JSON.readTree(asyncApiText);
        records = readAll(stack.kafkaBootstrapServers());
    }

    @AfterAll
    static void stopStack() throws Exception {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void everyEventOnTheThreeTopicsMatchesTheAsyncApiDocument() {
        EventContract contract = new EventContract(asyncApi);
        List<String> failures = new ArrayList<>();
        Map<String, Integer> perType = new TreeMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            List<String> violations = contract.violations(record);
            if (!violations.isEmpty()) {
                failures.add(record.topic() + "-" + record.partition() + "@" + record.offset() + ": " + violations);
            }
            perType.merge(header(record, "ce_type"), 1, Integer::sum);
        }
        System.out.printf("EventContractTest: %d events validated against /q/asyncapi, %d failed; by type %s%n",
                records.size(), failures.size(), perType);
        assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())), failures.size() + " events do not match");
        assertTrue(records.size() > 400, "the seed alone publishes hundreds of events: " + records.size());
    }

    @Test
    void everyDocumentedEventTypeWasPublished() {
        EventContract contract = new EventContract(asyncApi);
        for (String topic : TOPICS) {
            Set<String> published = new TreeSet<>();
            records.stream().filter(r -> r.topic().equals(topic)).forEach(r -> published.add(header(r, "ce_type")));
            assertEquals(new TreeSet<>(contract.types(topic)), published, topic);
        }
    }

    @Test
    void theAsyncApiParserAcceptsTheDocument() throws Exception {
        NodePackage.Result result = new AsyncApiParser().check(asyncApiText);
        System.out.println("EventContractTest, @asyncapi/parser: " + result.output().strip());
        assertEquals(0, result.exitCode(), result.output());
        assertTrue(result.output().contains("VALID: AsyncAPI 3.0.0, 3 channels, 3 operations, 22 messages"), result.output());
    }

    /** One write of each kind the seed does not make; returns, per topic, the subject of its last event. */
    private static List<String> writeEveryKind(String token) throws IOException {
        // organizations.v1: an update, a merge (a deletion naming the survivor, the survivor updated), a deletion,
        // a revocation, a person updated and deleted.
        String merged = "e2e-merged-" + RUN;
        String survivor = "e2e-survivor-" + RUN;
        String deleted = "e2e-deleted-" + RUN;
        for (String code : List.of(merged, survivor, deleted)) {
            as(token).body(organization(code)).post("/v1/organizations").then().statusCode(201);
        }
        patch(token, "/v1/organizations/" + merged, "{\"website\":\"https://example.org/" + RUN + "\"}");
        as(token).body("{\"into\":\"" + survivor + "\"}").post("/v1/organizations/" + merged + "/merge").then().statusCode(200);
        as(token).delete("/v1/organizations/" + deleted).then().statusCode(204);
        String client = create(token, "/v1/partner-clients", "{\"organizationCode\":\"" + survivor + "\",\"name\":\"E2E contract\",\"role\":\"partner\"}");
        as(token).delete("/v1/partner-clients/" + client).then().statusCode(204);
        String person = updatedThenDeleted(token, "/v1/people", create(token, "/v1/people", "{\"name\":\"E2E Contract " + RUN + "\"}"),
                "{\"name\":\"E2E Contract " + RUN + " (renamed)\"}");

        // meetings.v1: a document, a resolution and a meeting, each created, updated and deleted.
        int number = 9000 + Math.abs(RUN.hashCode()) % 999;
        String retitle = "{\"title\":{\"en\":\"E2E retitled " + RUN + "\"}}";
        updatedThenDeleted(token, "/v1/documents", create(token, "/v1/documents", "{\"symbol\":\"CP/OD-" + number + "/07\","
                + "\"title\":{\"en\":\"E2E order of business\"},\"kind\":\"order-of-business\",\"languages\":[\"en\"]}"), retitle);
        updatedThenDeleted(token, "/v1/resolutions", create(token, "/v1/resolutions", "{\"symbol\":\"AG/RES. " + number + " (XLIV-O/14)\","
                + "\"title\":{\"en\":\"E2E\"},\"bodyCode\":\"oas-pc\",\"status\":\"adopted\","
                + "\"operative\":[{\"number\":\"1\",\"text\":{\"en\":\"To resolve\"}}]}"), retitle);
        ObjectNode meeting = (ObjectNode) seed("meetings.json").get(0);
        meeting.set("identifiers", JSON.readTree("[{\"scheme\":\"oas-seed\",\"value\":\"e2e-" + RUN + "\"}]"));
        String meetingId = updatedThenDeleted(token, "/v1/meetings", create(token, "/v1/meetings", meeting.toString()), retitle);

        // programs.v1: a programme and an activity, each created, updated and deleted.
        ObjectNode program = ((ObjectNode) seed("programs.json").get(0)).put("code", "e2e-program-" + RUN);
        updatedThenDeleted(token, "/v1/programs", create(token, "/v1/programs", program.toString()), retitle);
        ObjectNode activity = ((ObjectNode) seed("activities.json").get(0)).put("externalId", "e2e-contract-" + RUN);
        String activityId = as(token).body(activity.toString()).put("/v1/activities/by-external-id/e2e-contract-" + RUN)
                .then().statusCode(201).extract().path("id");
        updatedThenDeleted(token, "/v1/activities", activityId, retitle);
        return List.of(person, meetingId, activityId);
    }

    private static String create(String token, String collection, String body) {
        return as(token).body(body).post(collection).then().statusCode(201).extract().path("id");
    }

    private static String updatedThenDeleted(String token, String collection, String id, String mergePatch) {
        patch(token, collection + "/" + id, mergePatch);
        as(token).delete(collection + "/" + id).then().statusCode(204);
        return id;
    }

    private static void patch(String token, String path, String mergePatch) {
        as(token).contentType("application/merge-patch+json").body(mergePatch).patch(path).then().statusCode(200);
    }

    /** Every record of the three topics, from the first offset to the end as it stands now. */
    private static List<ConsumerRecord<String, byte[]>> readAll(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            TOPICS.forEach(topic -> consumer.partitionsFor(topic, Duration.ofSeconds(30))
                    .forEach(p -> partitions.add(new TopicPartition(topic, p.partition()))));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions));
            List<ConsumerRecord<String, byte[]>> all = new ArrayList<>();
            long deadline = System.nanoTime() + PROPAGATION.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Could not read every record within " + PROPAGATION + ": " + all.size() + " read");
                }
                consumer.poll(Duration.ofMillis(500)).forEach(all::add);
            }
            return all;
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String organization(String code) {
        return "{\"code\":\"" + code + "\",\"type\":\"international-organization\",\"names\":{\"en\":\"E2E " + code + "\"}}";
    }

    private static JsonNode seed(String file) throws IOException {
        Path root = Path.of(System.getProperty("oas.repo.root", "../..")).toAbsolutePath().normalize();
        return JSON.readTree(root.resolve("deploy/local/seed").resolve(file).toFile());
    }
}
