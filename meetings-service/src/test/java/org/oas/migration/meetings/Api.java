package org.oas.migration.meetings;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** What the API tests share: an admin's request, and a run's own names and numbers so tests never collide. */
final class Api {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private Api() {
    }

    static RequestSpecification admin() {
        return given().header("Authorization", org.oas.migration.platform.testing.Tokens.bearer(
                org.oas.migration.platform.testing.Tokens.admin())).contentType(ContentType.JSON);
    }

    /** Six characters unique to one test class's run, for organization codes. */
    static String run() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    /** Symbol numbers counting up from a random start in [base, base + span); each test class takes its own range. */
    static AtomicInteger numbers(int base, int span) {
        return new AtomicInteger(base + (int) (Math.abs(UUID.randomUUID().getMostSignificantBits()) % span));
    }
}
