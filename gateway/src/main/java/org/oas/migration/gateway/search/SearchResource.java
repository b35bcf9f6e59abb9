package org.oas.migration.gateway.search;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.oas.migration.platform.problem.ApiException;
import org.oas.migration.platform.problem.Problem;
import org.oas.migration.gateway.support.PageLimit;

/**
 * `GET /v1/search?q=&lang=&limit=` (documented for clients in resources/gateway/openapi.yaml; the annotations here only
 * make the generated /q/gateway-openapi, which the tests check answers against, declare the same statuses).
 */
@Path("/v1/search")
public class SearchResource {

    private static final Set<String> LANGUAGES = Set.of("en", "es", "fr", "pt");
    private static final int DEFAULT_LIMIT = 20;
    private static final int MAX_LIMIT = 200;

    private final Search search;

    SearchResource(Search search) {
        this.search = search;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "Results", content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "400", description = "A missing, invalid or unknown query parameter", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public CompletionStage<SearchResult> search(@QueryParam("q") String q, @QueryParam("lang") String lang,
                                                @HeaderParam("Accept-Language") String acceptLanguage,
                                                @QueryParam("limit") String limit) {
        if (q == null || q.isBlank()) {
            throw ApiException.invalid("q", "words to search for are required");
        }
        return search.search(q.trim(), language(lang, acceptLanguage), PageLimit.parse(limit, DEFAULT_LIMIT, MAX_LIMIT));
    }

    private static String language(String lang, String acceptLanguage) {
        if (lang != null && !lang.isBlank()) {
            String code = lang.trim().toLowerCase(Locale.ROOT);
            if (!LANGUAGES.contains(code)) {
                throw ApiException.invalid("lang", "one of en, es, fr, pt");
            }
            return code;
        }
        if (acceptLanguage != null && acceptLanguage.length() >= 2) {
            String code = acceptLanguage.substring(0, 2).toLowerCase(Locale.ROOT);
            return LANGUAGES.contains(code) ? code : null;
        }
        return null;
    }
}
