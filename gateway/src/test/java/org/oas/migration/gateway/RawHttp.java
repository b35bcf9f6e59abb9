package org.oas.migration.gateway;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A client that writes every byte of the exchange by hand, so a test decides the framing exactly: HTTP/1.1 with a
 * Content-Length or chunked, an HTTP/1.1 request offering the h2c upgrade (answered in HTTP/2 after a 101, or in
 * HTTP/1.1 when refused), and HTTP/2 with prior knowledge (frames and a literal-only HPACK block). Answers the
 * response body only: what the stub upstream echoes.
 */
final class RawHttp implements AutoCloseable {

    /** The base64url SETTINGS payload an upgrade offers: ENABLE_PUSH = 0. */
    static final String UPGRADE_SETTINGS = "AAIAAAAA";
    private static final byte[] PREFACE = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final int DATA = 0;
    private static final int HEADERS = 1;
    private static final int RST_STREAM = 3;
    private static final int SETTINGS = 4;
    private static final int GOAWAY = 7;
    private static final int END_STREAM = 0x1;
    private static final int END_HEADERS = 0x4;
    private static final int ACK = 0x1;

    /** What came back: the protocol that answered, the status (HTTP/1.1 only; 0 for HTTP/2) and the body. */
    record Answer(String protocol, int status, String body) {
    }

    private final Socket socket;
    private final OutputStream out;
    private final DataInputStream in;

    RawHttp(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(30_000);
        out = socket.getOutputStream();
        in = new DataInputStream(socket.getInputStream());
    }

    /** An HTTP/1.1 request written as given (head and body bytes), its answer read in whichever protocol comes back. */
    Answer http1(String head, byte[] body) throws IOException {
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        String statusLine = line();
        Map<String, String> headers = headers();
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        if (status == 101) {
            writePreface();
            return new Answer("h2", 0, http2Body(1));
        }
        return new Answer("http/1.1", status, new String(http1Body(headers), StandardCharsets.UTF_8));
    }

    /** HTTP/2 with prior knowledge: one stream, the headers in one block, the body in the DATA frames given. */
    Answer http2(Map<String, String> headers, List<byte[]> dataFrames) throws IOException {
        writePreface();
        ByteArrayOutputStream block = new ByteArrayOutputStream();
        headers.forEach((name, value) -> literal(block, name, value));
        frame(HEADERS, END_HEADERS | (dataFrames.isEmpty() ? END_STREAM : 0), 1, block.toByteArray());
        for (int i = 0; i < dataFrames.size(); i++) {
            frame(DATA, i == dataFrames.size() - 1 ? END_STREAM : 0, 1, dataFrames.get(i));
        }
        out.flush();
        return new Answer("h2", 0, http2Body(1));
    }

    static String chunked(List<byte[]> chunks) {
        StringBuilder text = new StringBuilder();
        for (byte[] chunk : chunks) {
            text.append(Integer.toHexString(chunk.length)).append("\r\n").append(new String(chunk, StandardCharsets.ISO_8859_1)).append("\r\n");
        }
        return text.append("0\r\n\r\n").toString();
    }

    private void writePreface() throws IOException {
        out.write(PREFACE);
        frame(SETTINGS, 0, 0, new byte[0]);
        out.flush();
    }

    /** Reads frames until the stream ends; acknowledges the server's settings on the way. */
    private String http2Body(int stream) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            int length = (in.readUnsignedByte() << 16) | (in.readUnsignedByte() << 8) | in.readUnsignedByte();
            int type = in.readUnsignedByte();
            int flags = in.readUnsignedByte();
            int id = in.readInt() & 0x7fffffff;
            byte[] payload = in.readNBytes(length);
            if (type == SETTINGS && (flags & ACK) == 0) {
                frame(SETTINGS, ACK, 0, new byte[0]);
                out.flush();
            } else if (type == GOAWAY || (type == RST_STREAM && id == stream)) {
                throw new IOException("stream refused (frame type " + type + ")");
            } else if (id == stream && (type == DATA || type == HEADERS)) {
                if (type == DATA) {
                    body.write(payload);
                }
                if ((flags & END_STREAM) != 0) {
                    return body.toString(StandardCharsets.UTF_8);
                }
            }
        }
    }

    private byte[] http1Body(Map<String, String> headers) throws IOException {
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (int size = Integer.parseInt(line().trim(), 16); size > 0; size = Integer.parseInt(line().trim(), 16)) {
                body.write(in.readNBytes(size));
                line();
            }
            line();
            return body.toByteArray();
        }
        return in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
    }

    private Map<String, String> headers() throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(); !line.isEmpty(); line = line()) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        return headers;
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    private void frame(int type, int flags, int stream, byte[] payload) throws IOException {
        out.write(new byte[] {(byte) (payload.length >>> 16), (byte) (payload.length >>> 8), (byte) payload.length,
                (byte) type, (byte) flags, (byte) (stream >>> 24), (byte) (stream >>> 16), (byte) (stream >>> 8), (byte) stream});
        out.write(payload);
    }

    /** HPACK literal header field without indexing, new name, no Huffman coding (RFC 7541 section 6.2.2). */
    private static void literal(ByteArrayOutputStream block, String name, String value) {
        block.write(0);
        string(block, name);
        string(block, value);
    }

    private static void string(ByteArrayOutputStream block, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > 126) {
            throw new IllegalArgumentException("kept short: one length byte");
        }
        block.write(bytes.length);
        block.writeBytes(bytes);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
