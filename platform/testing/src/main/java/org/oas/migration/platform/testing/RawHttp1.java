package org.oas.migration.platform.testing;

import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Assertions;

/**
 * One HTTP/1.1 exchange written byte for byte on a fresh connection, for what an ordinary client will not send: an
 * over-long request line, a malformed header, a chunked body of a chosen size. The body is written by another thread
 * while the answer is read, so an answer given before the body ends (a 413) is seen instead of lost to a reset.
 */
public final class RawHttp1 {

    /** Writes a request body on the connection. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** What came back; headers by lower-case name. */
    public record Answer(int status, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public JsonPath json() {
            return JsonPath.from(body);
        }
    }

    /** The connection closed before a status line: what Vert.x does with some requests it cannot parse. */
    public static final class NoAnswer extends IOException {
        NoAnswer(String message) {
            super(message);
        }
    }

    private RawHttp1() {
    }

    /** A problem+json answer of this status whose type ends with {@code slug} and whose title is {@code title}. */
    public static void assertProblem(Answer answer, int status, String slug, String title) {
        Assertions.assertEquals(status, answer.status(), answer.body());
        String type = answer.header("Content-Type");
        Assertions.assertTrue(type != null && type.startsWith("application/problem+json"), answer.headers().toString());
        JsonPath problem = answer.json();
        Assertions.assertEquals("https://api.oas.org/problems/" + slug, problem.getString("type"));
        Assertions.assertEquals(title, problem.getString("title"));
        Assertions.assertEquals(status, problem.getInt("status"));
    }

    /** A GET of {@code target} with {@code extraHeaders} (each ending in CRLF) on a connection closed after it. */
    public static Answer get(int port, String target, String extraHeaders) throws IOException {
        return exchange(port, "GET " + target + " HTTP/1.1\r\nHost: localhost\r\n" + extraHeaders + "Connection: close\r\n\r\n",
                out -> { });
    }

    /** {@code head} is written as given (request line, headers and the blank line), then {@code body}. */
    public static Answer exchange(int port, String head, Body body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            Thread writer = new Thread(() -> {
                try {
                    body.writeTo(out);
                    out.flush();
                } catch (IOException e) {
                    // the server answered and closed before the body ended: the answer is what counts
                }
            }, "raw-http1-body");
            writer.setDaemon(true);
            writer.start();
            return read(socket.getInputStream());
        }
    }

    /** {@code total} bytes of {@code fill} in chunks of {@code chunkSize}, then the last chunk. */
    public static Body chunked(long total, int chunkSize, byte fill) {
        return out -> {
            byte[] chunk = new byte[chunkSize];
            Arrays.fill(chunk, fill);
            for (long left = total; left > 0; left -= chunkSize) {
                int size = (int) Math.min(chunkSize, left);
                out.write((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(chunk, 0, size);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        };
    }

    private static Answer read(InputStream in) throws IOException {
        String statusLine;
        try {
            statusLine = line(in);
        } catch (java.net.SocketException e) {
            throw new NoAnswer("the connection was reset without an answer");
        }
        if (statusLine == null) {
            throw new NoAnswer("the connection closed without an answer");
        }
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        return new Answer(status, headers, new String(body(in, headers), StandardCharsets.UTF_8));
    }

    private static byte[] body(InputStream in, Map<String, String> headers) throws IOException {
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (int size = Integer.parseInt(line(in).trim(), 16); size > 0; size = Integer.parseInt(line(in).trim(), 16)) {
                body.write(in.readNBytes(size));
                line(in);
            }
            line(in);
            return body.toByteArray();
        }
        String length = headers.get("content-length");
        return length != null ? in.readNBytes(Integer.parseInt(length)) : in.readAllBytes();
    }

    /** A line without its CRLF; null at the end of the stream before any byte. */
    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                if (line.length() == 0) {
                    return null;
                }
                throw new IOException("connection closed mid-line");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }
}
