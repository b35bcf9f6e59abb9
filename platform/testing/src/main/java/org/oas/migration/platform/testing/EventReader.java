package org.oas.migration.platform.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic from the beginning, as a stranger would, to check the events a service published. */
public final class EventReader implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    public EventReader(String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedInfrastructure.current().kafka().bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumer = new KafkaConsumer<>(props);
        consumer.subscribe(List.of(topic));
    }

    /** The first event matching, polling until the deadline; fails the test if none arrives. */
    public ConsumerRecord<String, String> await(Predicate<ConsumerRecord<String, String>> match, Duration timeout) {
        List<ConsumerRecord<String, String>> found = awaitCount(match, 1, timeout);
        return found.get(0);
    }

    /** Polls until {@code count} matching events were seen (or the deadline passes) and returns all matches. */
    public List<ConsumerRecord<String, String>> awaitCount(Predicate<ConsumerRecord<String, String>> match, int count,
                                                           Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            List<ConsumerRecord<String, String>> matches = seen.stream().filter(match).toList();
            if (matches.size() >= count) {
                return matches;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Expected " + count + " matching events within " + timeout + ", saw "
                        + matches.size() + " (of " + seen.size() + " on the topic)");
            }
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        }
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public static Predicate<ConsumerRecord<String, String>> typeAndSubject(String type, String subject) {
        return r -> type.equals(header(r, "ce_type")) && subject.equals(header(r, "ce_subject"));
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(2));
    }
}
