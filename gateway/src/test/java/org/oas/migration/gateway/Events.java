package org.oas.migration.gateway;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes CloudEvents in binary mode, keyed by subject, as the services' outbox relays do. */
final class Events implements AutoCloseable {

    private final KafkaProducer<String, String> producer;

    Events() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, GatewayTestResource.bootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(props);
    }

    /** Sends and waits for the acknowledgement; returns the event id. */
    String publish(String topic, String type, String subject, String json) throws Exception {
        String id = UUID.randomUUID().toString();
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, subject, json);
        record.headers().add("ce_id", bytes(id)).add("ce_specversion", bytes("1.0")).add("ce_type", bytes(type))
                .add("ce_source", bytes("/tests")).add("ce_subject", bytes(subject))
                .add("ce_time", bytes(OffsetDateTime.now().toString())).add("content-type", bytes("application/json"));
        producer.send(record).get(30, TimeUnit.SECONDS);
        return id;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        producer.close();
    }
}
