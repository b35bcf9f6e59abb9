package org.oas.migration.deploy.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The services of the suite, in start order (dependencies first), and the environment each one reads. */
final class Services {

    /** {@code managementPort}: health and metrics (Quarkus's management interface, loopback only). */
    record Service(String name, String envPrefix, int port, int managementPort, Path jar) {
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

    List<Service> all() {
        return List.of(
                service(ORGANIZATIONS, "ORGANIZATIONS_", options.organizationsPort(), options.organizationsManagementPort()),
                service(MEETINGS, "MEETINGS_", options.meetingsPort(), options.meetingsManagementPort()),
                service(PROGRAMS, "PROGRAMS_", options.programsPort(), options.programsManagementPort()),
                service(GATEWAY, "GATEWAY_", options.gatewayPort(), options.gatewayManagementPort()));
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
        switch (service.name()) {
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
                // The merged OpenAPI document names the deployment it describes.
                env.put("GATEWAY_OPENAPI_ENVIRONMENT", "local");
            }
            default -> throw new IllegalArgumentException(service.name());
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

    private Service service(String name, String prefix, int port, int managementPort) {
        return new Service(name, prefix, port, managementPort, options.repoRoot().resolve(name).resolve("target/quarkus-app/quarkus-run.jar"));
    }
}
