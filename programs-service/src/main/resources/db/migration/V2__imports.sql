-- Bulk imports (POST /v1/imports): the import itself and its per-line report.

CREATE TABLE bulk_import (
    id            uuid PRIMARY KEY,
    status        text        NOT NULL,   -- processing | completed | failed
    format        text        NOT NULL,   -- ndjson | iati-xml
    dry_run       boolean     NOT NULL,
    client_id     text        NOT NULL,   -- who imported: the token subject
    organization  text,                   -- the partner's organization code; null for an admin
    lines_total   integer     NOT NULL,   -- records in the body, counted before the first write
    created       integer     NOT NULL DEFAULT 0,
    updated       integer     NOT NULL DEFAULT 0,
    unchanged     integer     NOT NULL DEFAULT 0,
    rejected      integer     NOT NULL DEFAULT 0,
    problem       jsonb,                  -- why a failed import stopped
    created_at    timestamptz NOT NULL,
    completed_at  timestamptz
);

-- One row per line, written in the same transaction as the line's change: the report never claims a write
-- that did not commit. Kept for every outcome (not only rejections) because the report is the partner's
-- receipt: it maps each externalId to the activity id created or updated. About 100 bytes a line, so the
-- largest import (100,000 lines) costs about 10 MB.
CREATE TABLE bulk_import_line (
    import_id    uuid     NOT NULL REFERENCES bulk_import (id) ON DELETE CASCADE,
    line         integer  NOT NULL,
    outcome      text     NOT NULL,   -- created | updated | unchanged | rejected
    external_id  text,
    activity_id  uuid,
    problem      jsonb,               -- RFC 9457 problem of a rejected line
    notes        jsonb,               -- what the mapping dropped or assumed (IATI), as a JSON array of strings
    PRIMARY KEY (import_id, line)
);

-- GET /v1/imports/{id}/lines?outcome=rejected: keyset by line within one outcome.
CREATE INDEX bulk_import_line_outcome ON bulk_import_line (import_id, outcome, line);
