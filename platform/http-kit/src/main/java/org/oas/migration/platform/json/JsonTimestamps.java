package org.oas.migration.platform.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.time.OffsetDateTime;

/**
 * Every response writes its timestamps with {@link UtcTimestampSerializer}. Applied last: Quarkus registers the
 * java.time module in its own customizer, and the module registered last wins.
 */
@Singleton
public class JsonTimestamps implements ObjectMapperCustomizer {

    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("utc-timestamps").addSerializer(OffsetDateTime.class, new UtcTimestampSerializer()));
    }
}
