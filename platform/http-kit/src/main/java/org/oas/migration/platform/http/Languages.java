package org.oas.migration.platform.http;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import java.util.Set;
import org.oas.migration.platform.problem.ApiException;

/** The four OAS official languages, and which one a request asks for (to sort and to search). */
public final class Languages {

    public static final Set<String> OFFICIAL = Set.of("en", "es", "fr", "pt");
    public static final String DEFAULT = "en";

    private Languages() {
    }

    /** {@code ?lang=} wins; else the first official language of Accept-Language; else English. */
    public static String resolve(String lang, HttpHeaders headers) {
        if (lang != null && !lang.isBlank()) {
            String code = lang.trim().toLowerCase(Locale.ROOT);
            if (!OFFICIAL.contains(code)) {
                throw ApiException.invalid("lang", "must be one of en, es, fr, pt");
            }
            return code;
        }
        if (headers != null) {
            for (Locale locale : headers.getAcceptableLanguages()) {
                if (OFFICIAL.contains(locale.getLanguage())) {
                    return locale.getLanguage();
                }
            }
        }
        return DEFAULT;
    }

    /** PostgreSQL text search configuration for a language. */
    public static String textSearchConfig(String language) {
        return switch (language) {
            case "es" -> "spanish";
            case "fr" -> "french";
            case "pt" -> "portuguese";
            default -> "english";
        };
    }
}
