package org.oas.migration.platform.outbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * W3C Trace Context across the outbox: the writer's span as a {@code traceparent} string stored with the row, and
 * back from a Kafka record's headers ({@code traceparent}, else the CloudEvents binary-mode {@code ce_traceparent}).
 */
public final class TraceContext {

    public static final String TRACEPARENT = "traceparent";
    private static final String CE_TRACEPARENT = "ce_traceparent";

    private TraceContext() {
    }

    /** The current span as a traceparent ({@code 00-<trace id>-<span id>-<flags>}), or null outside a trace. */
    static String current() {
        SpanContext span = Span.current().getSpanContext();
        if (!span.isValid()) {
            return null;
        }
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
    }

    /** The context a record was published in (the root context when it carries none). */
    public static Context of(Headers headers) {
        String traceparent = last(headers, TRACEPARENT);
        if (traceparent == null) {
            traceparent = last(headers, CE_TRACEPARENT);
        }
        if (traceparent == null) {
            return Context.root();
        }
        String value = traceparent;
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), value, new TextMapGetter<String>() {
            @Override
            public Iterable<String> keys(String carrier) {
                return List.of(TRACEPARENT);
            }

            @Override
            public String get(String carrier, String key) {
                return TRACEPARENT.equals(key) ? carrier : null;
            }
        });
    }

    private static String last(Headers headers, String name) {
        Header header = headers == null ? null : headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
