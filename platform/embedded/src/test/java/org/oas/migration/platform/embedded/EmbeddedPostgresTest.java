package org.oas.migration.platform.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EmbeddedPostgresTest {

    private Path workDir;

    @BeforeEach
    void createWorkDir() throws Exception {
        workDir = Files.createTempDirectory("oas-embedded-pg-");
    }

    @AfterEach
    void cleanUp() {
        WorkDirs.deleteRecursively(workDir);
        assertFalse(Files.exists(workDir));
        ProcessChecks.assertNoChildProcesses();
    }

    @Test
    void startsCreatesDatabaseAndKeepsDataAcrossRestart() throws Exception {
        ProcessHandle firstProcess;
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().workDir(workDir).build()) {
            long t0 = System.nanoTime();
            postgres.start();
            System.out.printf("PostgreSQL first start (extract + initdb + start): %d ms%n", millisSince(t0));
            assertTrue(postgres.isRunning());
            assertEquals("127.0.0.1", postgres.host());
            int port = postgres.port();
            firstProcess = postgres.processHandle().orElseThrow();

            postgres.createDatabaseIfMissing("oas_test");
            postgres.createDatabaseIfMissing("oas_test"); // idempotent
            try (Connection c = postgres.connect("oas_test"); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE note (text varchar(100))");
                st.execute("INSERT INTO note VALUES ('kept')");
                try (ResultSet rs = st.executeQuery("SELECT to_tsvector('spanish', 'migraciones')::text")) {
                    assertTrue(rs.next());
                    assertEquals("'migracion':1", rs.getString(1));
                }
            }

            postgres.stop();
            assertFalse(postgres.isRunning());
            ProcessChecks.assertGone(firstProcess);
            ProcessChecks.assertNoChildProcesses();

            long t1 = System.nanoTime();
            postgres.start();
            System.out.printf("PostgreSQL restart: %d ms%n", millisSince(t1));
            assertEquals(port, postgres.port());
            try (Connection c = postgres.connect("oas_test"); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT text FROM note")) {
                assertTrue(rs.next());
                assertEquals("kept", rs.getString(1));
            }
            ProcessHandle secondProcess = postgres.processHandle().orElseThrow();
            postgres.close();
            ProcessChecks.assertGone(secondProcess);
        }
        assertTrue(Files.exists(workDir.resolve("data/PG_VERSION")), "data kept after close");
    }

    @Test
    void jdbcUrlPointsAtLoopbackAndPort() {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().workDir(workDir).port(54321).build();
        assertEquals("jdbc:postgresql://127.0.0.1:54321/app", postgres.jdbcUrl("app"));
        assertEquals("postgres", postgres.username());
        assertFalse(postgres.isRunning());
    }

    @Test
    void failsClearlyWhenThePortIsTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().workDir(workDir).port(taken.getLocalPort()).build();
            IllegalStateException e = assertThrows(IllegalStateException.class, postgres::start);
            assertTrue(e.getMessage().contains("already in use"), e.getMessage());
            assertFalse(postgres.isRunning());
        }
    }

    @Test
    void underRootEveryParentMustBeTraversableByNobody() throws Exception {
        assumeTrue(Unprivileged.isRoot(), "only relevant when running as root");
        Path locked = Files.createDirectory(workDir.resolve("locked"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().workDir(locked.resolve("pg")).build();
        IllegalStateException e = assertThrows(IllegalStateException.class, postgres::start);
        assertTrue(e.getMessage().contains("cannot enter directory " + locked), e.getMessage());
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
