package org.oas.migration.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.streams.Pipe;
import io.vertx.ext.web.RoutingContext;

/**
 * A request's body on its way to the service, paused until the upstream exchange can take it (no byte is lost while
 * the connection is obtained). HTTP/1.x says in its head whether a body follows (Content-Length, Transfer-Encoding).
 * An HTTP/2 stream, with prior knowledge or after an h2c upgrade (Vert.x turns the upgrade request's body into DATA
 * frames), need carry neither: without a Content-Length, the stream's first event decides, a DATA frame or its end.
 */
public final class RequestBody {

    /** Where {@link #hold} keeps a body it read whole, for the proxy to send on. */
    private static final String HELD = RequestBody.class.getName() + ".held";

    private final Pipe<Buffer> pipe;
    /** The DATA frame read to learn that an HTTP/2 body exists; sent before the rest. */
    private final Buffer first;
    /** A body read whole before routing (see {@link #hold}); sent as is, with its length. */
    private final Buffer held;

    private RequestBody(Pipe<Buffer> pipe, Buffer first) {
        this(pipe, first, null);
    }

    private RequestBody(Pipe<Buffer> pipe, Buffer first, Buffer held) {
        this.pipe = pipe;
        this.first = first;
        this.held = held;
        if (pipe != null) {
            // A client that disconnects mid-upload must not look like a complete body to the service.
            pipe.endOnFailure(false);
        }
    }

    /**
     * Reads a (small) body whole, whatever its framing, so an edge check can look inside it; the proxy then sends those
     * same bytes on. Fails with {@link TooLarge} past `limit` bytes.
     */
    public static Future<Buffer> hold(RoutingContext context, int limit) {
        Buffer already = context.get(HELD);
        if (already != null) {
            return Future.succeededFuture(already);
        }
        HttpServerRequest request = context.request();
        Buffer body = Buffer.buffer();
        Promise<Buffer> read = Promise.promise();
        if (request.isEnded()) {
            context.put(HELD, body);
            return Future.succeededFuture(body);
        }
        request.exceptionHandler(read::tryFail);
        request.handler(chunk -> {
            if (body.length() + chunk.length() > limit) {
                request.pause();
                read.tryFail(new TooLarge(limit));
            } else {
                body.appendBuffer(chunk);
            }
        });
        request.endHandler(ended -> {
            context.put(HELD, body);
            read.tryComplete(body);
        });
        request.resume();
        return read.future();
    }

    /** A held body over its limit. */
    public static final class TooLarge extends RuntimeException {
        TooLarge(int limit) {
            super("request body over " + limit + " bytes", null, false, false);
        }
    }

    /** Completes at once for a held body, HTTP/1.x and HTTP/2 with a Content-Length; else on the stream's first event. */
    static Future<RequestBody> of(RoutingContext context) {
        Buffer held = context.get(HELD);
        if (held != null) {
            return Future.succeededFuture(new RequestBody(null, null, held));
        }
        HttpServerRequest request = context.request();
        if (request.version() != HttpVersion.HTTP_2 || request.headers().contains(HttpHeaders.CONTENT_LENGTH)) {
            return Future.succeededFuture(new RequestBody(declaresBody(request) ? request.pipe() : null, null));
        }
        Promise<RequestBody> known = Promise.promise();
        request.pause();
        request.exceptionHandler(known::tryFail);
        request.endHandler(ended -> known.tryComplete(new RequestBody(null, null)));
        request.handler(chunk -> {
            request.pause();
            known.tryComplete(new RequestBody(request.pipe(), chunk));
        });
        request.fetch(1);
        return known.future();
    }

    /** Sends the head (headers already set) and the body; the future is the service's response. */
    Future<HttpClientResponse> send(HttpServerRequest request, HttpClientRequest outgoing) {
        if (held != null) {
            outgoing.headers().remove(HttpHeaders.TRANSFER_ENCODING);
            outgoing.headers().set(HttpHeaders.CONTENT_LENGTH, Integer.toString(held.length()));
            return outgoing.send(held);
        }
        if (pipe == null) {
            request.resume();
            return outgoing.send();
        }
        if (!outgoing.headers().contains(HttpHeaders.CONTENT_LENGTH)) {
            outgoing.setChunked(true);
        }
        if (first != null) {
            outgoing.write(first);
        }
        pipe.to(outgoing).onFailure(e -> outgoing.reset(0, e));
        return outgoing.response();
    }

    /** The exchange failed before the body was sent: stop holding the client's stream. */
    void discard() {
        if (pipe != null) {
            pipe.close();
        }
    }

    private static boolean declaresBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return (length != null && !length.equals("0")) || request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
    }
}
