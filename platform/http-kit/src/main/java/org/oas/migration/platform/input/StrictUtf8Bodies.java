package org.oas.migration.platform.input;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;

/**
 * JSON and NDJSON bodies must be well-formed UTF-8 (RFC 8259 section 8.1). Jackson decodes some malformed bytes
 * (overlong forms, encoded surrogates) into other characters instead of refusing them, so what was stored differed
 * from what was sent; checked here as the body streams by, never held whole.
 */
@Provider
public class StrictUtf8Bodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (isJsonText(context.getMediaType())) {
            context.setInputStream(new StrictUtf8InputStream(context.getInputStream()));
        }
        return context.proceed();
    }

    private static boolean isJsonText(MediaType type) {
        if (type == null) {
            return false;
        }
        String subtype = type.getSubtype().toLowerCase(java.util.Locale.ROOT);
        return "application".equalsIgnoreCase(type.getType())
                && (subtype.equals("json") || subtype.endsWith("+json") || subtype.equals("x-ndjson"));
    }
}
