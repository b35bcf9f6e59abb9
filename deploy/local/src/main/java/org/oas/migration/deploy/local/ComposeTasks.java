package org.oas.migration.deploy.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The two steps of deploy/compose that the local stack's code already knows, run on their own:
 * <ul>
 *   <li>{@code keys <folder>}: the RS256 token signing key pair ({@code signing-key.pem}, {@code signing-key.pub.pem}),
 *   made once and kept (deploy/compose/prepare);</li>
 *   <li>{@code seed <organizations-url> <meetings-url> <programs-url> <seed-folder> <credentials-folder>}: loads
 *   the seed through the three services' APIs in the local stack's order (organizations and people, then meetings,
 *   then programs), with the admin credential from {@code OAS_AUTH_BOOTSTRAP_ADMIN_CLIENT_ID} and
 *   {@code OAS_AUTH_BOOTSTRAP_ADMIN_SECRET}; the partner clients' credentials are written to the credentials folder
 *   (the one-shot {@code seed} service of deploy/compose/compose.yaml).</li>
 * </ul>
 * Exits 0 when done, 1 on a failure, 2 on bad arguments.
 */
public final class ComposeTasks {

    private ComposeTasks() {
    }

    public static void main(String[] args) {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        try {
            if (args.length == 2 && args[0].equals("keys")) {
                Secrets.KeyFiles keys = Secrets.ensureSigningKey(Path.of(args[1]));
                System.out.println("Signing key pair: " + keys.privateKey() + ", " + keys.publicKey());
            } else if (args.length == 6 && args[0].equals("seed")) {
                seed(args[1], args[2], args[3], Path.of(args[4]), Path.of(args[5]), System.getenv());
            } else {
                System.err.println("usage: ComposeTasks keys <folder>\n"
                        + "       ComposeTasks seed <organizations-url> <meetings-url> <programs-url> <seed-folder> <credentials-folder>");
                System.exit(2);
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("ERROR: " + e.getMessage());
            System.exit(1);
        }
    }

    static void seed(String organizations, String meetings, String programs, Path seedDir, Path credentialsDir,
                     Map<String, String> env) throws IOException {
        Secrets.Credential admin = new Secrets.Credential(required(env, "OAS_AUTH_BOOTSTRAP_ADMIN_CLIENT_ID"),
                required(env, "OAS_AUTH_BOOTSTRAP_ADMIN_SECRET"));
        ObjectMapper json = new ObjectMapper();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String token = new Seeder(new ApiClient(http, json, organizations), json, seedDir, credentialsDir).run(admin);
        new MeetingsSeeder(new ApiClient(http, json, meetings), json, seedDir).run(token);
        new ProgramsSeeder(new ApiClient(http, json, programs), json, seedDir).run(token);
        System.out.println("Seed data loaded; partner client credentials in " + credentialsDir);
    }

    private static String required(Map<String, String> env, String name) {
        String value = env.getOrDefault(name, "");
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " is not set");
        }
        return value;
    }
}
