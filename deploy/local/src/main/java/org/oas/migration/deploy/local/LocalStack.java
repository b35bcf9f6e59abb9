package org.oas.migration.deploy.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.oas.migration.platform.embedded.EmbeddedKafka;
import org.oas.migration.platform.embedded.EmbeddedPostgres;

/**
 * The one-command local stack behind deploy/local/up: PostgreSQL, Kafka, every built service, the seed data;
 * then it waits until Ctrl-C and stops everything again.
 */
public final class LocalStack {

    static final List<String> DATABASES = List.of("organizations", "meetings", "programs");
    static final List<String> TOPICS = List.of("organizations.v1", "meetings.v1", "programs.v1");
    private static final int TOPIC_PARTITIONS = 3;

    private final Options options;
    private final Stack stack;
    private final Layout layout;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final long startNanos = System.nanoTime();

    private LocalStack(Options options, Stack stack) {
        this.options = options;
        this.stack = stack;
        this.layout = new Layout(options.dataDir());
    }

    public static void main(String[] args) {
        // kafka-clients logs through SLF4J: only warnings and errors belong on the console.
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        Options options;
        try {
            options = Options.parse(args, System.getenv(), RepoRoot.locate());
        } catch (IllegalArgumentException e) {
            System.err.println("up: " + e.getMessage() + "\n");
            System.err.print(Options.usage());
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(Options.usage());
            return;
        }
        Stack stack = new Stack();
        Signals.onStop(stack::stopAll);
        // Any other way out (an uncaught error, System.exit elsewhere) still stops the children.
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stopAll, "stop-local-stack"));
        try {
            new LocalStack(options, stack).start();
        } catch (Stack.StoppingException e) {
            return; // Ctrl-C during start-up: the signal handler stops everything and exits
        } catch (RuntimeException | IOException | Error e) {
            if (stack.isStopping()) {
                return; // a failure caused by the stop itself (e.g. a connection cut): not worth reporting
            }
            System.err.println("\nERROR: " + describe(e));
            stack.stopAll();
            System.exit(1);
        }
        awaitForever();
    }

    private void start() throws IOException {
        if (options.reset()) {
            layout.reset();
        }
        layout.create();
        Secrets.KeyFiles keys = Secrets.ensureSigningKey(layout.keys());
        Secrets.Credential admin = Secrets.ensureAdmin(layout.credentials(), json);

        EmbeddedPostgres postgres = EmbeddedPostgres.builder().workDir(layout.postgres()).port(options.postgresPort()).build();
        stack.register(postgres);
        long t = System.nanoTime();
        System.out.println("Starting PostgreSQL on 127.0.0.1:" + options.postgresPort() + " ...");
        postgres.start();
        stack.checkpoint();
        DATABASES.forEach(postgres::createDatabaseIfMissing);
        System.out.println("  PostgreSQL ready" + since(t));

        EmbeddedKafka kafka = EmbeddedKafka.builder().workDir(layout.kafka())
                .libDir(options.repoRoot().resolve("platform/kafka-runtime/target/lib"))
                .port(options.kafkaPort()).controllerPort(options.kafkaControllerPort()).build();
        stack.register(kafka);
        t = System.nanoTime();
        System.out.println("Starting Kafka on 127.0.0.1:" + options.kafkaPort() + " ...");
        kafka.start();
        stack.checkpoint();
        kafka.createTopics(TOPIC_PARTITIONS, TOPICS.toArray(String[]::new));
        System.out.println("  Kafka ready" + since(t));

        Services services = new Services(options);
        Services.Infrastructure infra = new Services.Infrastructure(
                postgres.jdbcUrl("organizations"), postgres.jdbcUrl("meetings"), postgres.jdbcUrl("programs"),
                postgres.username(), postgres.password(), kafka.bootstrapServers(), keys, admin);
        boolean organizationsUp = false;
        boolean meetingsUp = false;
        boolean programsUp = false;
        for (Services.Service service : services.all()) {
            if (!service.exists()) {
                continue;
            }
            t = System.nanoTime();
            System.out.println("Starting " + service.name() + " on port " + service.port() + " ...");
            Map<String, String> env = services.environment(service, infra);
            SupervisedService supervised = new SupervisedService(service.name(),
                    () -> ServiceProcess.start(service, env, layout), http, options.serviceStartTimeout(), this::giveUp);
            stack.register(supervised);
            supervised.start();
            stack.checkpoint();
            System.out.println("  " + service.name() + " ready" + since(t));
            organizationsUp |= service.kind().equals(Services.ORGANIZATIONS);
            meetingsUp |= service.kind().equals(Services.MEETINGS);
            programsUp |= service.kind().equals(Services.PROGRAMS);
        }

        if (!organizationsUp) {
            System.out.println("No seed data loaded: organizations-service is not built.");
        } else if (options.skipSeed()) {
            System.out.println("No seed data loaded: OAS_SKIP_SEED is set.");
        } else {
            t = System.nanoTime();
            System.out.println("Loading the seed data ...");
            ApiClient api = new ApiClient(http, json, services.internalUrl(options.organizationsPort()));
            Path seedDir = options.repoRoot().resolve("deploy/local/seed");
            String token = new Seeder(api, json, seedDir, layout.credentials()).run(admin);
            if (meetingsUp) {
                new MeetingsSeeder(new ApiClient(http, json, services.internalUrl(options.meetingsPort())), json, seedDir).run(token);
            }
            // Activities cite documents and resolutions: without meetings-service programs-service could never know them.
            if (programsUp && meetingsUp) {
                new ProgramsSeeder(new ApiClient(http, json, services.internalUrl(options.programsPort())), json, seedDir).run(token);
            } else if (programsUp) {
                System.out.println("No programs seed loaded: it cites documents and resolutions, and meetings-service is not built.");
            }
            System.out.println("  seed data loaded" + since(t));
        }

        stack.checkpoint();
        String pgBase = postgres.jdbcUrl("");
        System.out.println("\nSupervision: " + RestartRule.describe() + ".");
        System.out.print("\n" + Summary.render(options, layout, services.all(), infra, pgBase,
                (System.nanoTime() - startNanos) / 1e9, json));
        System.out.flush();
    }

    /** The restart rule gave up on a service: nothing useful is left running, so stop it all (exit code 1). */
    private void giveUp() {
        stack.stopAll();
        System.exit(1);
    }

    private static String since(long startNanos) {
        return String.format(Locale.ROOT, " (%.1f s)", (System.nanoTime() - startNanos) / 1e9);
    }

    /** The message and its causes on one screen: the embedded classes put the useful part (log tails) there. */
    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage() != null ? e.getMessage() : e.toString()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            String message = cause.getMessage() != null ? cause.getMessage() : cause.toString();
            if (!text.toString().contains(message)) {
                text.append("\n  caused by: ").append(message);
            }
        }
        return text.toString();
    }

    /** The JVM ends through the signal handler (Ctrl-C, kill) which stops everything first. */
    private static void awaitForever() {
        CountDownLatch never = new CountDownLatch(1);
        while (true) {
            try {
                never.await();
            } catch (InterruptedException e) {
                // keep waiting: only a signal ends the stack
            }
        }
    }
}
