package org.oas.migration.platform.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * A JSON value already rendered as UTF-8, such as a jsonb column read as text, written into a response byte for
 * byte: list pages pass their JSON columns through without decoding them to strings and encoding them again.
 */
@JsonSerialize(using = RawJson.Writer.class)
public final class RawJson {

    private final byte[] utf8;

    private RawJson(byte[] utf8) {
        this.utf8 = utf8;
    }

    /** @return null for null, so an absent column stays absent */
    public static RawJson of(byte[] utf8) {
        return utf8 == null ? null : new RawJson(utf8);
    }

    /** @return null for null */
    public static RawJson of(String json) {
        return json == null ? null : new RawJson(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return new String(utf8, java.nio.charset.StandardCharsets.UTF_8);
    }

    static final class Writer extends StdSerializer<RawJson> {

        Writer() {
            super(RawJson.class);
        }

        @Override
        public void serialize(RawJson value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeRawValue(new Utf8Text(value.utf8));
        }
    }
}
