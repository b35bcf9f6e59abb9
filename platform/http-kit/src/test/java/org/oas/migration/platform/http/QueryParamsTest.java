package org.oas.migration.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.oas.migration.platform.problem.ApiException;

class QueryParamsTest {

    @Test
    void aDateTimeBeyondYear9999IsAProblemNamingTheParameter() {
        ApiException e = assertThrows(ApiException.class,
                () -> QueryParams.dateTime("updatedSince", "+999999999-01-01T00:00:00Z"));
        assertEquals("updatedSince", e.problem().errors().get(0).field());
    }

    @Test
    void anRfc3339DateTimeIsRead() {
        assertEquals(OffsetDateTime.parse("2026-01-31T12:00:00Z"), QueryParams.dateTime("updatedSince", "2026-01-31T12:00:00Z"));
    }
}
