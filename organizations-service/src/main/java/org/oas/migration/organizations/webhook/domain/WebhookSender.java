package org.oas.migration.organizations.webhook.domain;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends one signed delivery. No redirect is followed (a 3xx is a failed attempt); the connection and the whole
 * exchange are bounded in time, and only the start of the answer is read. The target's addresses are checked just
 * before sending ({@link TargetPolicy#resolve}); the client then connects to what the JVM's address cache holds for
 * the name (the same lookup, within its time to live), so a name cannot switch to a private address in between
 * unless the cache is turned off ({@code networkaddress.cache.ttl=0}).
 */
@ApplicationScoped
public class WebhookSender {

    /** What an attempt came to: an HTTP answer (status, bounded text), or an error without one. */
    public record Outcome(Integer statusCode, String response, String error, long latencyMillis) {

        /** The error as logged: at most 2000 characters. */
        public Outcome {
            error = error == null || error.length() <= 2000 ? error : error.substring(0, 2000);
        }

        public boolean delivered() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }

        /** For the log and a disabling reason: "HTTP 500" or the error. */
        public String summary() {
            return statusCode != null ? "HTTP " + statusCode : error;
        }
    }

    @Inject
    WebhookConfig config;

    @Inject
    TargetPolicy targets;

    private HttpClient client;

    @PostConstruct
    void init() {
        client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.delivery().connectTimeout()).build();
    }

    public Outcome send(String url, List<String> secrets, String messageId, long timestamp, String body) {
        long start = System.nanoTime();
        URI uri;
        try {
            uri = targets.parse(url);
            targets.resolve(uri);
        } catch (TargetPolicy.Refused refused) {
            return new Outcome(null, null, "refused: the URL " + refused.getMessage(), millisSince(start));
        }
        long timeoutMillis = config.delivery().requestTimeout().toMillis();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(config.delivery().requestTimeout())
                .header("Content-Type", "application/cloudevents+json; charset=utf-8")
                .header("User-Agent", "oas-migration-webhooks/1")
                .header("webhook-id", messageId)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", Signatures.header(secrets, messageId, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        CompletableFuture<HttpResponse<InputStream>> exchange = client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
        try {
            HttpResponse<InputStream> response = exchange.get(timeoutMillis, TimeUnit.MILLISECONDS);
            long left = Math.max(1, timeoutMillis - millisSince(start));
            String answer = CompletableFuture.supplyAsync(() -> readStart(response.body()))
                    .get(left, TimeUnit.MILLISECONDS);
            return new Outcome(response.statusCode(), answer, null, millisSince(start));
        } catch (TimeoutException e) {
            exchange.cancel(true);
            exchange.thenAccept(r -> close(r.body()));
            return new Outcome(null, null, "timed out after " + timeoutMillis + " ms", millisSince(start));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new Outcome(null, null, cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()),
                    millisSince(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.cancel(true);
            return new Outcome(null, null, "interrupted (the service is stopping)", millisSince(start));
        }
    }

    /** At most the configured number of bytes of the answer, then the stream is closed (the rest is never read). */
    private String readStart(InputStream in) {
        try (in) {
            byte[] start = in.readNBytes(Math.min(config.delivery().maxResponseBytes(), DeliveryView.ANSWER));
            return new String(start, StandardCharsets.UTF_8).replace("\u0000", "");
        } catch (IOException e) {
            return null;
        }
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // the answer is abandoned either way
        }
    }

    private static long millisSince(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
}
