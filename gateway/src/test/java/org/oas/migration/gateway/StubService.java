package org.oas.migration.gateway;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.GZIPOutputStream;

/**
 * A stand-in for one service: serves a canned OpenAPI document, answers searches on its collections with two
 * canned hits, and echoes everything else (method, path, query, headers, body size and CRC, counted as it streams).
 * `X-Stub-Status` picks the status; `GET .../lines?count=N` streams N NDJSON lines back; `GET .../gzipped` answers a body it gzipped itself.
 */
final class StubService {

    final String name;
    final List<String> collections;
    private final Vertx vertx;
    private final String openapi;
    private int port;
    private HttpServer server;
    private volatile String jwks = "{\"keys\":[]}";
    private final java.util.concurrent.atomic.AtomicBoolean hangUpNext = new java.util.concurrent.atomic.AtomicBoolean();

    StubService(Vertx vertx, String name, List<String> collections) {
        this.vertx = vertx;
        this.name = name;
        this.collections = collections;
        this.openapi = resource("/stubs/" + name + "-openapi.json");
    }

    synchronized void start() {
        // The codec limits a service built on the platform's http-kit has (64 KB): the public ones are its routes' to say.
        HttpServerOptions options = new HttpServerOptions().setMaxInitialLineLength(65536).setMaxHeaderSize(65536);
        server = await(vertx.createHttpServer(options).requestHandler(this::handle).listen(port, "127.0.0.1"));
        port = server.actualPort();
    }

    synchronized void stop() {
        if (server != null) {
            await(server.close());
            server = null;
        }
    }

    /** The key set served at `/stub/jwks.json` (the gateway's gateway.identity.jwks-url in tests). */
    void jwks(String json) {
        jwks = json;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    static String resource(String path) {
        try (InputStream in = StubService.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next request (any path) gets its connection closed, unanswered: as when the instance dies under it. */
    void hangUpNext() {
        hangUpNext.set(true);
    }

    void answerAll() {
        hangUpNext.set(false);
    }

    /** Whether a request came since {@link #hangUpNext()}. */
    boolean hungUp() {
        return !hangUpNext.get();
    }

    private void handle(HttpServerRequest request) {
        String path = request.path();
        if (hangUpNext.compareAndSet(true, false)) {
            request.connection().close();
        } else if (path.equals("/stub/jwks.json")) {
            request.response().putHeader("Content-Type", "application/json").end(jwks);
        } else if (path.equals("/q/openapi")) {
            request.response().putHeader("Content-Type", "application/json").end(openapi);
        } else if (collections.contains(path) && request.getParam("q") != null) {
            search(request);
        } else if (path.endsWith("/gzipped")) {
            gzipped(request);
        } else if (path.endsWith("/lines")) {
            lines(request, Integer.parseInt(request.getParam("count")));
        } else {
            echo(request);
        }
    }

    private void search(HttpServerRequest request) {
        String kind = path(request).substring(path(request).lastIndexOf('/') + 1);
        String titleField = kind.equals("organizations") ? "names" : "title";
        JsonArray items = new JsonArray();
        for (int rank = 1; rank <= 2; rank++) {
            items.add(new JsonObject().put("id", kind + "-" + rank)
                    .put(titleField, new JsonObject().put("en", kind + " " + rank + " about " + request.getParam("q"))
                            .put("es", kind + " " + rank + " sobre " + request.getParam("q"))));
        }
        request.response().putHeader("Content-Type", "application/json")
                .end(new JsonObject().put("items", items).put("nextCursor", (String) null).encode());
    }

    private static String path(HttpServerRequest request) {
        return request.path();
    }

    private void lines(HttpServerRequest request, int count) {
        request.response().setChunked(true).putHeader("Content-Type", "application/x-ndjson");
        for (int i = 0; i < count; i++) {
            request.response().write("{\"line\":" + i + "}\n");
        }
        request.response().end();
    }

    /** A JSON body the service compressed itself, as the platform's services do for clients that accept gzip. */
    private void gzipped(HttpServerRequest request) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(new JsonObject().put("service", name).put("compressed", true).encode().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        request.response().putHeader("Content-Type", "application/json").putHeader("Content-Encoding", "gzip")
                .end(Buffer.buffer(bytes.toByteArray()));
    }

    private void echo(HttpServerRequest request) {
        CRC32 crc = new CRC32();
        long[] size = {0};
        request.handler(chunk -> {
            crc.update(chunk.getBytes());
            size[0] += chunk.length();
        });
        request.endHandler(ignored -> {
            JsonObject headers = new JsonObject();
            request.headers().forEach((k, v) -> headers.put(k.toLowerCase(), v));
            String status = request.getHeader("X-Stub-Status");
            // Absolute, from the Host it was called with, as JAX-RS UriInfo builds them; or, with `X-Stub-Link-Host:
            // forwarded`, from X-Forwarded-Proto/Host, as a service does that trusts the gateway's forwarding headers.
            String origin = "forwarded".equals(request.getHeader("X-Stub-Link-Host"))
                    ? request.getHeader("X-Forwarded-Proto") + "://" + request.getHeader("X-Forwarded-Host")
                    : "http://" + request.host();
            request.response()
                    .setStatusCode(status == null ? 200 : Integer.parseInt(status))
                    .putHeader("Content-Type", "application/json")
                    .putHeader("X-Stub-Service", name)
                    .putHeader("X-Frame-Options", "SAMEORIGIN")
                    .putHeader("Location", origin + request.path() + "/created")
                    .putHeader("Link", "<" + origin + request.path() + "?cursor=abc>; rel=\"next\"")
                    .end(Buffer.buffer(new JsonObject()
                            .put("service", name).put("method", request.method().name()).put("path", request.path())
                            .put("query", request.query()).put("headers", headers)
                            .put("bodyBytes", size[0]).put("bodyCrc", crc.getValue()).encode()));
        });
    }

    private static <T> T await(io.vertx.core.Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
