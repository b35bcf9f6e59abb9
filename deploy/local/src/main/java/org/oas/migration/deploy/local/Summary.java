package org.oas.migration.deploy.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The "it is up, here is where everything is" text printed once the stack is ready. */
final class Summary {

    private final StringBuilder out = new StringBuilder();

    static String render(Options options, Layout layout, List<Services.Service> services, Services.Infrastructure infra,
                         String pgJdbcBase, double seconds, ObjectMapper json) {
        Summary s = new Summary();
        String rule = "=".repeat(78);
        s.line(rule);
        s.line(String.format(java.util.Locale.ROOT, " OAS local stack is ready (%.1f s)", seconds));
        s.line("");
        s.line(" Services");
        Services.Service organizations = null;
        for (Services.Service service : services) {
            if (service.exists()) {
                s.line(String.format("   %-22s %s", service.name(), service.url()));
                s.line(String.format("   %-22s   API docs %s/q/swagger-ui   OpenAPI %s/q/openapi", "", service.url(), service.url()));
                if (service.name().equals(Services.ORGANIZATIONS)) {
                    organizations = service;
                }
            } else {
                s.line(String.format("   %-22s not built (no %s)", service.name(),
                        options.repoRoot().relativize(service.jar())));
            }
        }
        s.line("");
        s.line(" PostgreSQL   " + pgJdbcBase + "  (user " + infra.dbUser() + ", password " + infra.dbPassword() + ")");
        s.line("   organizations  " + infra.organizationsDbUrl());
        s.line("   meetings       " + infra.meetingsDbUrl());
        s.line("   programs       " + infra.programsDbUrl());
        s.line(" Kafka        " + infra.kafkaBootstrap() + "  (topics " + String.join(", ", LocalStack.TOPICS) + ")");
        s.line("");
        s.line(" Data         " + layout.data() + "  (kept across runs; --reset starts empty)");
        s.line(" Logs         " + layout.logs() + "/<service>.log, " + layout.postgres().resolve("postgres.log")
                + ", " + layout.kafka().resolve("kafka.log"));
        s.line(" Keys         " + infra.keys().privateKey() + " (and .pub.pem)");
        s.line(" Credentials  " + layout.credentials() + "/admin.json (admin), "
                + String.join(", ", Seeder.PARTNERS.stream().map(c -> c + ".json").toList()) + " (partners)");
        Path iom = layout.credentials().resolve("iom.json");
        if (organizations != null && Files.isRegularFile(iom)) {
            try {
                Secrets.Credential c = Secrets.read(iom, json);
                if (c != null) {
                    s.line("");
                    s.line(" Get a token as IOM:");
                    s.line("   curl -s -X POST " + organizations.url() + "/oauth/token -d grant_type=client_credentials"
                            + " -d client_id=" + c.clientId() + " -d client_secret=" + c.clientSecret());
                }
            } catch (IOException e) {
                s.line(" (could not read " + iom + ": " + e.getMessage() + ")");
            }
        }
        s.line(rule);
        s.line("Press Ctrl-C to stop.");
        return s.out.toString();
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
