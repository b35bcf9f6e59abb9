package org.oas.migration.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import org.oas.migration.platform.embedded.EmbeddedKafka;
import org.oas.migration.platform.embedded.EmbeddedPostgres;
import org.oas.migration.platform.embedded.WorkDirs;

/**
 * Real PostgreSQL and a real Kafka broker for a service's tests, on free random ports, in a temporary
 * directory that is deleted afterwards. Init arg {@code database} names the service's database.
 * Tests reach the running instances (to stop and restart them in fault drills) through {@link #current()}.
 */
public class EmbeddedInfrastructure implements QuarkusTestResourceLifecycleManager {

    public static final String ISSUER = "https://auth.test.oas.local";

    private static volatile EmbeddedInfrastructure current;

    private String database = "app";
    private Path workDir;
    private EmbeddedPostgres postgres;
    private EmbeddedKafka kafka;
    private TestKeys keys;

    public static EmbeddedInfrastructure current() {
        if (current == null) {
            throw new IllegalStateException("EmbeddedInfrastructure is not running");
        }
        return current;
    }

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        try {
            // World-traversable: as root, PostgreSQL runs as nobody and must reach its data dir below this one.
            workDir = Files.createTempDirectory("oas-test-infra-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        postgres = EmbeddedPostgres.builder().workDir(workDir.resolve("postgres")).build().start();
        postgres.createDatabaseIfMissing(database);
        kafka = EmbeddedKafka.builder().workDir(workDir.resolve("kafka")).build().start();
        keys = TestKeys.generate(workDir.resolve("keys"));
        current = this;

        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(database));
        config.put("quarkus.datasource.username", postgres.username());
        config.put("quarkus.datasource.password", postgres.password());
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        config.put("oas.events.bootstrap-servers", kafka.bootstrapServers());
        config.put("mp.jwt.verify.issuer", ISSUER);
        config.put("mp.jwt.verify.publickey.location", keys.publicKeyPem().toUri().toString());
        config.put("smallrye.jwt.sign.key.location", keys.privateKeyPem().toUri().toString());
        config.put("oas.auth.issuer", ISSUER);
        return config;
    }

    @Override
    public void stop() {
        try {
            if (kafka != null) {
                kafka.close();
            }
            if (postgres != null) {
                postgres.close();
            }
        } finally {
            current = null;
            if (workDir != null) {
                WorkDirs.deleteRecursively(workDir);
            }
        }
    }

    public EmbeddedPostgres postgres() {
        return postgres;
    }

    public EmbeddedKafka kafka() {
        return kafka;
    }

    public TestKeys keys() {
        return keys;
    }
}
