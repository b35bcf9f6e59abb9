package org.oas.migration.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A service with more than one instance (gateway.upstreams.organizations.replicas): taken in turn, a stopped one skipped. */
@QuarkusTest
class ReplicasTest {

    private static final String POST_BODY = "{\"code\": \"replica-test\"}";

    private static String authority(StubService stub) {
        return URI.create(stub.url()).getAuthority();
    }

    /** Which instance answered: the Host header the echo saw (the instance's own address). */
    private static String answeredBy(String method) {
        var request = given().contentType("application/json");
        var response = method.equals("POST") ? request.body(POST_BODY).post("/v1/organizations") : request.get("/v1/organizations");
        return response.then().statusCode(200).extract().path("headers.host");
    }

    /** A test that stopped an instance leaves it out for the breaker's delay: wait until both answer again. */
    @BeforeEach
    void bothInstancesInRotation() {
        Set<String> both = Set.of(authority(GatewayTestResource.stub("organizations")), authority(GatewayTestResource.organizationsReplica()));
        Set<String> seen = new HashSet<>();
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> {
            seen.add(answeredBy("GET"));
            return seen.equals(both);
        });
    }

    @AfterEach
    void answerEverything() {
        GatewayTestResource.stub("organizations").answerAll();
        GatewayTestResource.organizationsReplica().answerAll();
    }

    @Test
    void requestsAreSharedByTheInstancesInTurn() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 4; i++) {
            seen.add(answeredBy("GET"));
        }
        assertEquals(Set.of(authority(GatewayTestResource.stub("organizations")), authority(GatewayTestResource.organizationsReplica())), seen);
    }

    @Test
    void aStoppedInstanceIsSkippedWithoutAFailedRequest() {
        StubService replica = GatewayTestResource.organizationsReplica();
        replica.stop();
        try {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < 6; i++) {
                seen.add(answeredBy(i % 2 == 0 ? "GET" : "POST"));
            }
            assertEquals(Set.of(authority(GatewayTestResource.stub("organizations"))), seen);
        } finally {
            replica.start();
        }
    }

    @Test
    void aReadWhoseInstanceHangsUpIsAnsweredByTheNext() {
        StubService primary = GatewayTestResource.stub("organizations");
        primary.hangUpNext();
        for (int i = 0; i < 10 && !primary.hungUp(); i++) {
            given().get("/v1/organizations").then().statusCode(200);
        }
        assertTrue(primary.hungUp());
    }

    /** The write may have been applied where it arrived: only the client can tell whether to send it again. */
    @Test
    void aWriteWhoseInstanceHangsUpIsNotSentAgain() {
        StubService primary = GatewayTestResource.stub("organizations");
        primary.hangUpNext();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 10 && !primary.hungUp(); i++) {
            statuses.add(given().contentType("application/json").body(POST_BODY).post("/v1/organizations").statusCode());
        }
        assertTrue(primary.hungUp());
        assertEquals(503, statuses.get(statuses.size() - 1), statuses.toString());
        assertTrue(statuses.subList(0, statuses.size() - 1).stream().allMatch(status -> status == 200), statuses.toString());
    }

    @Test
    void aRestartedInstanceIsTakenBackAfterTheDelay() {
        StubService replica = GatewayTestResource.organizationsReplica();
        replica.stop();
        try {
            answeredBy("GET");
            answeredBy("GET");
        } finally {
            replica.start();
        }
        Awaitility.await().atMost(Duration.ofSeconds(15))
                .until(() -> answeredBy("GET").equals(authority(replica)));
    }
}
