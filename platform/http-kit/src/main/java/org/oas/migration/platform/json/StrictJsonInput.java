package org.oas.migration.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Refuses JSON that would be stored other than as sent: a key given twice (Jackson keeps the last silently), and
 * strings with NUL (PostgreSQL refuses it in text and jsonb) or a lone surrogate (stored as '?'). Each is a 400
 * naming the field, through {@code JsonProblems}.
 */
@Singleton
public class StrictJsonInput implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        mapper.registerModule(new SimpleModule("strict-strings").addDeserializer(String.class, new StrictStringDeserializer()));
    }

    /** Jackson's own string reading, then the check. */
    static final class StrictStringDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            String problem = StorableText.problemOf(value);
            if (problem != null) {
                throw new UnstorableTextException(parser, problem);
            }
            return value;
        }
    }
}
