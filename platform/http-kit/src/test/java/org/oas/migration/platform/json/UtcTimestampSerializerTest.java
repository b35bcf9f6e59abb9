package org.oas.migration.platform.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class UtcTimestampSerializerTest {

    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new SimpleModule().addSerializer(OffsetDateTime.class, new UtcTimestampSerializer()));

    @Test
    void writesWhatTheIsoFormatterWritesForEdgeValues() throws Exception {
        List<OffsetDateTime> values = List.of(
                OffsetDateTime.of(2026, 11, 29, 16, 47, 1, 878_321_000, ZoneOffset.UTC),
                OffsetDateTime.of(2026, 1, 2, 3, 4, 0, 0, ZoneOffset.UTC),
                OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 100_000_000, ZoneOffset.UTC),
                OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 1, ZoneOffset.UTC),
                OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_999, ZoneOffset.UTC),
                OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
                OffsetDateTime.of(10000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
        for (OffsetDateTime value : values) {
            assertEquals(quotedIso(value), mapper.writeValueAsString(value));
        }
    }

    @Test
    void writesWhatTheIsoFormatterWritesForRandomInstants() throws Exception {
        SplittableRandom random = new SplittableRandom(20261129);
        for (int i = 0; i < 100_000; i++) {
            long micros = random.nextLong(-62_000_000_000_000_000L, 253_000_000_000_000_000L);
            OffsetDateTime value = OffsetDateTime.ofInstant(java.time.Instant.EPOCH.plusNanos(micros * 1000), ZoneOffset.UTC);
            assertEquals(quotedIso(value), mapper.writeValueAsString(value));
        }
    }

    @Test
    void convertsOtherOffsetsToUtc() throws Exception {
        OffsetDateTime inBogota = OffsetDateTime.of(2026, 11, 29, 23, 30, 0, 0, ZoneOffset.ofHours(-5));
        assertEquals("\"2026-11-30T04:30:00Z\"", mapper.writeValueAsString(inBogota));
    }

    private static String quotedIso(OffsetDateTime value) {
        return "\"" + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value) + "\"";
    }
}
