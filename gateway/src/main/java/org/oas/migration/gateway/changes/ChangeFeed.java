package org.oas.migration.gateway.changes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.utils.Utils;
import org.oas.migration.gateway.config.GatewayConfig;

/**
 * Reads the contexts' topics for one request at a time: a consumer with no group (assign and seek, nothing
 * committed), so the position lives only in the reader's cursor and a portal offline for a week resumes where it
 * stopped (within the topics' retention).
 */
@ApplicationScoped
public class ChangeFeed {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration POLL = Duration.ofMillis(200);

    private final GatewayConfig.Changes config;

    ChangeFeed(GatewayConfig config) {
        this.config = config.changes();
    }

    /** Up to `limit` matching changes after the cursor, in per-partition order; stops early when caught up or out of time. */
    public ChangePage read(Cursor cursor, ChangeFilter filter, int limit) {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            Map<TopicPartition, Long> next = assign(consumer, cursor, filter, false);
            Map<TopicPartition, Long> ends = consumer.endOffsets(next.keySet(), config.kafkaTimeout());
            List<Change> items = new ArrayList<>();
            long deadline = System.nanoTime() + config.pageBudget().toNanos();
            while (items.size() < limit && behind(next, ends) && System.nanoTime() < deadline) {
                ConsumerRecords<String, byte[]> records = consumer.poll(POLL);
                outer:
                for (TopicPartition partition : records.partitions()) {
                    for (ConsumerRecord<String, byte[]> record : records.records(partition)) {
                        if (items.size() >= limit) {
                            break outer;
                        }
                        next.put(partition, record.offset() + 1);
                        if (accepts(filter, record)) {
                            items.add(change(record));
                        }
                    }
                }
            }
            return new ChangePage(items, cursor.with(next).encode());
        } catch (KafkaException e) {
            throw new FeedUnavailableException(e);
        }
    }

    /** What a live reader is told while it follows the feed. */
    public interface Follower {
        /** False once the reader is gone: following stops. */
        boolean open();

        /** Positioned in every partition: whatever is published from now on will be delivered. */
        void following();

        /** One matching change, and the cursor just after it. */
        void change(Change change, String cursor);

        /** A poll found nothing (the moment for a heartbeat). */
        void quiet();
    }

    /**
     * Follows the feed for as long as the follower is open. Without a cursor, it starts at the current end of every
     * partition (live: only what is published from now on); with one, where the cursor stands.
     */
    public void follow(Cursor cursor, ChangeFilter filter, Follower follower) {
        Cursor position = cursor == null ? Cursor.start() : cursor;
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            Map<TopicPartition, Long> next = assign(consumer, position, filter, cursor == null);
            // The end offsets are fixed by now: whatever is published after this point is read.
            follower.following();
            while (follower.open()) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
                if (records.isEmpty()) {
                    follower.quiet();
                    continue;
                }
                for (TopicPartition partition : records.partitions()) {
                    for (ConsumerRecord<String, byte[]> record : records.records(partition)) {
                        next.put(partition, record.offset() + 1);
                        if (accepts(filter, record)) {
                            follower.change(change(record), position.with(next).encode());
                        }
                    }
                }
            }
        } catch (KafkaException e) {
            throw new FeedUnavailableException(e);
        }
    }

    /**
     * Assigns the partitions worth reading and seeks each to the cursor's position (else its beginning, or its end when
     * `fromEnd`); returns those positions. With a subject, only the partition its key hashes to in each topic: services
     * key every event by its subject, with Kafka's default partitioner.
     */
    private Map<TopicPartition, Long> assign(KafkaConsumer<String, byte[]> consumer, Cursor cursor, ChangeFilter filter, boolean fromEnd) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : config.topics()) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, config.kafkaTimeout());
            if (infos == null || infos.isEmpty()) {
                continue;
            }
            if (filter.subject() != null) {
                partitions.add(new TopicPartition(topic, partitionOf(filter.subject(), infos.size())));
            } else {
                infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            }
        }
        consumer.assign(partitions);
        Map<TopicPartition, Long> known = new HashMap<>();
        List<TopicPartition> unknown = new ArrayList<>();
        for (TopicPartition partition : partitions) {
            Long position = cursor.position(partition);
            if (position != null) {
                known.put(partition, position);
            } else {
                unknown.add(partition);
            }
        }
        Map<TopicPartition, Long> positions = new HashMap<>(known);
        if (!unknown.isEmpty()) {
            positions.putAll(fromEnd ? consumer.endOffsets(unknown, config.kafkaTimeout())
                    : consumer.beginningOffsets(unknown, config.kafkaTimeout()));
        }
        positions.forEach(consumer::seek);
        return positions;
    }

    private static boolean behind(Map<TopicPartition, Long> next, Map<TopicPartition, Long> ends) {
        return next.entrySet().stream().anyMatch(e -> e.getValue() < ends.getOrDefault(e.getKey(), 0L));
    }

    /** Kafka's default partitioner for a non-null String key. */
    static int partitionOf(String key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    /** Decided on the headers alone: the value is only parsed for the changes returned. */
    private static boolean accepts(ChangeFilter filter, ConsumerRecord<String, byte[]> record) {
        return filter.accepts(header(record, "ce_type"), subject(record));
    }

    private static String subject(ConsumerRecord<String, byte[]> record) {
        String subject = header(record, "ce_subject");
        return subject != null ? subject : record.key();
    }

    private static Change change(ConsumerRecord<String, byte[]> record) {
        return new Change(header(record, "ce_id"), header(record, "ce_type"), header(record, "ce_source"),
                subject(record), header(record, "ce_time"), data(record.value()));
    }

    private static JsonNode data(byte[] value) {
        if (value == null) {
            return null;
        }
        try {
            return JSON.readTree(value);
        } catch (IOException e) {
            // Not JSON (a producer outside the conventions): still delivered, as text.
            return TextNode.valueOf(new String(value, StandardCharsets.UTF_8));
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private KafkaConsumer<String, byte[]> consumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "1000");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "gateway-changes");
        int timeout = (int) config.kafkaTimeout().toMillis();
        props.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, Integer.toString(timeout));
        props.put(ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, Integer.toString(timeout));
        return new KafkaConsumer<>(props);
    }

    /** Kafka could not be reached in time: the feed answers 503, the rest of the gateway is unaffected. */
    public static final class FeedUnavailableException extends RuntimeException {
        FeedUnavailableException(Throwable cause) {
            super("The change feed is not reachable", cause);
        }
    }
}
