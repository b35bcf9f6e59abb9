package org.oas.migration.programs.imports.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.oas.migration.platform.problem.ApiException;
import org.oas.migration.platform.problem.ProblemType;

/**
 * The request body copied to a temporary file as it arrives, in fixed-size chunks: memory stays flat whatever the
 * size, and the body can be checked whole (size, line count, XML well-formedness) before the first line is
 * written, so an oversize or truncated import changes nothing. Deleted on close.
 */
public final class SpooledBody implements AutoCloseable {

    private static final int CHUNK = 64 * 1024;

    private final Path file;
    private final long bytes;
    private final int nonBlankLines;

    private SpooledBody(Path file, long bytes, int nonBlankLines) {
        this.file = file;
        this.bytes = bytes;
        this.nonBlankLines = nonBlankLines;
    }

    /**
     * @param maxLines non-blank lines allowed (NDJSON records); pass {@link Integer#MAX_VALUE} for XML
     * @throws ApiException 413 past {@code maxBytes} or {@code maxLines}; 400 if the body cannot be read
     */
    public static SpooledBody spool(InputStream body, Path dir, long maxBytes, int maxLines) {
        Path file = createFile(dir);
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] chunk = new byte[CHUNK];
            long total = 0;
            int lines = 0;
            boolean lineHasContent = false;
            int n;
            while ((n = body.read(chunk)) != -1) {
                total += n;
                if (total > maxBytes) {
                    throw tooLarge("The import body exceeds " + maxBytes + " bytes");
                }
                // Counted as the bytes go by (ASCII delimiters are never part of a UTF-8 multi-byte sequence).
                for (int i = 0; i < n; i++) {
                    byte b = chunk[i];
                    if (b == '\n') {
                        if (lineHasContent && ++lines > maxLines) {
                            throw tooLarge("An import holds at most " + maxLines + " lines");
                        }
                        lineHasContent = false;
                    } else if (b != ' ' && b != '\t' && b != '\r') {
                        lineHasContent = true;
                    }
                }
                out.write(chunk, 0, n);
            }
            if (lineHasContent && ++lines > maxLines) {
                throw tooLarge("An import holds at most " + maxLines + " lines");
            }
            return new SpooledBody(file, total, lines);
        } catch (IOException e) {
            delete(file);
            // Vert.x's own cap ("Request too large") or a client that went away mid-body.
            if (String.valueOf(e.getMessage()).contains("too large")) {
                throw tooLarge("The import body exceeds " + maxBytes + " bytes");
            }
            throw new ApiException(ProblemType.MALFORMED_BODY, "The import body could not be read to its end: " + e.getMessage());
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    private static Path createFile(Path dir) {
        try {
            Files.createDirectories(dir);
            return Files.createTempFile(dir, "import-", ".body");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create an import spool file in " + dir, e);
        }
    }

    private static ApiException tooLarge(String detail) {
        // The rest of the body is left unread: the connection must not be reused.
        return new ApiException(ProblemType.PAYLOAD_TOO_LARGE, detail + "; split it into several imports",
                java.util.List.of(), Map.of("Connection", "close"));
    }

    public Path file() {
        return file;
    }

    public long bytes() {
        return bytes;
    }

    public int nonBlankLines() {
        return nonBlankLines;
    }

    @Override
    public void close() {
        delete(file);
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temp file left behind is harmless; the OS cleans its temp dir
        }
    }
}
