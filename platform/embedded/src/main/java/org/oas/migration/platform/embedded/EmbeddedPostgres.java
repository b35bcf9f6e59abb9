package org.oas.migration.platform.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server on 127.0.0.1, run from the binaries in the zonky jar.
 * Layout below the work dir: {@code pgsql/} binaries, {@code data/}, {@code run/} (unix socket), logs.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    private static final String HOST = "127.0.0.1";
    private static final String USER = "postgres";
    /** Trust auth ignores it; non-empty because an empty config value counts as "not set" in Quarkus. */
    private static final String PASSWORD = "postgres";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    /** sun_path in sockaddr_un holds 108 bytes including the terminating NUL. */
    private static final int MAX_SOCKET_PATH = 107;
    /** Locale-free environment: initdb --no-locale and predictable messages. */
    private static final Map<String, String> ENV = Map.of("LC_ALL", "C", "LANG", "C");

    private final Path workDir;
    private final Path binDir;
    private final Path dataDir;
    private final Path socketDir;
    private final Path logFile;
    private final int port;
    private ManagedProcess process;

    private EmbeddedPostgres(Path workDir, int port) {
        this.workDir = workDir;
        this.binDir = workDir.resolve("pgsql");
        this.dataDir = workDir.resolve("data");
        this.socketDir = workDir.resolve("run");
        this.logFile = workDir.resolve("postgres.log");
        this.port = port;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Extracts the binaries and runs initdb when needed, starts the server and waits until it accepts connections. */
    public synchronized EmbeddedPostgres start() {
        if (isRunning()) {
            return this;
        }
        try {
            Files.createDirectories(socketDir);
            requireShortSocketPath();
            ManagedProcess.stopLeftover(dataDir.resolve("postmaster.pid"), "-D " + dataDir + " ", "INT", STOP_TIMEOUT);
            ManagedProcess.requireFreePort("PostgreSQL", port);
            Unprivileged.requireReachable(workDir);
            PostgresBinaries.extractIfMissing(binDir);
            Unprivileged.handOver(workDir, workDir.resolve("chown.log"));
            if (isEmptyDir(dataDir)) {
                initdb();
            }
            process = ManagedProcess.start("postgres", Unprivileged.command(postgresCommand()), workDir, logFile, ENV,
                    p -> ManagedProcess.signal(p.toHandle(), "INT"), STOP_TIMEOUT);
            awaitReady();
            return this;
        } catch (IOException e) {
            stop();
            throw new UncheckedIOException("Could not start PostgreSQL in " + workDir, e);
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
    }

    /** Fast shutdown (SIGINT: open connections are cut, unlike the smart shutdown of SIGTERM); data is kept. */
    public synchronized void stop() {
        if (process != null) {
            process.stop();
            process = null;
        }
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    public int port() {
        return port;
    }

    public String host() {
        return HOST;
    }

    public String username() {
        return USER;
    }

    public String password() {
        return PASSWORD;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + HOST + ":" + port + "/" + database;
    }

    /** A new JDBC connection as the superuser; the caller closes it. */
    public Connection connect(String database) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", USER);
        props.setProperty("password", PASSWORD);
        props.setProperty("connectTimeout", "5");
        // The driver directly, not DriverManager: works whatever classloader (e.g. Quarkus tests) we run in.
        Connection connection = new org.postgresql.Driver().connect(jdbcUrl(database), props);
        if (connection == null) {
            throw new SQLException("URL not accepted by the PostgreSQL driver: " + jdbcUrl(database));
        }
        return connection;
    }

    public void createDatabaseIfMissing(String name) {
        try (Connection connection = connect("postgres")) {
            try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                query.setString(1, name);
                try (ResultSet rows = query.executeQuery()) {
                    if (rows.next()) {
                        return;
                    }
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE \"" + name.replace("\"", "\"\"") + "\"");
            } catch (SQLException e) {
                if (!"42P04".equals(e.getSQLState())) { // duplicate_database: someone else was faster
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
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

    /** The server process while running (for diagnostics and tests). */
    public synchronized Optional<ProcessHandle> processHandle() {
        return isRunning() ? Optional.of(process.handle()) : Optional.empty();
    }

    @Override
    public void close() {
        stop();
    }

    private void initdb() {
        List<String> command = List.of(binDir.resolve("bin/initdb").toString(),
                "-D", dataDir.toString(), "-A", "trust", "-U", USER, "-E", "UTF8", "--no-locale",
                "--no-sync", "--no-instructions");
        ManagedProcess.run("initdb", Unprivileged.command(command), workDir, workDir.resolve("initdb.log"), ENV,
                Duration.ofMinutes(2));
    }

    private List<String> postgresCommand() {
        List<String> command = new ArrayList<>(List.of(binDir.resolve("bin/postgres").toString(),
                "-D", dataDir.toString(), "-p", Integer.toString(port)));
        Stream.of(
                "listen_addresses=" + HOST,
                "unix_socket_directories=" + socketDir,
                "max_connections=200",
                // Throw-away local data: skipping fsync only risks data on an OS crash, not on a process crash.
                "fsync=off",
                "synchronous_commit=off",
                "full_page_writes=off"
        ).forEach(setting -> {
            command.add("-c");
            command.add(setting);
        });
        return command;
    }

    private void awaitReady() {
        Deadline deadline = Deadline.after(START_TIMEOUT);
        SQLException last = null;
        while (!deadline.expired()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("PostgreSQL exited during startup with code " + process.exitValue()
                        + process.logTail());
            }
            try (Connection connection = connect("postgres")) {
                requireTextSearchConfigs(connection);
                return;
            } catch (SQLException e) {
                last = e; // typically "connection refused" or "the database system is starting up"
            }
            process.awaitExit(deadline.step(Duration.ofMillis(50)));
        }
        throw new IllegalStateException("PostgreSQL not accepting connections on port " + port + " after "
                + START_TIMEOUT + process.logTail(), last);
    }

    /** Full-text search of the services needs these; a stripped-down distribution would lack them. */
    private static void requireTextSearchConfigs(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rows = st.executeQuery(
                     "SELECT count(*) FROM pg_ts_config WHERE cfgname IN ('english', 'spanish')")) {
            rows.next();
            if (rows.getInt(1) != 2) {
                throw new IllegalStateException("PostgreSQL lacks the text search configurations english/spanish");
            }
        }
    }

    private void requireShortSocketPath() {
        String socket = socketDir.resolve(".s.PGSQL." + port).toString();
        if (socket.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_SOCKET_PATH) {
            throw new IllegalStateException("Work dir path too long for a unix socket (" + socket
                    + "); choose a shorter work dir");
        }
    }

    private static boolean isEmptyDir(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    @Override
    public String toString() {
        return "EmbeddedPostgres[" + jdbcUrl("") + ", " + workDir + "]";
    }

    public static final class Builder {
        private Path workDir;
        private int port;

        private Builder() {
        }

        /** Binaries, data, socket and logs live below it; created if missing. */
        public Builder workDir(Path workDir) {
            this.workDir = workDir;
            return this;
        }

        /** 0 (default) picks a free port now, so restarts keep it. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public EmbeddedPostgres build() {
            Objects.requireNonNull(workDir, "workDir");
            return new EmbeddedPostgres(workDir.toAbsolutePath().normalize(), port != 0 ? port : FreePorts.find());
        }
    }
}
