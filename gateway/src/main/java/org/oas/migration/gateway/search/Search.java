package org.oas.migration.gateway.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.oas.migration.gateway.config.GatewayConfig;
import org.oas.migration.gateway.routing.Upstream;
import org.oas.migration.gateway.routing.Upstreams;

/**
 * One search over every collection: asks each service in parallel with a short timeout, then interleaves the
 * answers rank by rank (first hit of each collection, then the second, ...), since the services' scores are not
 * comparable with one another. A collection that fails or is late is named in `unavailable`, never an error.
 */
@ApplicationScoped
public class Search {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Upstreams upstreams;
    private final GatewayConfig.Search config;

    Search(Upstreams upstreams, GatewayConfig config) {
        this.upstreams = upstreams;
        this.config = config.search();
    }

    public CompletionStage<SearchResult> search(String q, String lang, int limit) {
        List<String> collections = config.collections();
        List<Future<List<SearchHit>>> answers = new ArrayList<>();
        for (String collection : collections) {
            answers.add(ask(collection, q, lang, limit));
        }
        return Future.join(answers).transform(ignored -> {
            List<List<SearchHit>> ranked = new ArrayList<>();
            List<String> unavailable = new ArrayList<>();
            for (int i = 0; i < collections.size(); i++) {
                if (answers.get(i).succeeded()) {
                    ranked.add(answers.get(i).result());
                } else {
                    unavailable.add(collections.get(i).substring(collections.get(i).lastIndexOf('/') + 1));
                }
            }
            return Future.succeededFuture(new SearchResult(interleave(ranked, limit), unavailable));
        }).toCompletionStage();
    }

    static List<SearchHit> interleave(List<List<SearchHit>> ranked, int limit) {
        List<SearchHit> merged = new ArrayList<>();
        List<Iterator<SearchHit>> cursors = ranked.stream().map(List::iterator).toList();
        boolean any = true;
        while (any && merged.size() < limit) {
            any = false;
            for (Iterator<SearchHit> cursor : cursors) {
                if (cursor.hasNext() && merged.size() < limit) {
                    merged.add(cursor.next());
                    any = true;
                }
            }
        }
        return merged;
    }

    private Future<List<SearchHit>> ask(String collection, String q, String lang, int limit) {
        Upstream upstream = upstreams.owning(collection).orElse(null);
        if (upstream == null) {
            return Future.failedFuture("no service owns " + collection);
        }
        StringBuilder uri = new StringBuilder(collection).append("?limit=").append(limit).append("&q=").append(encode(q));
        if (lang != null) {
            uri.append("&lang=").append(encode(lang));
        }
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setURI(uri.toString())
                .addHeader("Accept", "application/json").setTimeout(config.timeout().toMillis());
        String kind = singular(collection.substring(collection.lastIndexOf('/') + 1));
        return upstream.client().request(options)
                .compose(request -> request.send())
                .compose(response -> response.statusCode() == 200 ? response.body()
                        : Future.failedFuture(collection + " answered " + response.statusCode()))
                .map(body -> hits(kind, collection, lang, body.toString()));
    }

    private static List<SearchHit> hits(String kind, String collection, String lang, String body) {
        try {
            List<SearchHit> hits = new ArrayList<>();
            for (JsonNode item : JSON.readTree(body).path("items")) {
                String id = item.path("id").asText(null);
                if (id == null) {
                    continue;
                }
                JsonNode title = item.has("title") ? item.get("title") : item.get("names");
                hits.add(new SearchHit(kind, id, title, text(title, lang), collection + "/" + id));
            }
            return hits;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(collection + " did not answer JSON", e);
        }
    }

    /** The title in the asked language, else English, else whichever comes first. */
    static String text(JsonNode title, String lang) {
        if (title == null || title.isNull()) {
            return null;
        }
        if (title.isTextual()) {
            return title.asText();
        }
        for (String key : new String[] {lang, "en"}) {
            if (key != null && title.hasNonNull(key)) {
                return title.get(key).asText();
            }
        }
        Iterator<Map.Entry<String, JsonNode>> fields = title.fields();
        return fields.hasNext() ? fields.next().getValue().asText() : null;
    }

    private static String singular(String plural) {
        return plural.endsWith("ies") ? plural.substring(0, plural.length() - 3) + "y"
                : plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
