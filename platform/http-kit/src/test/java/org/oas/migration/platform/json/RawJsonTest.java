package org.oas.migration.platform.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RawJsonTest {

    private final ObjectMapper mapper = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);

    record Item(String code, RawJson names, RawJson acronyms) {
    }

    @Test
    void writesTheBytesAsTheyAreInsideAnObject() throws Exception {
        byte[] names = "{\"en\": \"IOM\", \"es\": \"Organización Internacional para las Migraciones\"}".getBytes(StandardCharsets.UTF_8);
        String json = mapper.writeValueAsString(new Item("iom", RawJson.of(names), null));
        assertEquals("{\"code\":\"iom\",\"names\":{\"en\": \"IOM\", \"es\": \"Organización Internacional para las Migraciones\"}}", json);
        assertEquals("Organización Internacional para las Migraciones", mapper.readTree(json).at("/names/es").asText());
    }

    @Test
    void writesValuesLargerThanTheGeneratorsBuffer() throws Exception {
        String big = "[" + "\"á\",".repeat(20_000) + "\"z\"]";
        byte[] written = mapper.writeValueAsBytes(List.of(RawJson.of(big), RawJson.of(big.getBytes(StandardCharsets.UTF_8))));
        assertEquals("[" + big + "," + big + "]", new String(written, StandardCharsets.UTF_8));
    }

    @Test
    void nullStaysNull() {
        assertEquals(null, RawJson.of((byte[]) null));
        assertEquals(null, RawJson.of((String) null));
    }
}
