package org.oas.migration.programs.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oas.migration.platform.problem.ApiException;
import org.oas.migration.programs.imports.domain.ImportItem;
import org.oas.migration.programs.imports.domain.NdjsonSource;
import org.oas.migration.programs.imports.domain.SpooledBody;

/** Spooling and NDJSON reading, without the service. */
class NdjsonSourceTest {

    @TempDir
    Path dir;

    @Test
    void numbersLinesAsInTheFileAndRejectsBadOnesAlone() throws IOException {
        String body = "\uFEFF{\"externalId\":\"a\",\"reportingOrganization\":\"iom\"}\r\n"
                + "\n"
                + "   \n"
                + "{\"externalId\": \"b\", oops}\n"
                + "[1, 2]\n"
                + "{\"externalId\":\"c\"} {\"externalId\":\"d\"}\n"
                + "{\"externalId\":\"e\",\"title\":{\"en\":\"Tránsito\"}}";   // no final newline
        List<ImportItem> items = read(body, 1024);
        assertEquals(List.of(1, 4, 5, 6, 7), items.stream().map(ImportItem::line).toList());
        assertEquals("a", items.get(0).externalId());
        assertNull(items.get(0).problem());
        assertEquals("https://api.oas.org/problems/malformed-body", items.get(1).problem().type());
        assertEquals("Each line must be a JSON object: an activity write body", items.get(2).problem().detail());
        assertNotNull(items.get(3).problem(), "two JSON values on one line");
        assertEquals("Tránsito", items.get(4).body().at("/title/en").asText());
    }

    @Test
    void aLineOverTheLimitIsRejectedAloneWithoutBeingHeld() throws IOException {
        String longLine = "{\"externalId\":\"" + "x".repeat(5000) + "\"}";
        List<ImportItem> items = read("{\"externalId\":\"a\"}\n" + longLine + "\n{\"externalId\":\"b\"}\n", 1000);
        assertEquals(3, items.size());
        assertEquals(413, items.get(1).problem().status());
        assertEquals("b", items.get(2).externalId());
    }

    @Test
    void spoolingCountsNonBlankLinesAndEnforcesLimits() {
        try (SpooledBody spooled = spool("a\n\n b \r\nc", 100, 3)) {
            assertEquals(3, spooled.nonBlankLines());
            assertEquals(9, spooled.bytes());
            assertTrue(Files.exists(spooled.file()));
        }
        ApiException lines = assertThrows(ApiException.class, () -> spool("a\nb\nc\nd\n", 100, 3));
        assertEquals(413, lines.problem().status());
        assertEquals("close", lines.headers().get("Connection"));
        assertEquals(413, assertThrows(ApiException.class, () -> spool("a".repeat(101), 100, 3)).problem().status());
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "spool files are deleted, also when refused");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private SpooledBody spool(String body, long maxBytes, int maxLines) {
        return SpooledBody.spool(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), dir, maxBytes, maxLines);
    }

    private List<ImportItem> read(String body, int maxLineBytes) {
        List<ImportItem> items = new ArrayList<>();
        try (SpooledBody spooled = spool(body, 1 << 20, 100);
             NdjsonSource source = new NdjsonSource(spooled.file(), new ObjectMapper(), maxLineBytes)) {
            for (ImportItem item = source.next(); item != null; item = source.next()) {
                items.add(item);
            }
        }
        return items;
    }
}
