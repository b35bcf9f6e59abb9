-- Revoked API clients (token subjects): a token of one of them issued at or before revoked_at is refused on every
-- request. organizations-service writes a row in the transaction that revokes the client; the other services copy
-- its partner-client.revoked events from organizations.v1 (RevocationFeed).
CREATE TABLE revoked_client (
    client_id         text        PRIMARY KEY,
    organization_code text,
    revoked_at        timestamptz NOT NULL,
    recorded_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX revoked_client_revoked_at ON revoked_client (revoked_at);
