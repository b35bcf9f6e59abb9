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

/**
 * A request's body on its way to the service, paused until the upstream exchange can take it (no byte is lost while
 * the connection is obtained). HTTP/1.x says in its head whether a body follows (Content-Length, Transfer-Encoding).
 * An HTTP/2 stream, with prior knowledge or after an h2c upgrade (Vert.x turns the upgrade request's body into DATA
 * frames), need carry neither: without a Content-Length, the stream's first event decides, a DATA frame or its end.
 */
final class RequestBody {

    private final Pipe<Buffer> pipe;
    /** The DATA frame read to learn that an HTTP/2 body exists; sent before the rest. */
    private final Buffer first;

    private RequestBody(Pipe<Buffer> pipe, Buffer first) {
        this.pipe = pipe;
        this.first = first;
        if (pipe != null) {
            // A client that disconnects mid-upload must not look like a complete body to the service.
            pipe.endOnFailure(false);
        }
    }

    /** Completes at once for HTTP/1.x and HTTP/2 with a Content-Length; otherwise on the stream's first event. */
    static Future<RequestBody> of(HttpServerRequest request) {
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

    boolean present() {
        return pipe != null;
    }

    /** Sends the head (headers already set) and the body; the future is the service's response. */
    Future<HttpClientResponse> send(HttpServerRequest request, HttpClientRequest outgoing) {
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
