package org.oas.migration.platform.outbox;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/** Sends outbox rows as CloudEvents 1.0 in binary mode, keyed by resource id, with an idempotent producer. */
final class CloudEventPublisher implements AutoCloseable {

    private final KafkaProducer<String, CloudEvent> producer;

    CloudEventPublisher(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "1");
        // A broker outage must fail a batch in seconds (it stays in the outbox and is retried), not block the relay.
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "15000");
        props.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "1000");
        producer = new KafkaProducer<>(props);
    }

    /** Sends a batch in order and waits until every event is acknowledged by all in-sync replicas. */
    void publish(List<PendingEvent> events) throws ExecutionException, InterruptedException {
        List<Future<RecordMetadata>> acks = new ArrayList<>(events.size());
        for (PendingEvent event : events) {
            ProducerRecord<String, CloudEvent> record = new ProducerRecord<>(event.topic(), event.key(), toCloudEvent(event));
            if (event.traceparent() != null) {
                // W3C Trace Context on the record itself (what Kafka tracing instrumentation reads), beside the
                // CloudEvents distributed-tracing attribute (ce_traceparent in binary mode).
                record.headers().add(TraceContext.TRACEPARENT, event.traceparent().getBytes(StandardCharsets.UTF_8));
            }
            acks.add(producer.send(record));
        }
        for (Future<RecordMetadata> ack : acks) {
            ack.get();
        }
    }

    private static CloudEvent toCloudEvent(PendingEvent event) {
        CloudEventBuilder builder = CloudEventBuilder.v1();
        if (event.traceparent() != null) {
            builder.withExtension(TraceContext.TRACEPARENT, event.traceparent());
        }
        return builder
                .withId(event.eventId().toString())
                .withSource(URI.create(event.source()))
                .withType(event.type())
                .withSubject(event.subject())
                .withTime(event.createdAt())
                .withDataContentType("application/json")
                .withData(event.payload().getBytes(StandardCharsets.UTF_8))
                .build();
    }

    @Override
    public void close() {
        producer.close(java.time.Duration.ofSeconds(5));
    }
}
