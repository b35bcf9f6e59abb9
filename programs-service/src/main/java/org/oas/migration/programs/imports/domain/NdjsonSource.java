package org.oas.migration.programs.imports.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.oas.migration.platform.problem.JsonProblems;
import org.oas.migration.platform.problem.ProblemType;

/**
 * NDJSON lines as import items. Lines are numbered as in the file (1-based, blank lines count but are skipped).
 * A line longer than the limit is rejected on its own without being held in memory.
 */
public final class NdjsonSource implements ImportSource {

    private static final int INITIAL_LINE_BUFFER = 4096;

    private final InputStream in;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private final ObjectReader reader;
    private final int maxLineBytes;
    private byte[] line = new byte[INITIAL_LINE_BUFFER];
    private int length;
    private int lineNumber;
    private boolean overflow;

    public NdjsonSource(Path file, ObjectMapper json, int maxLineBytes) {
        try {
            this.in = Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.reader = json.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.maxLineBytes = maxLineBytes;
    }

    @Override
    public ImportItem next() {
        try {
            while (readLine()) {
                lineNumber++;
                if (overflow) {
                    return ImportItem.unreadable(lineNumber, null, ProblemType.PAYLOAD_TOO_LARGE.problem(
                            "The line is longer than " + maxLineBytes + " bytes"), List.of());
                }
                int start = lineNumber == 1 ? skipByteOrderMark() : 0;
                if (!isBlank(start)) {
                    return parse(start);
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ImportItem parse(int start) {
        try {
            JsonNode node = reader.readTree(line, start, length - start);
            if (node instanceof ObjectNode body) {
                return ImportItem.of(lineNumber, body, List.of());
            }
            return ImportItem.unreadable(lineNumber, null, ProblemType.INVALID_INPUT.problem(
                    "Each line must be a JSON object: an activity write body"), List.of());
        } catch (JsonProcessingException e) {
            return ImportItem.unreadable(lineNumber, null, JsonProblems.from(e).problem(), List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads up to the next '\n' (dropped, with a '\r' before it); false at the end of the file. */
    private boolean readLine() throws IOException {
        length = 0;
        overflow = false;
        if (!fill()) {
            return false;
        }
        while (fill()) {
            int end = position;
            while (end < limit && buffer[end] != '\n') {
                end++;
            }
            append(position, end);
            boolean found = end < limit;
            position = found ? end + 1 : end;
            if (found) {
                break;
            }
        }
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        return true;
    }

    /** Copies buffer[from, to) into the line, up to the line limit (beyond it only notes the overflow). */
    private void append(int from, int to) {
        int n = Math.min(to - from, maxLineBytes - length);
        if (n < to - from) {
            overflow = true;
        }
        if (length + n > line.length) {
            line = Arrays.copyOf(line, Math.min(maxLineBytes, Math.max(length + n, line.length * 2)));
        }
        System.arraycopy(buffer, from, line, length, n);
        length += n;
    }

    private boolean fill() throws IOException {
        if (position < limit) {
            return true;
        }
        int n = in.read(buffer);
        position = 0;
        limit = Math.max(n, 0);
        return n > 0;
    }

    private int skipByteOrderMark() {
        return length >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB && line[2] == (byte) 0xBF ? 3 : 0;
    }

    private boolean isBlank(int start) {
        for (int i = start; i < length; i++) {
            byte b = line[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException ignored) {
            // a read-only temp file
        }
    }
}
