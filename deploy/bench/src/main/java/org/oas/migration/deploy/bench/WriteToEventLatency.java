package org.oas.migration.deploy.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Write-to-event latency of organizations-service ({@code POST /v1/people} sent until its
 * {@code person.created} CloudEvent is consumed) beside Kafka's own produce-to-consume latency at the same rate.
 * Usage: WriteToEventLatency [rate/s] [warm-up s] [measured s]; service and Kafka addresses from stack.env.
 */
public final class WriteToEventLatency {

    private static final String PERSON_CREATED = "org.oas.migration.person.created";
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(30);

    private final int rate;
    private final int warmupCount;
    private final int total;
    private final String bootstrapServers = Api.env("KAFKA_BOOTSTRAP_SERVERS");

    private WriteToEventLatency(int rate, int warmupSeconds, int measuredSeconds) {
        this.rate = rate;
        this.warmupCount = rate * warmupSeconds;
        this.total = rate * (warmupSeconds + measuredSeconds);
    }

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int measured = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        WriteToEventLatency bench = new WriteToEventLatency(rate, warmup, measured);
        System.out.printf("open loop: %d sends/s, %d s warm-up (not counted) + %d s measured%n", rate, warmup, measured);
        // One after the other, not together: on a small machine they would compete for the same cores.
        Result service = bench.service();
        System.out.println("service  POST /v1/people -> person.created consumed:  " + service);
        Result kafka = bench.kafka();
        System.out.println("kafka    produce (acks=all) -> consumed:              " + kafka);
        double ratio = service.latencies.percentileMillis(99) / kafka.latencies.percentileMillis(99);
        System.out.printf("ratio    p99 service / p99 kafka = %.2fx   (goal <= 3x: %s)%n", ratio, ratio <= 3 ? "MET" : "NOT MET");
        if (service.failures > 0 || service.missing > 0 || kafka.failures > 0 || kafka.missing > 0) {
            System.exit(1);
        }
    }

    private Result service() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (ArrivalRecorder events = new ArrivalRecorder(bootstrapServers, BenchStack.EVENTS_TOPIC,
                WriteToEventLatency::createdPersonId).start()) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(pool).build();
            Api api = Api.fromEnv(http);
            api.token(); // before the clock starts
            long[] sentAt = new long[total];
            String[] ids = new String[total];
            AtomicInteger failures = new AtomicInteger();
            CompletableFuture<?>[] responses = new CompletableFuture<?>[total];
            double lag = OpenLoop.run(rate, duration(), i -> {
                HttpRequest request = post(api, i); // built before the send time is taken
                sentAt[i] = System.nanoTime();
                responses[i] = http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                        .thenAccept(response -> ids[i] = personId(response))
                        .exceptionally(e -> {
                            failures.incrementAndGet();
                            System.err.println("POST /v1/people #" + i + ": " + e.getMessage());
                            return null;
                        });
            });
            CompletableFuture.allOf(responses).get(DRAIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            return collect(sentAt, i -> ids[i], events, failures.get(), lag);
        } finally {
            pool.shutdownNow();
        }
    }

    private Result kafka() throws Exception {
        // Same partitioning and acks as the service's relay, and its linger.ms=1, so only the service's own
        // path (transaction, outbox, relay wake-up) separates the two figures.
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "1");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        String run = Long.toHexString(System.nanoTime()) + "-"; // keys unique to this run
        byte[] payload = new byte[400]; // about the size of a person.created value
        Arrays.fill(payload, (byte) 'x');
        try (ArrivalRecorder arrivals = new ArrivalRecorder(bootstrapServers, BenchStack.BENCH_TOPIC, ConsumerRecord::key).start();
             KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props)) {
            producer.partitionsFor(BenchStack.BENCH_TOPIC); // metadata fetched before the clock starts
            long[] sentAt = new long[total];
            AtomicInteger failures = new AtomicInteger();
            double lag = OpenLoop.run(rate, duration(), i -> {
                sentAt[i] = System.nanoTime();
                producer.send(new ProducerRecord<>(BenchStack.BENCH_TOPIC, run + i, payload), (metadata, e) -> {
                    if (e != null) {
                        failures.incrementAndGet();
                    }
                });
            });
            producer.flush();
            return collect(sentAt, i -> run + i, arrivals, failures.get(), lag);
        }
    }

    /** Waits (bounded) for the measured sends' records, then turns them into latencies. */
    private Result collect(long[] sentAt, IntFunction<String> idOf, ArrivalRecorder arrivals, int failures, double lag)
            throws InterruptedException {
        long deadline = System.nanoTime() + DRAIN_TIMEOUT.toNanos();
        long[] latencies = new long[total - warmupCount];
        int found = 0;
        int missing = 0;
        for (int i = warmupCount; i < total; i++) {
            String id = idOf.apply(i);
            Long arrival = id == null ? null : arrivals.arrival(id);
            while (id != null && arrival == null && System.nanoTime() < deadline) {
                Thread.sleep(10);
                arrival = arrivals.arrival(id);
            }
            if (arrival == null) {
                missing++;
            } else {
                latencies[found++] = arrival - sentAt[i];
            }
        }
        return new Result(new Latencies(Arrays.copyOf(latencies, found)), failures, missing, lag);
    }

    private Duration duration() {
        return Duration.ofSeconds(total / rate);
    }

    private static HttpRequest post(Api api, int i) {
        try {
            return api.json("POST", "/v1/people", Map.of("name", "Bench person " + i));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String personId(HttpResponse<String> response) {
        try {
            return Api.expect(201, response, "POST /v1/people").get("id").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The person id (ce_subject) of a person.created CloudEvent, or null for any other event. */
    private static String createdPersonId(ConsumerRecord<String, byte[]> record) {
        return PERSON_CREATED.equals(header(record, "ce_type")) ? header(record, "ce_subject") : null;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private record Result(Latencies latencies, int failures, int missing, double worstLagMillis) {
        @Override
        public String toString() {
            return String.format("%s  (errors %d, missing %d, worst send lag %.1f ms)",
                    latencies.summary(), failures, missing, worstLagMillis);
        }
    }
}
