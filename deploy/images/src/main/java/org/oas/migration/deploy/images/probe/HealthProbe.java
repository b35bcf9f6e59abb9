package org.oas.migration.deploy.images.probe;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;

/**
 * A container health check for images without a shell or curl: {@code java -cp /opt/probe
 * org.oas.migration.deploy.images.probe.HealthProbe http://127.0.0.1:9000/q/health/ready} exits 0 when the URL
 * answers 200 and 1 otherwise (another status, no connection, a timeout). Only {@code java.base}, short timeouts, no
 * output on success: Docker Compose's {@code healthcheck} runs it every few seconds.
 */
public final class HealthProbe {

    /** The image folder this class is copied to ({@code -cp} of the health check). */
    public static final String CLASS_PATH = "/opt/probe";
    private static final int TIMEOUT_MILLIS = 2_000;

    private HealthProbe() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: HealthProbe <url>");
            System.exit(2);
        }
        int status = status(args[0]);
        if (status != 200) {
            System.err.println(args[0] + (status < 0 ? ": no answer" : ": HTTP " + status));
        }
        System.exit(status == 200 ? 0 : 1);
    }

    /** The HTTP status {@code url} answers a GET with, or -1 when it does not answer in time. */
    static int status(String url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(TIMEOUT_MILLIS);
            connection.setReadTimeout(TIMEOUT_MILLIS);
            connection.setInstanceFollowRedirects(false);
            try {
                return connection.getResponseCode();
            } finally {
                connection.disconnect();
            }
        } catch (IOException | IllegalArgumentException e) {
            return -1;
        }
    }
}
