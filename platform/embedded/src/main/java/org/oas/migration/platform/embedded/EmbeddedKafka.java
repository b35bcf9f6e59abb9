package org.oas.migration.platform.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * A real single-node Kafka (KRaft, combined broker and controller) on 127.0.0.1.
 * It runs in its own JVM from the jars of platform/kafka-runtime, whose Scala and Jackson
 * versions would clash with the caller's classpath.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final String HOST = "127.0.0.1";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    /** Small heap, and a single-threaded GC for a small local machine. */
    private static final List<String> JVM_OPTIONS = List.of("-Xmx512m", "-Xms64m", "-XX:+UseSerialGC",
            "-Djava.awt.headless=true", "-Dorg.slf4j.simpleLogger.showDateTime=true");

    private final Path workDir;
    private final Path dataDir;
    private final Path configFile;
    private final Path logFile;
    private final Path pidFile;
    private final Path libDir;
    private final int port;
    private final int controllerPort;
    private ManagedProcess process;

    private EmbeddedKafka(Path workDir, Path libDir, int port, int controllerPort) {
        this.workDir = workDir;
        this.dataDir = workDir.resolve("data");
        this.configFile = workDir.resolve("server.properties");
        this.logFile = workDir.resolve("kafka.log");
        this.pidFile = workDir.resolve("kafka.pid");
        this.libDir = libDir;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Formats the storage on first use, starts the broker and waits until it answers describeCluster. */
    public synchronized EmbeddedKafka start() {
        if (isRunning()) {
            return this;
        }
        try {
            Files.createDirectories(workDir);
            ManagedProcess.stopLeftover(pidFile, configFile.toString(), "TERM", STOP_TIMEOUT);
            ManagedProcess.requireFreePort("Kafka", port);
            ManagedProcess.requireFreePort("Kafka controller", controllerPort);
            Files.writeString(configFile, serverProperties(), StandardCharsets.UTF_8);
            if (!Files.exists(dataDir.resolve("meta.properties"))) {
                // Static controller.quorum.voters: no --standalone, and the ports may change between runs.
                ManagedProcess.run("kafka-storage-format",
                        java("-Xmx256m", "kafka.tools.StorageTool", "format",
                                "-t", Uuid.randomUuid().toString(), "-c", configFile.toString()),
                        workDir, workDir.resolve("kafka-format.log"), Map.of(), Duration.ofMinutes(2));
            }
            process = ManagedProcess.start("kafka", java(JVM_OPTIONS, "kafka.Kafka", configFile.toString()),
                    workDir, logFile, Map.of(), Process::destroy, STOP_TIMEOUT);
            // Lets a later start() stop this broker should this JVM die without its shutdown hooks.
            Files.writeString(pidFile, process.handle().pid() + "\n");
            awaitReady();
            return this;
        } catch (IOException e) {
            stop();
            throw new UncheckedIOException("Could not start Kafka in " + workDir, e);
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
    }

    /** SIGTERM (controlled shutdown), killed after a deadline; returns once the JVM is gone. Data is kept. */
    public synchronized void stop() {
        if (process != null) {
            process.stop();
            process = null;
        }
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    public String bootstrapServers() {
        return HOST + ":" + port;
    }

    public int port() {
        return port;
    }

    public int controllerPort() {
        return controllerPort;
    }

    /** Creates the topics that do not exist yet (replication factor 1). */
    public void createTopics(int partitions, String... names) {
        List<NewTopic> topics = Arrays.stream(names).map(n -> new NewTopic(n, partitions, (short) 1)).toList();
        try (Admin admin = admin()) {
            for (Map.Entry<String, KafkaFuture<Void>> result : admin.createTopics(topics).values().entrySet()) {
                try {
                    result.getValue().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Could not create topic " + result.getKey(), e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Timed out creating topics " + Arrays.toString(names), e);
        }
    }

    public Path workDir() {
        return workDir;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path logFile() {
        return logFile;
    }

    /** The broker JVM while running (for diagnostics and tests). */
    public synchronized Optional<ProcessHandle> processHandle() {
        return isRunning() ? Optional.of(process.handle()) : Optional.empty();
    }

    @Override
    public void close() {
        stop();
    }

    private String serverProperties() {
        return String.join("\n",
                "# Written by EmbeddedKafka on every start.",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@" + HOST + ":" + controllerPort,
                "listeners=PLAINTEXT://" + HOST + ":" + port + ",CONTROLLER://" + HOST + ":" + controllerPort,
                "advertised.listeners=PLAINTEXT://" + HOST + ":" + port,
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "log.dirs=" + dataDir,
                "num.partitions=1",
                "auto.create.topics.enable=true",
                "group.initial.rebalance.delay.ms=0",
                // A single node: every internal topic has one replica (and few partitions, to start fast).
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "transaction.state.log.num.partitions=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "");
    }

    private List<String> java(String option, String mainClass, String... args) {
        return java(List.of(option), mainClass, args);
    }

    /** The same java binary as this JVM, with the broker's own classpath (the launcher expands lib/*). */
    private List<String> java(List<String> options, String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.add("-cp");
        command.add(libDir.resolve("*").toString());
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }

    private void awaitReady() {
        Deadline deadline = Deadline.after(START_TIMEOUT);
        // Wait for the listener first: an Admin client polling a closed port only fills logs with warnings.
        while (!acceptsConnections()) {
            pauseOrFail(deadline, null);
        }
        try (Admin admin = admin()) {
            Exception last = null;
            while (true) {
                try {
                    if (!admin.describeCluster(new DescribeClusterOptions().timeoutMs(5000)).nodes()
                            .get(deadline.remaining().toMillis() + 1, TimeUnit.MILLISECONDS).isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    last = e;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for Kafka", e);
                }
                pauseOrFail(deadline, last);
            }
        }
    }

    private void pauseOrFail(Deadline deadline, Exception last) {
        if (!process.isAlive()) {
            throw new IllegalStateException("Kafka exited during startup with code " + process.exitValue()
                    + process.logTail());
        }
        if (deadline.expired()) {
            throw new IllegalStateException("Kafka not ready on " + bootstrapServers() + " after " + START_TIMEOUT
                    + process.logTail(), last);
        }
        process.awaitExit(deadline.step(Duration.ofMillis(100)));
    }

    private boolean acceptsConnections() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private Admin admin() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "30000");
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "embedded-kafka-admin");
        return Admin.create(props);
    }

    @Override
    public String toString() {
        return "EmbeddedKafka[" + bootstrapServers() + ", " + workDir + "]";
    }

    public static final class Builder {
        private Path workDir;
        private Path libDir;
        private int port;
        private int controllerPort;

        private Builder() {
        }

        /** Config, data and logs live below it; created if missing. */
        public Builder workDir(Path workDir) {
            this.workDir = workDir;
            return this;
        }

        /** 0 (default) picks a free port now, so restarts keep it. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** 0 (default) picks a free port now, so restarts keep it. */
        public Builder controllerPort(int controllerPort) {
            this.controllerPort = controllerPort;
            return this;
        }

        /** The broker's jars; by default -Doas.kafka.lib, $OAS_KAFKA_LIB or platform/kafka-runtime/target/lib. */
        public Builder libDir(Path libDir) {
            this.libDir = libDir;
            return this;
        }

        public EmbeddedKafka build() {
            Objects.requireNonNull(workDir, "workDir");
            int brokerPort = port != 0 ? port : FreePorts.find();
            if (controllerPort != 0 && controllerPort == brokerPort) {
                throw new IllegalArgumentException("port and controllerPort must differ: " + port);
            }
            int quorumPort = controllerPort;
            while (quorumPort == 0 || quorumPort == brokerPort) {
                quorumPort = FreePorts.find();
            }
            return new EmbeddedKafka(workDir.toAbsolutePath().normalize(),
                    libDir != null ? libDir.toAbsolutePath().normalize() : KafkaLib.locate(), brokerPort, quorumPort);
        }
    }
}
