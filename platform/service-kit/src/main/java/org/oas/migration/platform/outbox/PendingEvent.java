package org.oas.migration.platform.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An outbox row waiting to be published. */
record PendingEvent(long seq, UUID eventId, String topic, String key, String type, String source, String subject,
                    String payload, OffsetDateTime createdAt, String traceparent) {
}
