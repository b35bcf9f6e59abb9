package org.oas.migration.organizations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.oas.migration.organizations.Fixtures.asAdmin;
import static org.oas.migration.organizations.Fixtures.uniqueCode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** What caches and browsers are told: who may reuse an answer, for how long, on which request headers it varies. */
@QuarkusTest
class HttpCachingTest {

    @Test
    void anAnonymousReadIsPublicForAShortTimeThenRevalidated() {
        given().get("/v1/organizations").then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=30, must-revalidate"))
                .header("Vary", containsString("Accept-Language")).header("Vary", containsString("Authorization"));
    }

    @Test
    void aReadWithCredentialsIsPrivate() {
        asAdmin().get("/v1/organizations").then().statusCode(200).header("Cache-Control", equalTo("private, no-cache"));
    }

    @Test
    void aWriteIsNeverStored() {
        asAdmin().body(Fixtures.organization(uniqueCode("cache"), "other", "Cache test", "Prueba de caché", null)).post("/v1/organizations")
                .then().statusCode(201).header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void aProblemIsNeverStored() {
        given().get("/v1/organizations/no-such-code-anywhere").then().statusCode(404).header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void aLargeListIsGzippedForAClientThatAcceptsIt() throws IOException, InterruptedException {
        HttpResponse<InputStream> answer = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + RestAssured.port + "/v1/organizations?limit=200"))
                        .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofInputStream());

        assertEquals(200, answer.statusCode());
        assertEquals("gzip", answer.headers().firstValue("Content-Encoding").orElse("none"));
        try (InputStream json = new GZIPInputStream(answer.body())) {
            assertEquals('{', json.read(), "a gzipped JSON object");
        }
    }
}
