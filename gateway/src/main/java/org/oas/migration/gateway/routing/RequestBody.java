package org.oas.migration.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.streams.Pipe;
import io.vertx.core.streams.ReadStream;
import io.vertx.ext.web.RoutingContext;

/**
 * A request's body on its way to the service, paused until the upstream exchange can take it (no byte is lost while
 * the connection is obtained). HTTP/1.x says in its head whether a body follows (Content-Length, Transfer-Encoding).
 * An HTTP/2 stream, with prior knowledge or after an h2c upgrade (Vert.x turns the upgrade request's body into DATA
 * frames), need carry neither: without a Content-Length, the stream's first event decides, a DATA frame or its end.
 * A body without Content-Length is counted on its way through and stops with {@link TooLarge} past the gateway's
 * limit (a declared one was refused before: the platform's {@code BodySizeLimit}).
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

    /** A body over its limit. */
    public static final class TooLarge extends RuntimeException {

        private final long limit;

        TooLarge(long limit) {
            super("request body over " + limit + " bytes", null, false, false);
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }

        /** The TooLarge somewhere in this failure's causes (the upstream exchange wraps it), or null. */
        public static TooLarge in(Throwable failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof TooLarge tooLarge) {
                    return tooLarge;
                }
            }
            return null;
        }
    }

    /**
     * Completes at once for a held body, HTTP/1.x and HTTP/2 with a Content-Length; else on the stream's first event.
     * A body without Content-Length fails the exchange with {@link TooLarge} once past {@code limit} bytes.
     */
    static Future<RequestBody> of(RoutingContext context, long limit) {
        Buffer held = context.get(HELD);
        if (held != null) {
            return Future.succeededFuture(new RequestBody(null, null, held));
        }
        HttpServerRequest request = context.request();
        if (request.isEnded()) {
            // Nothing left to read (an HTTP/2 stream whose END_STREAM came with its headers or an empty DATA frame, as
            // the JDK's HttpClient sends a GET): pausing or reading it would throw "Request has already been read".
            return Future.succeededFuture(new RequestBody(null, null));
        }
        if (request.headers().contains(HttpHeaders.CONTENT_LENGTH)) {
            return Future.succeededFuture(new RequestBody(declaresBody(request) ? request.pipe() : null, null));
        }
        if (request.version() != HttpVersion.HTTP_2) {
            return Future.succeededFuture(new RequestBody(declaresBody(request) ? new Capped(request, limit, 0).pipe() : null, null));
        }
        Promise<RequestBody> known = Promise.promise();
        request.pause();
        request.exceptionHandler(known::tryFail);
        request.endHandler(ended -> known.tryComplete(new RequestBody(null, null)));
        request.handler(chunk -> {
            request.pause();
            if (chunk.length() > limit) {
                known.tryFail(new TooLarge(limit));
            } else {
                known.tryComplete(new RequestBody(new Capped(request, limit, chunk.length()).pipe(), chunk));
            }
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
            if (!request.isEnded()) {
                request.resume();
            }
            return outgoing.send();
        }
        if (!outgoing.headers().contains(HttpHeaders.CONTENT_LENGTH)) {
            outgoing.setChunked(true);
        }
        if (first != null) {
            outgoing.write(first);
        }
        TooLarge[] overflow = new TooLarge[1];
        pipe.to(outgoing).onFailure(e -> {
            overflow[0] = TooLarge.in(e);
            outgoing.reset(0, e);
        });
        // The reset fails the response: with the overflow itself, so the proxy answers 413 and the breaker ignores it.
        return outgoing.response().recover(e -> Future.failedFuture(overflow[0] != null ? overflow[0] : e));
    }

    /** The exchange failed before the body was sent: stop holding the client's stream. */
    void discard() {
        if (pipe != null) {
            pipe.close();
        }
    }

    /** The request's body stream, failing with {@link TooLarge} (and pausing) once past {@code limit} bytes. */
    private static final class Capped implements ReadStream<Buffer> {

        private final HttpServerRequest request;
        private final long limit;
        private long bytes;
        private Handler<Throwable> exceptionHandler;

        Capped(HttpServerRequest request, long limit, long already) {
            this.request = request;
            this.limit = limit;
            this.bytes = already;
        }

        @Override
        public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
            exceptionHandler = handler;
            request.exceptionHandler(handler);
            return this;
        }

        @Override
        public ReadStream<Buffer> handler(Handler<Buffer> handler) {
            if (handler == null) {
                request.handler(null);
                return this;
            }
            request.handler(chunk -> {
                bytes += chunk.length();
                if (bytes <= limit) {
                    handler.handle(chunk);
                    return;
                }
                request.pause();
                request.handler(null);
                if (exceptionHandler != null) {
                    exceptionHandler.handle(new TooLarge(limit));
                }
            });
            return this;
        }

        @Override
        public ReadStream<Buffer> pause() {
            request.pause();
            return this;
        }

        @Override
        public ReadStream<Buffer> resume() {
            request.resume();
            return this;
        }

        @Override
        public ReadStream<Buffer> fetch(long amount) {
            request.fetch(amount);
            return this;
        }

        @Override
        public ReadStream<Buffer> endHandler(Handler<Void> handler) {
            request.endHandler(handler);
            return this;
        }
    }

    private static boolean declaresBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return (length != null && !length.equals("0")) || request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
    }
}
