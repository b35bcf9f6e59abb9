package org.oas.migration.platform.inbox;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;
import org.oas.migration.platform.outbox.TraceContext;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;

/**
 * Consumes CloudEvents from Kafka topics and applies each in its own transaction, recorded in the inbox by
 * {@code ce_id}: a redelivered event (at-least-once delivery, a rebalance, a replay) is skipped. Offsets are
 * committed after the events are applied, so a crash means redelivery, never loss. A failing event is retried
 * (not skipped), which keeps a resource's events in order.
 */
public final class InboxConsumer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(InboxConsumer.class);

    private final String name;
    private final EventInbox inbox;
    private final EventHandler handler;
    private final KafkaConsumer<String, CloudEvent> consumer;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final java.util.concurrent.atomic.AtomicLong seen = new java.util.concurrent.atomic.AtomicLong();
    private final Thread worker;
    private volatile Tracer tracer = OpenTelemetry.noop().getTracer("inbox");

    /**
     * @param name the consumer's name: its Kafka group id and its inbox key
     */
    public InboxConsumer(String name, String bootstrapServers, Collection<String> topics, EventInbox inbox, EventHandler handler) {
        this(name, name, bootstrapServers, topics, inbox, handler);
    }

    /** With a Kafka group of its own, e.g. to replay a topic from the start into the same inbox. */
    public InboxConsumer(String name, String groupId, String bootstrapServers, Collection<String> topics, EventInbox inbox,
                         EventHandler handler) {
        this.name = name;
        this.inbox = inbox;
        this.handler = handler;
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, CloudEventDeserializer.class.getName());
        props.put(ConsumerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "1000");
        consumer = new KafkaConsumer<>(props);
        consumer.subscribe(List.copyOf(topics));
        worker = new Thread(this::run, "inbox-" + name);
        worker.setDaemon(true);
    }

    /** Each applied event in a consumer span, child of the context its record carries (the writer's request). */
    public InboxConsumer tracedBy(Tracer tracer) {
        this.tracer = tracer;
        return this;
    }

    public InboxConsumer start() {
        worker.start();
        return this;
    }

    private void run() {
        try {
            while (running.get()) {
                ConsumerRecords<String, CloudEvent> records = consumer.poll(Duration.ofMillis(500));
                for (ConsumerRecord<String, CloudEvent> record : records) {
                    applyWithRetry(record);
                    seen.incrementAndGet();
                }
                if (!records.isEmpty()) {
                    consumer.commitSync();
                }
            }
        } catch (WakeupException e) {
            if (running.get()) {
                throw e;
            }
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void applyWithRetry(ConsumerRecord<String, CloudEvent> record) {
        long backoff = 200;
        while (running.get()) {
            try {
                applyTraced(record);
                return;
            } catch (RuntimeException e) {
                LOG.warnf("Consumer %s could not apply event %s (%s); retrying in %d ms", name,
                        record.value() == null ? "?" : record.value().getId(), e.getMessage(), backoff);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoff = Math.min(backoff * 2, 5_000);
            }
        }
    }

    private void applyTraced(ConsumerRecord<String, CloudEvent> record) {
        Span span = tracer.spanBuilder(record.topic() + " process")
                .setParent(TraceContext.of(record.headers()))
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.consumer.group.name", name)
                .setAttribute("messaging.message.id", record.value() == null ? "" : record.value().getId())
                .startSpan();
        try (Scope ignored = span.makeCurrent()) {
            LOG.debugf("Consumer %s applies event %s", name, record.value() == null ? "?" : record.value().getId());
            apply(record.value());
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR);
            throw e;
        } finally {
            span.end();
        }
    }

    private void apply(CloudEvent event) {
        if (event == null) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            if (inbox.firstDelivery(name, event.getId())) {
                handler.handle(event);
            }
        });
    }

    /** The name it consumes under (its Kafka group id and inbox key). */
    public String name() {
        return name;
    }

    /**
     * Records behind the end of its partitions at the last fetch (the Kafka client's records-lag-max; 0 before the
     * first one).
     */
    public double lag() {
        for (var entry : consumer.metrics().entrySet()) {
            if (entry.getKey().name().equals("records-lag-max")
                    && entry.getKey().group().equals("consumer-fetch-manager-metrics")
                    && !entry.getKey().tags().containsKey("topic")) {
                Object value = entry.getValue().metricValue();
                return value instanceof Number n && !Double.isNaN(n.doubleValue()) ? Math.max(0, n.doubleValue()) : 0;
            }
        }
        return 0;
    }

    /** Records handled so far (applied or skipped as duplicates). */
    public long recordsSeen() {
        return seen.get();
    }

    @Override
    public void close() {
        running.set(false);
        consumer.wakeup();
        try {
            worker.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
