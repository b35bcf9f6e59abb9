package org.oas.migration.deploy.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The services of the suite, in start order (dependencies first), and the environment each one reads. */
final class Services {

    /**
     * One instance of a service: {@code kind} is the service ({@code organizations-service}), {@code name} the
     * instance ({@code organizations-service-2} for the second replica); {@code managementPort}: health and metrics
     * (Quarkus's management interface, loopback only).
     */
    record Service(String kind, String name, String envPrefix, int port, int managementPort, Path jar) {
        boolean exists() {
            return Files.isRegularFile(jar);
        }

        String url() {
            return "http://localhost:" + port;
        }
    }

    /** What every service may need to know about the running infrastructure. */
    record Infrastructure(String organizationsDbUrl, String meetingsDbUrl, String programsDbUrl,
                          String dbUser, String dbPassword, String kafkaBootstrap,
                          Secrets.KeyFiles keys, Secrets.Credential admin) {
    }

    static final String ORGANIZATIONS = "organizations-service";
    static final String MEETINGS = "meetings-service";
    static final String PROGRAMS = "programs-service";
    static final String GATEWAY = "gateway";

    private final Options options;

    Services(Options options) {
        this.options = options;
    }

    /** Every instance in start order: each service's replicas, then the one gateway in front of them. */
    List<Service> all() {
        List<Service> all = new ArrayList<>();
        all.addAll(replicas(ORGANIZATIONS, "ORGANIZATIONS_", options.organizationsPort(), options.organizationsManagementPort()));
        all.addAll(replicas(MEETINGS, "MEETINGS_", options.meetingsPort(), options.meetingsManagementPort()));
        all.addAll(replicas(PROGRAMS, "PROGRAMS_", options.programsPort(), options.programsManagementPort()));
        all.add(service(GATEWAY, GATEWAY, "GATEWAY_", options.gatewayPort(), options.gatewayManagementPort()));
        return all;
    }

    private List<Service> replicas(String kind, String prefix, int port, int managementPort) {
        List<Service> replicas = new ArrayList<>();
        for (int i = 0; i < options.replicas(); i++) {
            int offset = i * Options.REPLICA_PORT_STEP;
            replicas.add(service(kind, i == 0 ? kind : kind + "-" + (i + 1), prefix, port + offset, managementPort + offset));
        }
        return replicas;
    }

    /** The addresses of a service's replicas after the first, as the gateway's {@code *_REPLICAS} takes them. */
    private String replicaUrls(int port) {
        List<String> urls = new ArrayList<>();
        for (int i = 1; i < options.replicas(); i++) {
            urls.add(internalUrl(port + i * Options.REPLICA_PORT_STEP));
        }
        return String.join(",", urls);
    }

    /** Tokens name the gateway as issuer: it is the address clients use once it exists. */
    String issuer() {
        return "http://localhost:" + options.gatewayPort();
    }

    String internalUrl(int port) {
        return "http://127.0.0.1:" + port;
    }

    Map<String, String> environment(Service service, Infrastructure infra) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put(service.envPrefix() + "PORT", Integer.toString(service.port()));
        env.put(service.envPrefix() + "MANAGEMENT_PORT", Integer.toString(service.managementPort()));
        switch (service.kind()) {
            case ORGANIZATIONS -> {
                database(env, service, infra.organizationsDbUrl(), infra);
                // Only organizations-service issues tokens, so only it gets the private key and the admin credential.
                env.put("OAS_JWT_SIGNING_KEY", "file:" + infra.keys().privateKey());
                env.put("OAS_AUTH_BOOTSTRAP_ADMIN_CLIENT_ID", infra.admin().clientId());
                env.put("OAS_AUTH_BOOTSTRAP_ADMIN_SECRET", infra.admin().clientSecret());
            }
            case MEETINGS -> {
                database(env, service, infra.meetingsDbUrl(), infra);
                env.put("ORGANIZATIONS_URL", internalUrl(options.organizationsPort()));
            }
            case PROGRAMS -> {
                database(env, service, infra.programsDbUrl(), infra);
                env.put("ORGANIZATIONS_URL", internalUrl(options.organizationsPort()));
            }
            case GATEWAY -> {
                env.put("ORGANIZATIONS_URL", internalUrl(options.organizationsPort()));
                env.put("MEETINGS_URL", internalUrl(options.meetingsPort()));
                env.put("PROGRAMS_URL", internalUrl(options.programsPort()));
                env.put("ORGANIZATIONS_REPLICAS", replicaUrls(options.organizationsPort()));
                env.put("MEETINGS_REPLICAS", replicaUrls(options.meetingsPort()));
                env.put("PROGRAMS_REPLICAS", replicaUrls(options.programsPort()));
                // The merged OpenAPI document names the deployment it describes.
                env.put("GATEWAY_OPENAPI_ENVIRONMENT", "local");
            }
            default -> throw new IllegalArgumentException(service.kind());
        }
        env.put("KAFKA_BOOTSTRAP_SERVERS", infra.kafkaBootstrap());
        env.put("OAS_JWT_VERIFY_KEY", "file:" + infra.keys().publicKey());
        env.put("OAS_JWT_ISSUER", issuer());
        return env;
    }

    private static void database(Map<String, String> env, Service service, String url, Infrastructure infra) {
        env.put(service.envPrefix() + "DB_URL", url);
        env.put(service.envPrefix() + "DB_USER", infra.dbUser());
        env.put(service.envPrefix() + "DB_PASSWORD", infra.dbPassword());
    }

    private Service service(String kind, String name, String prefix, int port, int managementPort) {
        return new Service(kind, name, prefix, port, managementPort, options.repoRoot().resolve(kind).resolve("target/quarkus-app/quarkus-run.jar"));
    }
}
