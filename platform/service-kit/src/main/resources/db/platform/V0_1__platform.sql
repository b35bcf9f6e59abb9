-- Platform tables shared by every service (domain-free). Service migrations start at V1.

-- Transactional outbox: written in the same transaction as the change it announces.
CREATE TABLE outbox_event (
    seq          bigserial PRIMARY KEY,
    event_id     uuid        NOT NULL UNIQUE,
    topic        text        NOT NULL,
    event_key    text        NOT NULL,
    event_type   text        NOT NULL,
    source       text        NOT NULL,
    subject      text        NOT NULL,
    payload      text        NOT NULL,
    traceparent  text,
    created_at   timestamptz NOT NULL DEFAULT now()
);

-- Wakes the relay at commit time (notifications are delivered only when the inserting transaction commits).
CREATE FUNCTION outbox_event_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('outbox_event', '');
    RETURN NULL;
END $$;

CREATE TRIGGER outbox_event_inserted AFTER INSERT ON outbox_event
    FOR EACH STATEMENT EXECUTE FUNCTION outbox_event_notify();

-- Idempotent consumers: one row per (consumer, CloudEvent id) already applied.
CREATE TABLE inbox_event (
    consumer     text        NOT NULL,
    event_id     text        NOT NULL,
    received_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);

-- Idempotency-Key on POST: the first result, replayed for the same client and key.
CREATE TABLE idempotency_key (
    client_id    text        NOT NULL,
    key          text        NOT NULL,
    request_hash text        NOT NULL,
    status       int,
    location     text,
    body         text,
    created_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (client_id, key)
);
CREATE INDEX idempotency_key_created_at ON idempotency_key (created_at);
