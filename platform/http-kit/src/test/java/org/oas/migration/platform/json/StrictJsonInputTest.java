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

    private FieldViolation violation(String json) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> mapper.readValue(json, Named.class));
        ApiException problem = JsonProblems.from(e);
        return problem.problem().errors().get(0);
    }

    private static ObjectMapper strictMapper() {
        ObjectMapper mapper = new ObjectMapper();
        new StrictJsonInput().customize(mapper);
        return mapper;
    }
}
