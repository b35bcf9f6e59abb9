package org.oas.migration.platform.input;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.oas.migration.platform.problem.ApiException;
import org.oas.migration.platform.problem.ProblemType;

class StrictUtf8InputStreamTest {

    @Test
    void wellFormedTextPassesUnchangedEvenWhenReadAByteAtATime() throws IOException {
        byte[] text = "{\"name\": \"Organización Internacional 移民 😀\"}".getBytes(StandardCharsets.UTF_8);
        try (InputStream in = new StrictUtf8InputStream(new ByteArrayInputStream(text))) {
            byte[] read = new byte[text.length];
            for (int i = 0; i < text.length; i++) {
                read[i] = (byte) in.read();
            }
            assertEquals(-1, in.read());
            assertArrayEquals(text, read);
        }
    }

    @Test
    void anOverlongFormIsRefused() {
        assertRefused(new byte[] {'"', (byte) 0xc1, (byte) 0x81, '"'});
    }

    @Test
    void anEncodedSurrogateIsRefused() {
        assertRefused(new byte[] {'"', 'a', (byte) 0xed, (byte) 0xa0, (byte) 0x80, 'b', '"'});
    }

    @Test
    void aBodyEndingInsideACharacterIsRefused() {
        assertRefused(new byte[] {'"', (byte) 0xe2, (byte) 0x82});
    }

    private static void assertRefused(byte[] body) {
        ApiException refused = assertThrows(ApiException.class, () -> {
            try (InputStream in = new StrictUtf8InputStream(new ByteArrayInputStream(body))) {
                in.readAllBytes();
            }
        });
        assertEquals(ProblemType.MALFORMED_BODY, refused.type());
    }
}
