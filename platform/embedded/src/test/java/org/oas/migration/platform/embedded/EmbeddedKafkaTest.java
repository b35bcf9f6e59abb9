package org.oas.migration.platform.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EmbeddedKafkaTest {

    private static final String TOPIC = "embedded-test";
    private Path workDir;

    @BeforeEach
    void createWorkDir() throws Exception {
        workDir = Files.createTempDirectory("oas-embedded-kafka-");
    }

    @AfterEach
    void cleanUp() {
        WorkDirs.deleteRecursively(workDir);
        assertFalse(Files.exists(workDir));
        ProcessChecks.assertNoChildProcesses();
    }

    @Test
    void producesAndConsumesAcrossRestart() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.builder().workDir(workDir).build()) {
            long t0 = System.nanoTime();
            kafka.start();
            System.out.printf("Kafka first start (format + start): %d ms%n", millisSince(t0));
            assertTrue(kafka.isRunning());
            kafka.createTopics(2, TOPIC);
            kafka.createTopics(2, TOPIC); // idempotent
            produce(kafka, "first");
            assertEquals(List.of("first"), consume(kafka, "group-1", 1));

            ProcessHandle firstProcess = kafka.processHandle().orElseThrow();
            long t1 = System.nanoTime();
            kafka.stop();
            System.out.printf("Kafka stop: %d ms%n", millisSince(t1));
            assertFalse(kafka.isRunning());
            ProcessChecks.assertGone(firstProcess);
            ProcessChecks.assertNoChildProcesses();

            long t2 = System.nanoTime();
            kafka.start();
            System.out.printf("Kafka restart: %d ms%n", millisSince(t2));
            produce(kafka, "second");
            // A new group reads from the start: the record from before the restart survived.
            assertEquals(List.of("first", "second"), consume(kafka, "group-2", 2));
        }
    }

    private static void produce(EmbeddedKafka kafka, String value) throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer =
                     new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            // Same key: same partition, so the order is kept.
            producer.send(new ProducerRecord<>(TOPIC, "key", value)).get(30, TimeUnit.SECONDS);
        }
    }

    private static List<String> consume(EmbeddedKafka kafka, String group, int expected) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> values = new ArrayList<>();
        Deadline deadline = Deadline.after(Duration.ofSeconds(60));
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            while (values.size() < expected && !deadline.expired()) {
                for (ConsumerRecord<String, String> record : consumer.poll(deadline.step(Duration.ofSeconds(1)))) {
                    values.add(record.value());
                }
            }
        }
        return values;
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
