-- Webhook subscriptions and their deliveries (organizations-service owns webhooks: see the README).
-- A subscription belongs to the organization of the partner that registered it (owner_organization; null for the
-- secretariat's admins). Its secret signs deliveries (Standard Webhooks HMAC-SHA256); after a rotation the previous
-- one keeps signing too until previous_secret_expires_at.
CREATE TABLE webhook_subscription (
    id                         uuid        PRIMARY KEY,
    version                    bigint      NOT NULL,
    created_at                 timestamptz NOT NULL,
    updated_at                 timestamptz NOT NULL,
    deleted_at                 timestamptz,
    owner_client_id            text        NOT NULL,
    owner_organization         text,
    url                        text        NOT NULL,
    description                text,
    event_types                jsonb       NOT NULL DEFAULT '[]',
    subjects                   jsonb       NOT NULL DEFAULT '[]',
    organizations              jsonb       NOT NULL DEFAULT '[]',
    contexts                   jsonb       NOT NULL DEFAULT '[]',
    secret                     text        NOT NULL,
    previous_secret            text,
    previous_secret_expires_at timestamptz,
    enabled                    boolean     NOT NULL DEFAULT true,
    disabled_at                timestamptz,
    disabled_reason            text,
    failing_since              timestamptz
);
CREATE INDEX webhook_subscription_owner ON webhook_subscription (owner_organization, id) WHERE deleted_at IS NULL;

-- One row per (subscription, event): the durable queue (fed by the webhook consumer from the topics, idempotently:
-- the unique key) and the delivery log. seq is the order the events were consumed in, which keeps a subject's
-- deliveries in order: a pending delivery waits while an earlier one of the same subscription and subject is pending.
CREATE TABLE webhook_delivery (
    id                uuid        PRIMARY KEY,
    seq               bigserial   NOT NULL UNIQUE,
    subscription_id   uuid        NOT NULL REFERENCES webhook_subscription (id),
    event_id          text        NOT NULL,
    event_type        text        NOT NULL,
    subject           text        NOT NULL,
    body              text        NOT NULL,
    status            text        NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts          int         NOT NULL DEFAULT 0,
    next_attempt_at   timestamptz NOT NULL,
    created_at        timestamptz NOT NULL,
    last_attempt_at   timestamptz,
    delivered_at      timestamptz,
    last_status_code  int,
    last_latency_ms   int,
    last_response     text,
    last_error        text,
    UNIQUE (subscription_id, event_id)
);
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at, seq) WHERE status = 'pending';
CREATE INDEX webhook_delivery_subject ON webhook_delivery (subscription_id, subject, seq) WHERE status = 'pending';
CREATE INDEX webhook_delivery_log ON webhook_delivery (subscription_id, seq DESC);

-- Every attempt of a delivery: when, the receiver's status and (bounded) answer, or why nothing was sent.
CREATE TABLE webhook_attempt (
    id           bigserial   PRIMARY KEY,
    delivery_id  uuid        NOT NULL REFERENCES webhook_delivery (id),
    attempted_at timestamptz NOT NULL,
    status_code  int,
    latency_ms   int         NOT NULL,
    response     text,
    error        text
);
CREATE INDEX webhook_attempt_delivery ON webhook_attempt (delivery_id, id);
