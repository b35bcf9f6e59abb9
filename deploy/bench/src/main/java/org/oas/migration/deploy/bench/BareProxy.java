package org.oas.migration.deploy.bench;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

/**
 * The least an HTTP/1.1 reverse proxy on Vert.x does (the gateway's own stack): one server and one pooled client per
 * event loop, request line and headers copied up, status, headers and the whole body copied back. No routing, rate
 * limit, breaker, forwarded headers, CORS or security headers. gateway-overhead measures it beside the gateway, so a
 * machine shows what part of the ratio the proxy hop itself costs there. Not a product: GET without a body only.
 * Usage: BareProxy listen-port upstream-host upstream-port.
 */
public final class BareProxy extends AbstractVerticle {

    private final int port;
    private final String upstreamHost;
    private final int upstreamPort;
    private HttpClient client;

    private BareProxy(int port, String upstreamHost, int upstreamPort) {
        this.port = port;
        this.upstreamHost = upstreamHost;
        this.upstreamPort = upstreamPort;
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        String host = args[1];
        int upstreamPort = Integer.parseInt(args[2]);
        Vertx vertx = Vertx.vertx();
        // As many verticles (event loops) as Quarkus gives the gateway: two per core.
        int loops = 2 * Runtime.getRuntime().availableProcessors();
        vertx.deployVerticle(() -> new BareProxy(port, host, upstreamPort), new DeploymentOptions().setInstances(loops))
                .onSuccess(id -> System.out.println("bare proxy on port " + port + " -> " + host + ":" + upstreamPort))
                .onFailure(e -> {
                    e.printStackTrace();
                    System.exit(1);
                });
    }

    @Override
    public void start(Promise<Void> started) {
        client = vertx.createHttpClient(new PoolOptions().setHttp1MaxSize(32));
        vertx.createHttpServer().requestHandler(this::forward).listen(port)
                .<Void>mapEmpty().onComplete(started);
    }

    private void forward(HttpServerRequest request) {
        RequestOptions options = new RequestOptions().setHost(upstreamHost).setPort(upstreamPort)
                .setMethod(request.method()).setURI(request.uri());
        client.request(options)
                .compose(outgoing -> {
                    outgoing.headers().setAll(request.headers());
                    return outgoing.send();
                })
                .compose(response -> response.body().map(body -> relay(request, response, body)))
                .onFailure(e -> request.response().setStatusCode(502).end());
    }

    private static Void relay(HttpServerRequest request, HttpClientResponse response, io.vertx.core.buffer.Buffer body) {
        request.response().setStatusCode(response.statusCode()).headers().setAll(response.headers());
        request.response().end(body);
        return null;
    }
}
