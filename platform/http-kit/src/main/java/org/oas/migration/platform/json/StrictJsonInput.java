package org.oas.migration.platform.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
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
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

/**
 * Refuses JSON that would be stored other than as sent: a key given twice (Jackson keeps the last silently), and
 * strings with NUL (PostgreSQL refuses it in text and jsonb) or a lone surrogate (stored as '?'); a number or boolean
 * where text is declared (Jackson would store its digits), a number where a date is (read as days since 1970), and
 * anything after the document (Jackson stops reading after the first value: {@code {...}garbage} was accepted).
 * Dates and date-times are text only: Jackson's java.time readers take a number as seconds since 1970 and an array
 * as a date's parts even when strict, and ignore coercion settings, so a wrapper refuses other tokens before them.
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
        for (Class<?> date : DATES) {
            mapper.configOverride(date).setFormat(JsonFormat.Value.forLeniency(false));
        }
        mapper.registerModule(new SimpleModule("strict-strings").addDeserializer(String.class, new StrictStringDeserializer())
                .setDeserializerModifier(new DatesAsTextOnly()));
    }

    private static final Set<Class<?>> DATES = Set.of(LocalDate.class, LocalDateTime.class, OffsetDateTime.class,
            ZonedDateTime.class, Instant.class);

    /** Wraps the java.time readers of {@link #DATES} in {@link TextOnlyDate}. */
    static final class DatesAsTextOnly extends BeanDeserializerModifier {

        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                      JsonDeserializer<?> deserializer) {
            return DATES.contains(description.getBeanClass()) ? new TextOnlyDate(deserializer) : deserializer;
        }
    }

    /** A date read from a JSON string only (or a value Jackson itself buffered); anything else names its field. */
    static final class TextOnlyDate extends DelegatingDeserializer {

        TextOnlyDate(JsonDeserializer<?> reader) {
            super(reader);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> reader) {
            return new TextOnlyDate(reader);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING) && !parser.hasToken(JsonToken.VALUE_EMBEDDED_OBJECT)) {
                return context.handleUnexpectedToken(handledType(), parser);
            }
            return super.deserialize(parser, context);
        }
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
