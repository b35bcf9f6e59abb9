package org.oas.migration.deploy.local;

import java.nio.file.Path;
import java.util.Map;

/** Command-line options and environment overrides of the launcher. */
record Options(Path repoRoot, Path dataDir, boolean reset, boolean help, boolean skipSeed,
               int gatewayPort, int organizationsPort, int meetingsPort, int programsPort,
               int gatewayManagementPort, int organizationsManagementPort, int meetingsManagementPort,
               int programsManagementPort, int postgresPort, int kafkaPort, java.time.Duration serviceStartTimeout,
               int replicas) {

    /** Replica i (from 0) of a service listens on its ports + i * this. */
    static final int REPLICA_PORT_STEP = 100;
    static final int MAX_REPLICAS = 5;

    static String usage() {
        return """
                Usage: deploy/local/up [--build] [--reset] [--data-dir DIR] [--replicas N] [--help]

                Starts PostgreSQL, Kafka and every built service of the suite on this machine, loads the
                seed data, prints where everything is, and runs until Ctrl-C (which stops all of it).

                Options:
                  --build          rebuild the whole project first (./mvnw install); otherwise only when
                                   something is missing
                  --reset          delete the data dir first and start empty
                  --data-dir DIR   where data, logs, keys and credentials live (overrides OAS_DATA_DIR)
                  --replicas N     N instances (1-5, default 1) of each of organizations-, meetings- and
                                   programs-service; replica i listens on the service's ports + 100 * i
                                   (8181, 8281, ...; management 9181, ...), the gateway balances across them
                  --help           show this text

                Environment:
                  OAS_DATA_DIR        data dir (default <repo>/.local-data)
                  GATEWAY_PORT        gateway HTTP port (default 8080)
                  ORGANIZATIONS_PORT  organizations-service HTTP port (default 8081)
                  MEETINGS_PORT       meetings-service HTTP port (default 8082)
                  PROGRAMS_PORT       programs-service HTTP port (default 8083)
                  GATEWAY_MANAGEMENT_PORT, ORGANIZATIONS_MANAGEMENT_PORT, MEETINGS_MANAGEMENT_PORT,
                  PROGRAMS_MANAGEMENT_PORT
                                      health and metrics, loopback only (defaults 9080, 9081, 9082, 9083)
                  OAS_PG_PORT         PostgreSQL port (default 15432)
                  OAS_KAFKA_PORT      Kafka port (default 19092; the KRaft controller uses this port + 1)
                  OAS_SKIP_SEED=1     do not load the seed data
                  OAS_START_TIMEOUT   seconds each service has to become ready (default 60)
                """;
    }

    /** Throws IllegalArgumentException for anything it does not understand, so typos never go unnoticed. */
    static Options parse(String[] args, Map<String, String> env, Path repoRoot) {
        boolean reset = false;
        boolean help = false;
        String dataDir = null;
        String replicas = "1";
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--reset" -> reset = true;
                case "--help", "-h" -> help = true;
                case "--data-dir" -> {
                    if (i + 1 >= args.length || args[i + 1].isBlank()) {
                        throw new IllegalArgumentException("--data-dir needs a directory");
                    }
                    dataDir = args[++i];
                }
                case "--replicas" -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("--replicas needs a number");
                    }
                    replicas = args[++i];
                }
                default -> {
                    if (arg.startsWith("--data-dir=")) {
                        dataDir = arg.substring("--data-dir=".length());
                    } else if (arg.startsWith("--replicas=")) {
                        replicas = arg.substring("--replicas=".length());
                    } else {
                        throw new IllegalArgumentException("unknown option: " + arg);
                    }
                }
            }
        }
        if (dataDir == null) {
            dataDir = blankToNull(env.get("OAS_DATA_DIR"));
        }
        Path data = dataDir != null ? Path.of(dataDir) : repoRoot.resolve(".local-data");
        String skip = env.getOrDefault("OAS_SKIP_SEED", "").trim();
        int kafkaPort = port(env, "OAS_KAFKA_PORT", 19092);
        if (kafkaPort == 65535) {
            throw new IllegalArgumentException("OAS_KAFKA_PORT must leave room for the controller port (port + 1)");
        }
        return new Options(repoRoot, data.toAbsolutePath().normalize(), reset, help,
                skip.equals("1") || skip.equalsIgnoreCase("true"),
                port(env, "GATEWAY_PORT", 8080), port(env, "ORGANIZATIONS_PORT", 8081),
                port(env, "MEETINGS_PORT", 8082), port(env, "PROGRAMS_PORT", 8083),
                port(env, "GATEWAY_MANAGEMENT_PORT", 9080), port(env, "ORGANIZATIONS_MANAGEMENT_PORT", 9081),
                port(env, "MEETINGS_MANAGEMENT_PORT", 9082), port(env, "PROGRAMS_MANAGEMENT_PORT", 9083),
                port(env, "OAS_PG_PORT", 15432), kafkaPort, startTimeout(env), replicas(replicas));
    }

    int kafkaControllerPort() {
        return kafkaPort + 1;
    }

    private static int port(Map<String, String> env, String name, int defaultPort) {
        String value = blankToNull(env.get(name));
        if (value == null) {
            return defaultPort;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a port number (1-65535), not '" + value + "'");
    }

    /** A loaded machine may need longer than the default to start a service. */
    private static java.time.Duration startTimeout(Map<String, String> env) {
        String value = blankToNull(env.get("OAS_START_TIMEOUT"));
        if (value == null) {
            return java.time.Duration.ofSeconds(60);
        }
        try {
            long seconds = Long.parseLong(value.trim());
            if (seconds >= 1) {
                return java.time.Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("OAS_START_TIMEOUT must be a number of seconds (1 or more), not '" + value + "'");
    }

    private static int replicas(String value) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= 1 && n <= MAX_REPLICAS) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--replicas must be a number from 1 to " + MAX_REPLICAS + ", not '" + value + "'");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
