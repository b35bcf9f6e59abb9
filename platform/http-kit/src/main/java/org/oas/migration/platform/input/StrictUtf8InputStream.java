package org.oas.migration.platform.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.oas.migration.platform.problem.ApiException;
import org.oas.migration.platform.problem.ProblemType;

/**
 * Passes bytes through unchanged while a strict UTF-8 decoder (the JDK's: it refuses overlong forms, encoded
 * surrogates and truncated sequences) reads along; the first malformed byte is a 400 problem.
 */
final class StrictUtf8InputStream extends FilterInputStream {

    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final CharBuffer scratch = CharBuffer.allocate(8192);
    /** Up to three bytes of a sequence split across reads. */
    private final ByteBuffer pending = ByteBuffer.allocate(8192 + 4);
    private final byte[] one = new byte[1];
    private long offset;

    StrictUtf8InputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
        int n = super.read(buffer, off, len);
        if (n < 0) {
            check(new byte[0], 0, 0, true);
        } else {
            check(buffer, off, n, false);
        }
        return n;
    }

    private void check(byte[] bytes, int off, int len, boolean end) {
        int done = 0;
        while (done < len || end) {
            int chunk = Math.min(len - done, pending.remaining());
            pending.put(bytes, off + done, chunk);
            done += chunk;
            pending.flip();
            CoderResult result;
            do {
                scratch.clear();
                result = decoder.decode(pending, scratch, end && done == len);
            } while (result.isOverflow());
            if (result.isError()) {
                throw new ApiException(ProblemType.MALFORMED_BODY,
                        "The request body is not well-formed UTF-8 (at byte " + (offset + pending.position()) + ")");
            }
            offset += pending.position();
            pending.compact();
            if (end) {
                if (pending.position() > 0) {
                    throw new ApiException(ProblemType.MALFORMED_BODY, "The request body ends inside a UTF-8 character");
                }
                return;
            }
        }
    }
}
