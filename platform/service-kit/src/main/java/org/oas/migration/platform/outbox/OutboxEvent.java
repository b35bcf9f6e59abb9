package org.oas.migration.platform.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * One outbox row, written through the session so that many events in one transaction go to PostgreSQL as one
 * JDBC batch at flush. {@code seq} (the relay's publishing order) is left to the database's sequence: it is not
 * mapped, so inserts stay batchable.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Column(nullable = false)
    public String topic;

    @Column(name = "event_key", nullable = false)
    public String eventKey;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(nullable = false)
    public String source;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String payload;

    /** The writing request's W3C trace context, carried to the Kafka record; null outside a trace. */
    public String traceparent;
}
