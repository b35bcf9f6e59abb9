package org.oas.migration.organizations;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.oas.migration.organizations.Fixtures.asAdmin;
import static org.oas.migration.organizations.Fixtures.uniqueCode;
import static org.oas.migration.platform.testing.EventReader.header;
import static org.oas.migration.platform.testing.EventReader.typeAndSubject;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.oas.migration.platform.inbox.EventInbox;
import org.oas.migration.platform.inbox.InboxConsumer;
import org.oas.migration.platform.testing.EmbeddedInfrastructure;
import org.oas.migration.platform.testing.EventReader;

/**
 * A write's W3C trace context travels with its event: stored with the outbox row, on the Kafka record
 * ({@code traceparent}, and {@code ce_traceparent} of the CloudEvents distributed-tracing extension), and the
 * consumer applies the event in a span of that same trace.
 */
@QuarkusTest
class TracePropagationTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String CLIENT_SPAN = "00f067aa0ba902b7";

    @Inject
    EventInbox inbox;

    @Test
    void theEventRecordCarriesTheWritersTrace() {
        String id = tracedWrite();
        try (EventReader reader = new EventReader("organizations.v1")) {
            ConsumerRecord<String, String> created = reader.await(typeAndSubject("org.oas.migration.person.created", id), WAIT);
            String traceparent = header(created, "traceparent");
            assertTrue(traceparent.startsWith("00-" + TRACE_ID + "-"), traceparent);
            assertNotEquals(CLIENT_SPAN, traceparent.split("-")[2], "the service's span, a child of the caller's");
            assertEquals(traceparent, header(created, "ce_traceparent"));
        }
    }

    @Test
    void theConsumerAppliesTheEventInThatTrace() {
        String id = tracedWrite();
        List<SpanData> ended = new CopyOnWriteArrayList<>();
        Map<String, String> appliedIn = new ConcurrentHashMap<>();
        try (SdkTracerProvider provider = SdkTracerProvider.builder()
                .addSpanProcessor(SimpleSpanProcessor.create(collect(ended))).build();
             InboxConsumer consumer = new InboxConsumer("trace-" + uniqueCode("t"),
                     EmbeddedInfrastructure.current().kafka().bootstrapServers(), List.of("organizations.v1"), inbox,
                     event -> appliedIn.put(event.getSubject(), Span.current().getSpanContext().getTraceId()))
                     .tracedBy(provider.get("test")).start()) {
            await().atMost(WAIT).until(() -> appliedIn.containsKey(id));
            assertEquals(TRACE_ID, appliedIn.get(id));
            await().atMost(WAIT).until(() -> ended.stream().anyMatch(s -> s.getKind() == SpanKind.CONSUMER
                    && s.getTraceId().equals(TRACE_ID)));
        }
    }

    private static String tracedWrite() {
        return asAdmin().header("traceparent", "00-" + TRACE_ID + "-" + CLIENT_SPAN + "-01")
                .body("{\"name\":\"" + uniqueCode("traced") + "\"}").post("/v1/people")
                .then().statusCode(201).extract().path("id");
    }

    private static SpanExporter collect(List<SpanData> into) {
        return new SpanExporter() {
            @Override
            public CompletableResultCode export(Collection<SpanData> spans) {
                into.addAll(spans);
                return CompletableResultCode.ofSuccess();
            }

            @Override
            public CompletableResultCode flush() {
                return CompletableResultCode.ofSuccess();
            }

            @Override
            public CompletableResultCode shutdown() {
                return CompletableResultCode.ofSuccess();
            }
        };
    }
}
