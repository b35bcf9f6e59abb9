package org.oas.migration.deploy.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.CountDownLatch;
import org.oas.migration.platform.embedded.EmbeddedKafka;
import org.oas.migration.platform.embedded.EmbeddedPostgres;
import org.oas.migration.platform.embedded.FreePorts;

/**
 * Starts a throw-away PostgreSQL and Kafka on free ports for one bench run, writes what the service needs
 * into {@code <workDir>/stack.env} (sourced by the bench scripts) and keeps them up until this JVM gets SIGTERM.
 */
public final class BenchStack {

    public static final String EVENTS_TOPIC = "organizations.v1";
    public static final String BENCH_TOPIC = "bench.latency";

    private BenchStack() {
    }

    public static void main(String[] args) throws Exception {
        Path workDir = Path.of(args[0]).toAbsolutePath();
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().workDir(workDir.resolve("pg")).build();
        EmbeddedKafka kafka = EmbeddedKafka.builder().workDir(workDir.resolve("kafka")).build();
        CountDownLatch stopped = new CountDownLatch(1);
        // The scripts stop us with SIGTERM; the hook stops both servers so nothing outlives the bench.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.stop();
            postgres.stop();
            stopped.countDown();
        }, "bench-stack-stop"));

        postgres.start();
        postgres.createDatabaseIfMissing("organizations");
        kafka.start();
        // Created up front so consumers can be assigned before the first event (and the service never waits).
        kafka.createTopics(1, EVENTS_TOPIC, BENCH_TOPIC);

        // Owner-only: the private key must not be readable by the unprivileged PostgreSQL user.
        Path keys = Files.createDirectories(workDir.resolve("keys"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        RsaPem.writeKeyPair(keys.resolve("signing.pem"), keys.resolve("verify.pem"));
        StringBuilder env = new StringBuilder()
                .append(line("PG_PORT", postgres.port()))
                .append(line("PG_USER", postgres.username()))
                .append(line("PG_PASSWORD", postgres.password()))
                .append(line("ORGANIZATIONS_PORT", FreePorts.find()))
                .append(line("ORGANIZATIONS_DB_URL", postgres.jdbcUrl("organizations")))
                .append(line("ORGANIZATIONS_DB_USER", postgres.username()))
                .append(line("ORGANIZATIONS_DB_PASSWORD", postgres.password()))
                .append(line("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers()))
                .append(line("OAS_JWT_SIGNING_KEY", keys.resolve("signing.pem").toUri()))
                .append(line("OAS_JWT_VERIFY_KEY", keys.resolve("verify.pem").toUri()))
                .append(line("OAS_JWT_ISSUER", "http://localhost:8080"))
                .append(line("OAS_AUTH_BOOTSTRAP_ADMIN_CLIENT_ID", "bench-admin"))
                .append(line("OAS_AUTH_BOOTSTRAP_ADMIN_SECRET", secret()));
        // Written whole then renamed: the script polls for the file and must never read half of it.
        Path tmp = workDir.resolve("stack.env.tmp");
        Files.writeString(tmp, env, StandardCharsets.UTF_8);
        Files.move(tmp, workDir.resolve("stack.env"), StandardCopyOption.ATOMIC_MOVE);
        System.out.println("bench stack ready: PostgreSQL on " + postgres.port() + ", Kafka on " + kafka.bootstrapServers());
        stopped.await();
    }

    /** Single-quoted, so the file can be sourced by bash whatever the value holds. */
    private static String line(String name, Object value) {
        return name + "='" + value.toString().replace("'", "'\\''") + "'\n";
    }

    private static String secret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
