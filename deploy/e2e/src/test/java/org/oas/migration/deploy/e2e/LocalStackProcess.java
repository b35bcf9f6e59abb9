package org.oas.migration.deploy.e2e;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.oas.migration.platform.embedded.FreePorts;
import org.oas.migration.platform.embedded.WorkDirs;

/**
 * The whole local stack (deploy/local's launcher: PostgreSQL, Kafka, every service jar) as a child process on free
 * ports and a temporary data dir, exactly as {@code deploy/local/up} runs it, with or without the seed data.
 */
final class LocalStackProcess implements AutoCloseable {

    private static final String READY = "OAS local stack is ready";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    /** Loading the seed is hundreds of writes, each waited for, on a machine the build keeps busy. */
    private static final Duration SEED_TIMEOUT = Duration.ofMinutes(6);

    /** Every port chosen so far: FreePorts finds a free port, not one nobody else was just given. */
    private final java.util.Set<Integer> chosen = new java.util.HashSet<>();
    final int replicas;
    final int gatewayPort = distinctPort();
    final int organizationsPort;
    final int meetingsPort;
    final int programsPort;
    final int postgresPort = distinctPort();
    final int kafkaPort;
    final Path dataDir;
    private final Path log;
    private final Process process;

    /** The stack without the seed data. */
    LocalStackProcess() throws IOException, InterruptedException {
        this(false);
    }

    /** @param seed whether the launcher loads deploy/local/seed (hundreds of writes, each with its event) */
    LocalStackProcess(boolean seed) throws IOException, InterruptedException {
        this(seed, 1);
    }

    /** @param replicas instances of each service (deploy/local/up --replicas): replica i on the ports + 100 i */
    LocalStackProcess(boolean seed, int replicas) throws IOException, InterruptedException {
        this.replicas = replicas;
        organizationsPort = replicaPorts();
        meetingsPort = replicaPorts();
        programsPort = replicaPorts();
        Path root = Path.of(System.getProperty("oas.repo.root", "../..")).toAbsolutePath().normalize();
        // PostgreSQL runs as 'nobody' under root: it must be able to get through to its dir below.
        dataDir = Files.createTempDirectory("oas-e2e-", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx--x--x")));
        log = dataDir.resolve("launcher.log");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path local = root.resolve("deploy/local/target");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx128m", "-XX:+UseSerialGC",
                "-Doas.repo.root=" + root, "-cp", local.resolve("classes") + ":" + local.resolve("lib") + "/*",
                "org.oas.migration.deploy.local.LocalStack", "--data-dir", dataDir.resolve("stack").toString(),
                "--replicas", Integer.toString(replicas)));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        kafkaPort = kafkaPort();
        builder.environment().putAll(Map.of(
                "GATEWAY_PORT", Integer.toString(gatewayPort), "ORGANIZATIONS_PORT", Integer.toString(organizationsPort),
                "MEETINGS_PORT", Integer.toString(meetingsPort), "PROGRAMS_PORT", Integer.toString(programsPort),
                "OAS_PG_PORT", Integer.toString(postgresPort), "OAS_KAFKA_PORT", Integer.toString(kafkaPort)));
        if (!seed) {
            builder.environment().put("OAS_SKIP_SEED", "1");
        }
        // The gateway's rate limits would answer the hostile-input sweep's thousands of requests with 429s instead of
        // reaching the checks under test (the limits have tests of their own in the gateway).
        for (String limit : List.of("RATE_ANONYMOUS", "BURST_ANONYMOUS", "RATE_CLIENT", "BURST_CLIENT", "RATE_ADDRESS",
                "BURST_ADDRESS", "RATE_TOKEN_CLIENT", "BURST_TOKEN_CLIENT", "RATE_TOKEN_ADDRESS", "BURST_TOKEN_ADDRESS")) {
            builder.environment().put("GATEWAY_" + limit, "100000");
        }
        // Health and metrics listen on management ports of their own: free ones too, beside any other stack.
        builder.environment().put("GATEWAY_MANAGEMENT_PORT", Integer.toString(distinctPort()));
        for (String service : List.of("ORGANIZATIONS", "MEETINGS", "PROGRAMS")) {
            builder.environment().put(service + "_MANAGEMENT_PORT", Integer.toString(replicaPorts()));
        }
        process = builder.start();
        awaitReady(seed ? START_TIMEOUT.plus(SEED_TIMEOUT) : START_TIMEOUT);
    }

    private void awaitReady(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!output().contains(READY)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The local stack exited (" + process.exitValue() + "):\n" + output());
            }
            if (System.nanoTime() > deadline) {
                String output = output(); // before close() deletes the data dir and the log in it
                close();
                throw new IllegalStateException("The local stack was not ready after " + timeout + ":\n" + output);
            }
            // The launcher prints its readiness line once; poll its log (no event to wait on across processes).
            process.waitFor(200, TimeUnit.MILLISECONDS);
        }
    }

    /** A free port whose replicas' ports (+ 100 i) are free too, none of them chosen before. */
    private int replicaPorts() {
        while (true) {
            int port = FreePorts.find();
            boolean free = !chosen.contains(port);
            for (int i = 1; i < replicas; i++) {
                free &= port + 100 * i <= 65535 && !chosen.contains(port + 100 * i) && isFree(port + 100 * i);
            }
            if (free) {
                for (int i = 0; i < replicas; i++) {
                    chosen.add(port + 100 * i);
                }
                return port;
            }
        }
    }

    private int distinctPort() {
        int port = FreePorts.find();
        while (!chosen.add(port)) {
            port = FreePorts.find();
        }
        return port;
    }

    private int kafkaPort() {
        int port = FreePorts.find();
        while (chosen.contains(port) || chosen.contains(port + 1) || !isFree(port + 1)) { // the KRaft controller takes the next port
            port = FreePorts.find();
        }
        chosen.add(port);
        chosen.add(port + 1);
        return port;
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    String output() throws IOException {
        return Files.isRegularFile(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    /** The admin credential the launcher generated on first start. */
    Path adminCredential() {
        return dataDir.resolve("stack/credentials/admin.json");
    }

    /** The credential the seed created for a partner organization's client ({@code iom}, {@code eclac}). */
    Path partnerCredential(String organizationCode) {
        return dataDir.resolve("stack/credentials").resolve(organizationCode + ".json");
    }

    /** The pid file of a service instance ({@code meetings-service-2}): what a drill kills. */
    Path pidFile(String instance) {
        return dataDir.resolve("stack/run").resolve(instance + ".pid");
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + postgresPort + "/" + database;
    }

    String kafkaBootstrapServers() {
        return "127.0.0.1:" + kafkaPort;
    }

    String gateway() {
        return "http://127.0.0.1:" + gatewayPort;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        process.destroy(); // SIGTERM: the launcher stops every service, Kafka and PostgreSQL
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        WorkDirs.deleteRecursively(dataDir);
    }
}
