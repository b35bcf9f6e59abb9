package org.oas.migration.platform.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Refuses JSON that would be stored other than as sent: a key given twice (Jackson keeps the last silently), and
 * strings with NUL (PostgreSQL refuses it in text and jsonb) or a lone surrogate (stored as '?'); a number or boolean
 * where text is declared (Jackson would store its digits), a number where a date is (read as days since 1970), and
 * anything after the document (Jackson stops reading after the first value: {@code {...}garbage} was accepted).
 * Each is a 400 naming the field, through {@code JsonProblems}.
 */
@Singleton
public class StrictJsonInput implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        for (CoercionInputShape scalar : List.of(CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean)) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(scalar, CoercionAction.Fail);
        }
        for (Class<?> date : List.of(LocalDate.class, LocalDateTime.class, OffsetDateTime.class, Instant.class)) {
            mapper.configOverride(date).setFormat(JsonFormat.Value.forLeniency(false));
        }
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
