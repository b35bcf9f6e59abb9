package org.oas.migration.deploy.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A consumer thread that notes, by an id taken from each record, the {@link System#nanoTime()} the record
 * reached this JVM. Assigned at the end of every partition before {@link #start()} returns, so nothing sent
 * afterwards is missed and nothing older is counted.
 */
final class ArrivalRecorder implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    /** Maps a record to the id it is filed under, or null to skip it. */
    private final Function<ConsumerRecord<String, byte[]>, String> idOf;
    private final Map<String, Long> arrivals = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    ArrivalRecorder(String bootstrapServers, String topic, Function<ConsumerRecord<String, byte[]>, String> idOf) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        this.consumer = new KafkaConsumer<>(props);
        this.idOf = idOf;
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolves the lazy seek now, before anything is sent
        this.thread = new Thread(this::poll, "arrivals-" + topic);
    }

    ArrivalRecorder start() {
        thread.start();
        return this;
    }

    Long arrival(String id) {
        return arrivals.get(id);
    }

    private void poll() {
        while (running) {
            var records = consumer.poll(Duration.ofMillis(100));
            long now = System.nanoTime(); // when poll returned: the moment the records reached the application
            for (ConsumerRecord<String, byte[]> record : records) {
                String id = idOf.apply(record);
                if (id != null) {
                    arrivals.putIfAbsent(id, now);
                }
            }
        }
        consumer.close(Duration.ofSeconds(5));
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(10_000);
    }
}
