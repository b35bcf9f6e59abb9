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
                apply(record.value());
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
