package org.oas.migration.deploy.bench.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.oas.migration.platform.embedded.FreePorts;

/**
 * The Java side of deploy/bench/import-throughput (programs-service). Commands:
 * <ul>
 *   <li>{@code port}: a free TCP port; {@code createdb <name>}: a database on the bench PostgreSQL;</li>
 *   <li>{@code registry}: publishes the bench organizations on organizations.v1 and waits until programs-service
 *       accepts them (a one-line dry-run import stops being rejected);</li>
 *   <li>{@code generate <lines> <file> <run>}: an NDJSON file of activity write bodies;</li>
 *   <li>{@code import <file> <run>}: POST /v1/imports, timed; then waits for one activity.created event per created
 *       activity on programs.v1 and checks the outbox is empty;</li>
 *   <li>{@code upserts <warm-up> <count> <run>}: sequential PUT /v1/activities/by-external-id/{id}, each a real change
 *       of an activity of the run, p50/p99.</li>
 * </ul>
 * Addresses from stack.env and the PROGRAMS_* variables the script exports.
 */
public final class ImportBench {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final String EVENTS_TOPIC = "programs.v1";
    private static final String ACTIVITY_CREATED = "org.oas.migration.activity.created";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private ImportBench() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "port" -> System.out.println(FreePorts.find());
            case "createdb" -> createDatabase(args[1]);
            case "registry" -> registry();
            case "generate" -> System.out.println(ActivityLines.write(Path.of(args[2]), args[3], Integer.parseInt(args[1])));
            case "import" -> importFile(Path.of(args[1]), args[2]);
            case "upserts" -> upserts(Integer.parseInt(args[1]), Integer.parseInt(args[2]), args[3]);
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    static String env(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Environment variable " + name + " is not set");
        }
        return value;
    }

    private static String base() {
        return "http://127.0.0.1:" + env("PROGRAMS_PORT");
    }

    private static void createDatabase(String name) throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:" + env("PG_PORT") + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, env("PG_USER"), env("PG_PASSWORD"));
             Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            statement.execute("CREATE DATABASE " + name);
        }
    }

    // --- registry ------------------------------------------------------------------------------------------------

    private static void registry() throws Exception {
        Properties admin = new Properties();
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, env("KAFKA_BOOTSTRAP_SERVERS"));
        try (Admin kafka = Admin.create(admin)) {
            if (!kafka.listTopics().names().get().contains(EVENTS_TOPIC)) {
                kafka.createTopics(List.of(new NewTopic(EVENTS_TOPIC, 1, (short) 1))).all().get();
            }
        }
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, env("KAFKA_BOOTSTRAP_SERVERS"));
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            organization(producer, ActivityLines.REPORTING, "International Organization for Migration (bench)", "XM-DAC-47066-BENCH");
            organization(producer, ActivityLines.PARTICIPANTS[0], "Economic Commission for Latin America and the Caribbean (bench)", null);
            organization(producer, ActivityLines.PARTICIPANTS[1], "UN Refugee Agency (bench)", null);
            producer.flush();
        }
        String line = JSON.writeValueAsString(ActivityLines.body("registry", 1, 0)) + "\n";
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String token = BenchToken.admin();
        while (true) {
            HttpResponse<String> response = HTTP.send(importRequest(token, HttpRequest.BodyPublishers.ofString(line), true),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode answer = JSON.readTree(response.body());
            if (response.statusCode() == 201 && answer.at("/counts/rejected").asInt() == 0) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("programs-service does not know the bench organizations after 60 s: "
                        + response.statusCode() + " " + response.body());
            }
            Thread.sleep(200);
        }
    }

    private static void organization(KafkaProducer<String, String> producer, String code, String name, String iatiRef) throws Exception {
        String id = UUID.randomUUID().toString();
        var payload = JSON.createObjectNode().put("id", id).put("code", code).put("type", "international-organization");
        payload.putObject("names").put("en", name);
        var identifiers = payload.putArray("identifiers");
        if (iatiRef != null) {
            identifiers.addObject().put("scheme", "iati-org-id").put("value", iatiRef);
        }
        payload.put("version", 0);
        ProducerRecord<String, String> record = new ProducerRecord<>("organizations.v1", id, JSON.writeValueAsString(payload));
        header(record, "ce_id", UUID.randomUUID().toString());
        header(record, "ce_specversion", "1.0");
        header(record, "ce_type", "org.oas.migration.organization.created");
        header(record, "ce_source", "/organizations-service");
        header(record, "ce_subject", id);
        header(record, "ce_time", OffsetDateTime.now().toString());
        header(record, "content-type", "application/json");
        producer.send(record).get();
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    // --- import --------------------------------------------------------------------------------------------------

    private static HttpRequest importRequest(String token, HttpRequest.BodyPublisher body, boolean dryRun) {
        return HttpRequest.newBuilder(URI.create(base() + "/v1/imports" + (dryRun ? "?dryRun=true" : "")))
                .timeout(Duration.ofMinutes(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/x-ndjson")
                .POST(body).build();
    }

    private static void importFile(Path file, String run) throws Exception {
        String token = BenchToken.admin();
        long started = System.nanoTime();
        HttpResponse<String> response = HTTP.send(importRequest(token, HttpRequest.BodyPublishers.ofFile(file), false),
                HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - started) / 1e9;
        if (response.statusCode() != 201) {
            throw new IllegalStateException("POST /v1/imports answered " + response.statusCode() + ": " + response.body());
        }
        long answered = System.nanoTime();
        JsonNode result = JSON.readTree(response.body());
        JsonNode counts = result.get("counts");
        int lines = result.get("totalLines").asInt();
        int created = counts.get("created").asInt();
        System.out.printf("import:  %d lines in %.2f s = %.0f activities/s (created %d, updated %d, unchanged %d, rejected %d)%n",
                lines, seconds, lines / seconds, created, counts.get("updated").asInt(), counts.get("unchanged").asInt(),
                counts.get("rejected").asInt());
        System.out.printf("rate=%.0f%nseconds=%.2f%n", lines / seconds, seconds);
        if (counts.get("rejected").asInt() > 0) {
            System.out.println("first rejected line: " + result.get("lines").get(0));
        }
        int events = awaitCreatedEvents(run, created, Duration.ofMinutes(5));
        double eventsAfter = (System.nanoTime() - answered) / 1e9;
        long outbox = outboxRows();
        System.out.printf("events:  %d of %d activity.created on %s (all within %.2f s of the 201); outbox rows left: %d%n",
                events, created, EVENTS_TOPIC, eventsAfter, outbox);
        System.out.printf("events=%d%noutbox=%d%nend_to_end_rate=%.0f%n", events, outbox, created / (seconds + eventsAfter));
    }

    /** Distinct activities of this run with a created event on the topic (read from the beginning). */
    private static int awaitCreatedEvents(String run, int expected, Duration timeout) throws Exception {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, env("KAFKA_BOOTSTRAP_SERVERS"));
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-import-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        String prefix = "\"externalId\":\"BENCH-" + run + "-";
        Set<String> subjects = new HashSet<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(EVENTS_TOPIC));
            while (subjects.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (ACTIVITY_CREATED.equals(header(record, "ce_type")) && record.value().contains(prefix)) {
                        subjects.add(header(record, "ce_subject"));
                    }
                }
            }
        }
        return subjects.size();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static long outboxRows() throws Exception {
        try (Connection connection = DriverManager.getConnection(env("PROGRAMS_DB_URL"), env("PROGRAMS_DB_USER"), env("PROGRAMS_DB_PASSWORD"));
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT count(*) FROM outbox_event")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    // --- single upserts ------------------------------------------------------------------------------------------

    /** Each PUT changes the title of an activity of the run (an update with its revision and event). */
    private static void upserts(int warmup, int count, String run) throws Exception {
        String token = BenchToken.admin();
        double[] ms = new double[count];
        int errors = 0;
        for (int i = 0; i < warmup + count; i++) {
            int line = 1 + i % 5000;
            String body = JSON.writeValueAsString(ActivityLines.body(run, line, i + 1));
            HttpRequest request = HttpRequest.newBuilder(URI.create(base() + "/v1/activities/by-external-id/"
                            + ActivityLines.externalId(run, line)))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(body)).build();
            long t0 = System.nanoTime();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            double elapsed = (System.nanoTime() - t0) / 1e6;
            if (response.statusCode() != 200 && response.statusCode() != 201) {
                errors++;
                if (errors == 1) {
                    System.out.println("first error: " + response.statusCode() + " " + response.body());
                }
            }
            if (i >= warmup) {
                ms[i - warmup] = elapsed;
            }
        }
        Arrays.sort(ms);
        System.out.printf("upserts: %d sequential PUT by external id (after %d warm-up), each an update: p50 %.2f ms, p99 %.2f ms, "
                + "max %.2f ms, errors %d%n", count, warmup, pct(ms, 50), pct(ms, 99), ms[ms.length - 1], errors);
        System.out.printf("p50=%.2f%np99=%.2f%nerrors=%d%n", pct(ms, 50), pct(ms, 99), errors);
    }

    private static double pct(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
    }
}
