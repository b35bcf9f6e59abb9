package org.oas.migration.platform.testing;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes CloudEvents (binary mode) as another context would, to test a service's consumers. */
public final class EventWriter implements AutoCloseable {

    private final KafkaProducer<String, String> producer;

    public EventWriter() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedInfrastructure.current().kafka().bootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(props);
    }

    /** Sends one event and waits for the broker's acknowledgement; returns its id. */
    public String publish(String topic, String type, String subject, String json) {
        String id = UUID.randomUUID().toString();
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, subject, json);
        header(record, "ce_id", id);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_type", type);
        header(record, "ce_source", "/tests");
        header(record, "ce_subject", subject);
        header(record, "ce_time", OffsetDateTime.now().toString());
        header(record, "content-type", "application/json");
        try {
            producer.send(record).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("Could not publish a test event", e);
        }
        return id;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public void close() {
        producer.close();
    }
}
