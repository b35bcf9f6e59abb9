package org.oas.migration.platform.testing.contract;

import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A REST Assured filter that checks every answer a test receives against the OpenAPI document the application under
 * test serves ({@code /q/openapi} unless configured): the operation exists, the status is declared, the media type is
 * declared, a JSON body matches its schema. An answer that breaks the document fails the test ({@link Mode#FAIL}), or
 * is listed at the end of the test class ({@link Mode#REPORT}). Answers from elsewhere (another port without a
 * document) and streams that are not JSON are not read.
 */
public final class ResponseContract implements OrderedFilter {

    /** What a broken promise does. */
    public enum Mode { FAIL, REPORT, OFF }

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final String documentPath;
    private final List<String> checkedPrefixes;
    private final Mode mode;
    private final Map<String, OpenApiDocument> documents = new ConcurrentHashMap<>();
    private final AtomicLong validated = new AtomicLong();
    private final List<String> broken = new ArrayList<>();

    ResponseContract(Mode mode, String documentPath, List<String> checkedPrefixes) {
        this.mode = mode;
        this.documentPath = documentPath;
        this.checkedPrefixes = List.copyOf(checkedPrefixes);
    }

    /**
     * For tests that are not {@code @QuarkusTest} (the end-to-end tests through the gateway): every answer checked
     * against {@code documentPath} of the server it came from, a broken promise failing the test.
     */
    public static ResponseContract failingOn(String documentPath) {
        return new ResponseContract(Mode.FAIL, documentPath, List.of("/"));
    }

    Mode mode() {
        return mode;
    }

    @Override
    public int getOrder() {
        // Outermost: sees the answer exactly as the test will.
        return OrderedFilter.HIGHEST_PRECEDENCE;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification expectations,
                           FilterContext context) {
        Response response = context.next(request, expectations);
        URI uri = URI.create(request.getURI());
        // Kept once read; not while missing (the gateway serves its merged document once the services answered).
        Optional<OpenApiDocument> document = Optional.ofNullable(documents.get(origin(uri)));
        if (document.isEmpty()) {
            document = fetch(origin(uri));
            document.ifPresent(found -> documents.put(origin(uri), found));
        }
        String path = uri.getRawPath();
        if (document.isPresent() && checkedPrefixes.stream().anyMatch(path::startsWith)) {
            check(document.get(), request.getMethod(), path, response);
        }
        return response;
    }

    private void check(OpenApiDocument document, String method, String path, Response response) {
        Optional<OpenApiDocument.Operation> operation = document.operation(method, path);
        int status = response.statusCode();
        List<String> violations;
        if (operation.isEmpty()) {
            // What is not there may be refused: 404 for an unknown path, 405 for a method the path does not have.
            if (status == 404 || status == 405 || path.startsWith("/q/")) {
                return;
            }
            violations = List.of(method + " " + path + " " + status + ": no such operation in the document");
        } else {
            String contentType = response.contentType();
            boolean json = contentType != null && OpenApiDocument.isJson(OpenApiDocument.mediaType(contentType));
            violations = document.violations(operation.get(), status, contentType, json ? response.asByteArray() : null);
        }
        validated.incrementAndGet();
        if (!violations.isEmpty()) {
            synchronized (broken) {
                broken.addAll(violations);
            }
            if (mode == Mode.FAIL) {
                throw new AssertionError("The answer breaks the OpenAPI document " + documentPath + ":\n  "
                        + String.join("\n  ", violations));
            }
        }
    }

    private Optional<OpenApiDocument> fetch(String origin) {
        try {
            HttpResponse<byte[]> answer = HTTP.send(HttpRequest.newBuilder(URI.create(origin + documentPath))
                    .header("Accept", "application/json").timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
            return answer.statusCode() == 200 ? Optional.of(OpenApiDocument.parse(answer.body())) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
    }

    /** "N answers checked against /q/openapi, M violations" and, in report mode, what broke; then starts counting anew. */
    String summaryAndReset(String scope) {
        synchronized (broken) {
            StringBuilder text = new StringBuilder("OpenAPI contract (").append(scope).append("): ").append(validated.getAndSet(0))
                    .append(" answers checked against ").append(documentPath).append(", ").append(broken.size())
                    .append(" violations");
            if (mode == Mode.REPORT) {
                broken.stream().distinct().sorted().forEach(v -> text.append("\n  ").append(v));
            }
            broken.clear();
            return text.toString();
        }
    }
}
