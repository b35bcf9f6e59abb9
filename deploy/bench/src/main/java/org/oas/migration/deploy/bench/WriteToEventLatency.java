package org.oas.migration.deploy.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
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
 * Not both at once (on a small machine they would compete for the same cores) but in alternating rounds, so a
 * machine whose speed drifts during the run weighs on both alike; the percentiles are over all measured rounds.
 * Usage: WriteToEventLatency [rate/s] [service warm-up s] [measured s per side] [rounds]; addresses from stack.env.
 */
public final class WriteToEventLatency {

    private static final String PERSON_CREATED = "org.oas.migration.person.created";
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(30);
    private static final int KAFKA_WARMUP_SECONDS = 5;

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int measured = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        int perRound = rate * measured / rounds;
        System.out.printf("open loop: %d sends/s; warm-up %d s service, %d s Kafka (not counted); then %d rounds of"
                + " %.1f s service, %.1f s Kafka%n", rate, warmup, KAFKA_WARMUP_SECONDS, rounds, perRound / (double) rate,
                perRound / (double) rate);
        String bootstrapServers = Api.env("KAFKA_BOOTSTRAP_SERVERS");
        List<Phase> service = new ArrayList<>();
        List<Phase> kafka = new ArrayList<>();
        try (ServiceSide serviceSide = new ServiceSide(bootstrapServers, rate);
             KafkaSide kafkaSide = new KafkaSide(bootstrapServers, rate)) {
            serviceSide.run(rate * warmup);
            kafkaSide.run(rate * KAFKA_WARMUP_SECONDS);
            for (int round = 1; round <= rounds; round++) {
                service.add(serviceSide.run(perRound));
                kafka.add(kafkaSide.run(perRound));
                System.out.printf("round %d   p99 service %.1f ms, Kafka %.1f ms%n", round,
                        service.get(round - 1).latencies.percentileMillis(99), kafka.get(round - 1).latencies.percentileMillis(99));
            }
        }
        Phase serviceAll = Phase.merge(service);
        Phase kafkaAll = Phase.merge(kafka);
        System.out.println("service  POST /v1/people -> person.created consumed:  " + serviceAll);
        System.out.println("kafka    produce (acks=all) -> consumed:              " + kafkaAll);
        double ratio = serviceAll.latencies.percentileMillis(99) / kafkaAll.latencies.percentileMillis(99);
        System.out.printf("ratio    p99 service / p99 kafka = %.2fx   (goal <= 3x: %s)%n", ratio, ratio <= 3 ? "MET" : "NOT MET");
        if (serviceAll.failures > 0 || serviceAll.missing > 0 || kafkaAll.failures > 0 || kafkaAll.missing > 0) {
            System.exit(1);
        }
    }

    /** One side of the comparison: sends at the rate, in an open loop, and times each send until its record arrives. */
    private abstract static class Side implements AutoCloseable {

        private final int rate;
        private final ArrivalRecorder arrivals;
        /** Sends that failed since the last {@link #run}. */
        final AtomicInteger failures = new AtomicInteger();
        private int next;

        Side(int rate, ArrivalRecorder arrivals) {
            this.rate = rate;
            this.arrivals = arrivals.start();
        }

        /** Starts send {@code i} without blocking; returns when it was sent. */
        abstract long send(int i);

        /** The id send {@code i}'s record arrives under, once known (null while unknown or failed). */
        abstract String idOf(int i);

        /** Waits for the outstanding sends to finish (not for their records). */
        abstract void settle() throws Exception;

        Phase run(int sends) throws Exception {
            int first = next;
            next += sends;
            long[] sentAt = new long[sends];
            double lag = OpenLoop.run(rate, sends, i -> sentAt[i] = send(first + i));
            settle();
            return collect(first, sentAt, lag);
        }

        /** Waits (bounded) for the sends' records, then turns them into latencies. */
        private Phase collect(int first, long[] sentAt, double lag) throws InterruptedException {
            long deadline = System.nanoTime() + DRAIN_TIMEOUT.toNanos();
            long[] latencies = new long[sentAt.length];
            int found = 0;
            int missing = 0;
            for (int i = 0; i < sentAt.length; i++) {
                String id = idOf(first + i);
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
            return new Phase(new Latencies(Arrays.copyOf(latencies, found)), failures.getAndSet(0), missing, lag);
        }

        @Override
        public void close() throws Exception {
            arrivals.close();
        }
    }

    private static final class ServiceSide extends Side {

        private final ExecutorService pool = Executors.newFixedThreadPool(4);
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(pool).build();
        private final Api api = Api.fromEnv(http);
        private final Map<Integer, String> ids = new ConcurrentHashMap<>();
        private final List<CompletableFuture<?>> outstanding = new ArrayList<>();

        ServiceSide(String bootstrapServers, int rate) throws Exception {
            super(rate, new ArrivalRecorder(bootstrapServers, BenchStack.EVENTS_TOPIC, WriteToEventLatency::createdPersonId));
            api.token(); // before any clock starts
        }

        @Override
        long send(int i) {
            HttpRequest request = post(api, i); // built before the send time is taken
            long sentAt = System.nanoTime();
            outstanding.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                    .thenAccept(response -> ids.put(i, personId(response)))
                    .exceptionally(e -> {
                        failures.incrementAndGet();
                        System.err.println("POST /v1/people #" + i + ": " + e.getMessage());
                        return null;
                    }));
            return sentAt;
        }

        @Override
        String idOf(int i) {
            return ids.get(i);
        }

        @Override
        void settle() throws Exception {
            CompletableFuture.allOf(outstanding.toArray(CompletableFuture[]::new)).get(DRAIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            outstanding.clear();
        }

        @Override
        public void close() throws Exception {
            super.close();
            pool.shutdownNow();
        }
    }

    private static final class KafkaSide extends Side {

        private final String run = Long.toHexString(System.nanoTime()) + "-"; // keys unique to this run
        private final byte[] payload = new byte[400]; // about the size of a person.created value
        private final KafkaProducer<String, byte[]> producer;

        KafkaSide(String bootstrapServers, int rate) {
            super(rate, new ArrivalRecorder(bootstrapServers, BenchStack.BENCH_TOPIC, ConsumerRecord::key));
            // Same partitioning and acks as the service's relay, and its linger.ms=1, so only the service's own
            // path (transaction, outbox, relay wake-up) separates the two figures.
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.LINGER_MS_CONFIG, "1");
            props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
            Arrays.fill(payload, (byte) 'x');
            producer = new KafkaProducer<>(props);
            producer.partitionsFor(BenchStack.BENCH_TOPIC); // metadata fetched before any clock starts
        }

        @Override
        long send(int i) {
            long sentAt = System.nanoTime();
            producer.send(new ProducerRecord<>(BenchStack.BENCH_TOPIC, run + i, payload), (metadata, e) -> {
                if (e != null) {
                    failures.incrementAndGet();
                }
            });
            return sentAt;
        }

        @Override
        String idOf(int i) {
            return run + i;
        }

        @Override
        void settle() {
            producer.flush();
        }

        @Override
        public void close() throws Exception {
            super.close();
            producer.close();
        }
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

    private record Phase(Latencies latencies, int failures, int missing, double worstLagMillis) {

        static Phase merge(List<Phase> phases) {
            long[] all = phases.stream().flatMapToLong(p -> LongStream.of(p.latencies.nanos())).toArray();
            return new Phase(new Latencies(all), phases.stream().mapToInt(Phase::failures).sum(),
                    phases.stream().mapToInt(Phase::missing).sum(),
                    phases.stream().mapToDouble(Phase::worstLagMillis).max().orElse(0));
        }

        @Override
        public String toString() {
            return String.format("%s  (errors %d, missing %d, worst send lag %.1f ms)",
                    latencies.summary(), failures, missing, worstLagMillis);
        }
    }
}
