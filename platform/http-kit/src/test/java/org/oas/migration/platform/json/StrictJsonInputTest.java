package org.oas.migration.platform.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oas.migration.platform.problem.ApiException;
import org.oas.migration.platform.problem.FieldViolation;
import org.oas.migration.platform.problem.JsonProblems;

class StrictJsonInputTest {

    record Named(Map<String, String> names, List<String> tags) {
    }

    record Dated(java.time.LocalDate startDate) {
    }

    record Stamped(java.time.OffsetDateTime updatedAt) {
    }

    private final ObjectMapper mapper = strictMapper();

    @Test
    void aNulInANestedStringIsAProblemNamingItsField() {
        assertEquals(new FieldViolation("names.en", "must not contain the NUL character (U+0000)"),
                violation("{\"names\": {\"en\": \"a\\u0000b\"}}"));
    }

    @Test
    void aLoneSurrogateIsAProblemNamingItsField() {
        assertEquals("tags[1]", violation("{\"tags\": [\"ok\", \"a\\ud800b\"]}").field());
    }

    @Test
    void aFieldGivenTwiceIsAProblemNamingIt() {
        assertEquals("names", violation("{\"names\": {}, \"names\": {\"en\": \"x\"}}").field());
    }

    @Test
    void aPairedSurrogateIsText() throws JsonProcessingException {
        assertEquals("😀", mapper.readValue("{\"tags\": [\"\\ud83d\\ude00\"]}", Named.class).tags().get(0));
    }

    @Test
    void aNumberWhereTextIsDeclaredIsAProblemNamingItsField() {
        assertEquals("names.en", violation("{\"names\": {\"en\": 12345}}").field());
    }

    @Test
    void aBooleanWhereTextIsDeclaredIsAProblemNamingItsField() {
        assertEquals("tags[0]", violation("{\"tags\": [true]}").field());
    }

    @Test
    void aNumberWhereADateIsDeclaredIsAProblemNamingItsField() {
        JsonProcessingException e = assertThrows(JsonProcessingException.class,
                () -> mapper.readValue("{\"startDate\": 19000}", Dated.class));
        assertEquals("startDate", JsonProblems.from(e).problem().errors().get(0).field());
    }

    @Test
    void aNumberWhereADateTimeIsDeclaredIsAProblemNamingItsField() {
        JsonProcessingException e = assertThrows(JsonProcessingException.class,
                () -> mapper.readValue("{\"updatedAt\": 1700000000}", Stamped.class));
        assertEquals(new FieldViolation("updatedAt", "expected a date (RFC 3339)"), JsonProblems.from(e).problem().errors().get(0));
    }

    @Test
    void aNumberWhereADateTimeIsDeclaredIsRefusedInATreeToo() {
        // a merge patch is applied to a tree, then read from it (MergePatcher)
        assertThrows(JsonProcessingException.class,
                () -> mapper.treeToValue(mapper.readTree("{\"updatedAt\": 1.5}"), Stamped.class));
    }

    @Test
    void anArrayWhereADateIsDeclaredIsRefused() {
        assertThrows(JsonProcessingException.class, () -> mapper.readValue("{\"startDate\": [2020, 1, 1]}", Dated.class));
    }

    @Test
    void aDateTimeTextIsRead() throws JsonProcessingException {
        assertEquals(java.time.Instant.parse("2026-12-02T10:00:00Z"),
                mapper.readValue("{\"updatedAt\": \"2026-12-02T10:00:00Z\"}", Stamped.class).updatedAt().toInstant());
    }

    @Test
    void anythingAfterTheDocumentIsRefused() {
        assertThrows(JsonProcessingException.class, () -> mapper.readValue("{\"tags\": []}}garbage", Named.class));
        assertThrows(JsonProcessingException.class, () -> mapper.readValue("{\"tags\": []}{\"tags\": []}", Named.class));
    }

    private FieldViolation violation(String json) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> mapper.readValue(json, Named.class));
        ApiException problem = JsonProblems.from(e);
        return problem.problem().errors().get(0);
    }

    private static ObjectMapper strictMapper() {
        // As Quarkus builds it: java.time support, then the customizers.
        ObjectMapper mapper = new ObjectMapper().registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule());
        new StrictJsonInput().customize(mapper);
        return mapper;
    }
}
