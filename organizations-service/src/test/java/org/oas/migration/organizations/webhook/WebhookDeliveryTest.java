package org.oas.migration.organizations.webhook;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.oas.migration.organizations.Fixtures.asAdmin;
import static org.oas.migration.organizations.Fixtures.asPartner;
import static org.oas.migration.organizations.Fixtures.uniqueCode;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oas.migration.organizations.webhook.domain.WebhookDispatcher;
import org.oas.migration.platform.testing.EventWriter;

/**
 * Deliveries to a receiver on loopback, on the real service, PostgreSQL and Kafka: each is a Standard Webhooks
 * signed POST of the CloudEvent, retried after a failure, kept in PostgreSQL while the workers are stopped, refused
 * at delivery for a private address, signed with both secrets during a rotation's overlap.
 */
@QuarkusTest
class WebhookDeliveryTest {

    private static final String UPDATED = "org.oas.migration.organization.updated";

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    EntityManager em;

    @Test
    void anEventIsDeliveredAsASignedStructuredCloudEvent() {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            Webhooks hook = Webhooks.forNewOrganization(asAdmin(), receiver.url());
            String website = hook.changeOrganization();

            WebhookReceiver.Received delivery = receiver.await(Webhooks.updateTo(website));
            assertTrue(delivery.signedWith(hook.secret()), "signed with the webhook's secret: " + delivery.signature());
            assertTrue(delivery.contentType().startsWith("application/cloudevents+json"), delivery.contentType());
            JsonNode event = delivery.event();
            assertEquals("1.0", event.path("specversion").asText());
            assertEquals(delivery.id(), event.path("id").asText(), "webhook-id is the CloudEvent id");
            assertEquals(hook.organizationId(), event.path("subject").asText());
            assertEquals("/organizations-service", event.path("source").asText());
            assertEquals(hook.organizationCode(), event.path("data").path("code").asText());
            long age = Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(delivery.timestamp()));
            assertTrue(age < 60, "webhook-timestamp is the attempt's time in seconds");
        }
    }

    @Test
    void theDeliveryLogShowsStatusLatencyAndTheReceiversAnswer() {
        try (WebhookReceiver receiver = new WebhookReceiver().alwaysAnswering(200)) {
            Webhooks hook = Webhooks.forNewOrganization(asAdmin(), receiver.url());
            receiver.await(Webhooks.updateTo(hook.changeOrganization()));

            Map<String, Object> entry = hook.awaitLog(d -> UPDATED.equals(d.get("eventType")) && "delivered".equals(d.get("status"))).stream()
                    .filter(d -> UPDATED.equals(d.get("eventType"))).findFirst().orElseThrow();
            assertEquals(200, entry.get("lastStatusCode"));
            assertEquals("answer 200", entry.get("lastResponse"));
            assertTrue(((Number) entry.get("lastLatencyMs")).intValue() >= 0);
            assertEquals(1, entry.get("attempts"));
        }
    }

    @Test
    void aDeliveryIsRetriedAfterTheReceiverFailed() {
        try (WebhookReceiver receiver = new WebhookReceiver().answering(500, 503)) {
            // only the update: the creation event must not take the failures
            Webhooks hook = Webhooks.forNewOrganization(asAdmin(), receiver.url(), UPDATED);
            String website = hook.changeOrganization();

            await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received(Webhooks.updateTo(website)).size() >= 3);
            List<WebhookReceiver.Received> attempts = receiver.received(Webhooks.updateTo(website));
            assertEquals(1, attempts.stream().map(WebhookReceiver.Received::id).distinct().count(), "one webhook-id across retries");
            String deliveryId = (String) hook.awaitLog(d -> "delivered".equals(d.get("status"))).get(0).get("id");
            asAdmin().get("/v1/webhooks/" + hook.id() + "/deliveries/" + deliveryId).then().statusCode(200)
                    .body("status", equalTo("delivered")).body("attempts", equalTo(3))
                    .body("history.statusCode", equalTo(List.of(500, 503, 204)));
        }
    }

    @Test
    void undeliveredRowsSurviveStoppedWorkersAndAreDeliveredWhenTheyStartAgain() {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            Webhooks hook = Webhooks.forNewOrganization(asAdmin(), receiver.url());
            dispatcher.stop();
            String website;
            try {
                website = hook.changeOrganization();
                hook.awaitLog(d -> UPDATED.equals(d.get("eventType")) && "pending".equals(d.get("status")));
                assertTrue(receiver.received(Webhooks.updateTo(website)).isEmpty(), "nothing is sent while the workers are stopped");
                assertFalse(dispatcher.isRunning());
            } finally {
                dispatcher.start();
            }
            receiver.await(Webhooks.updateTo(website));
            hook.awaitLog(d -> UPDATED.equals(d.get("eventType")) && "delivered".equals(d.get("status")));
        }
    }

    @Test
    void aDeliveryToAnAddressThatIsNowPrivateIsRefusedWithoutConnecting() {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            // only the update, which comes after the change below (the creation's event could be delivered before it)
            Webhooks hook = Webhooks.forNewOrganization(asAdmin(), receiver.url(), UPDATED);
            // The name a webhook was registered with may resolve elsewhere later: the stored target now is a private address.
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE webhook_subscription SET url = ?1 WHERE id = ?2")
                    .setParameter(1, "http://10.20.30.40:" + receiver.url().split(":")[2]).setParameter(2, UUID.fromString(hook.id()))
                    .executeUpdate());
            hook.changeOrganization();

            Map<String, Object> refused = hook.awaitLog(d -> d.get("lastError") != null).stream()
                    .filter(d -> d.get("lastError") != null).findFirst().orElseThrow();
            assertTrue(refused.get("lastError").toString().contains("10.20.30.40, a private address"), refused.toString());
            assertEquals("pending", refused.get("status"), "refused attempts are retried (the name may resolve back)");
            assertTrue(receiver.received().isEmpty());
        }
    }

    @Test
    void duringARotationsOverlapDeliveriesCarryBothSignatures() {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            Webhooks hook = Webhooks.forNewOrganization(asPartner(uniqueCode("rot")), receiver.url());
            String rotated = asAdmin().post("/v1/webhooks/" + hook.id() + "/secret").then().statusCode(200)
                    .body("webhook.previousSecretExpiresAt", notNullValue()).extract().path("secret");

            WebhookReceiver.Received delivery = receiver.await(Webhooks.updateTo(hook.changeOrganization()));
            assertEquals(2, delivery.signatures().size(), delivery.signature());
            assertTrue(delivery.signedWith(rotated), "signed with the new secret");
            assertTrue(delivery.signedWith(hook.secret()), "and with the previous one, during the overlap");
        }
    }

    @Test
    void aDeliveryCanBeRedeliveredByHandWithTheSameWebhookId() {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            Webhooks hook = Webhooks.forNewOrganization(asAdmin(), receiver.url());
            String website = hook.changeOrganization();
            WebhookReceiver.Received first = receiver.await(Webhooks.updateTo(website));
            String deliveryId = hook.awaitLog(d -> UPDATED.equals(d.get("eventType")) && "delivered".equals(d.get("status"))).stream()
                    .filter(d -> UPDATED.equals(d.get("eventType"))).findFirst().orElseThrow().get("id").toString();

            asAdmin().post("/v1/webhooks/" + hook.id() + "/deliveries/" + deliveryId + "/redeliver").then().statusCode(202)
                    .body("status", equalTo("pending"));
            await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received(Webhooks.updateTo(website)).size() == 2);
            assertEquals(first.id(), receiver.received(Webhooks.updateTo(website)).get(1).id());
        }
    }

    @Test
    void aWebhookFailingForTooLongIsDisabledAndSaysWhy() {
        try (WebhookReceiver receiver = new WebhookReceiver().alwaysAnswering(500)) {
            Webhooks hook = Webhooks.forNewOrganization(asAdmin(), receiver.url());
            hook.changeOrganization();

            await().atMost(Duration.ofSeconds(30)).until(() -> !asAdmin().get("/v1/webhooks/" + hook.id()).then().statusCode(200)
                    .extract().<Boolean>path("enabled"));
            asAdmin().get("/v1/webhooks/" + hook.id()).then().body("disabledReason", containsString("last: HTTP 500"))
                    .body("disabledAt", notNullValue());
            asAdmin().get("/v1/webhooks/" + hook.id() + "/deliveries?status=pending").then().statusCode(200).body("items", hasSize(0));
        }
    }

    @Test
    void aSubjectsEventsArriveInOrderEvenWhenTheFirstMustBeRetried() {
        try (WebhookReceiver receiver = new WebhookReceiver().answering(500, 500)) {
            Webhooks hook = Webhooks.forNewOrganization(asAdmin(), receiver.url(), UPDATED);
            String first = hook.changeOrganization();
            String second = hook.changeOrganization();

            receiver.await(Webhooks.updateTo(second));
            List<String> websites = receiver.received().stream().map(r -> r.event().path("data").path("website").asText()).toList();
            assertEquals(List.of(first, first, first, second), websites, "the second waits until the first is delivered");
        }
    }

    @Test
    void anEventOfAnotherContextsTopicIsDelivered() {
        try (WebhookReceiver receiver = new WebhookReceiver(); EventWriter events = new EventWriter()) {
            String meetingId = UUID.randomUUID().toString();
            String id = asAdmin().body(WebhookBody.webhook(receiver.url()).subjects(meetingId).build()).post("/v1/webhooks")
                    .then().statusCode(201).extract().path("webhook.id");
            String eventId = events.publish("meetings.v1", "org.oas.migration.meeting.updated", meetingId,
                    "{\"id\":\"" + meetingId + "\",\"version\":3}");

            WebhookReceiver.Received delivery = receiver.await(r -> r.id().equals(eventId));
            assertEquals("org.oas.migration.meeting.updated", delivery.type());
            assertEquals(3, delivery.event().path("data").path("version").asInt());
            asAdmin().delete("/v1/webhooks/" + id).then().statusCode(204);
        }
    }
}
