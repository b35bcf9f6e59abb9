-- Local copies of the other contexts (projections), kept from their topics, so references are validated and
-- partners authorized while those services are down.
CREATE TABLE directory_organization (
    id          uuid PRIMARY KEY,
    code        text    NOT NULL,
    names       jsonb   NOT NULL DEFAULT '{}',
    identifiers jsonb   NOT NULL DEFAULT '[]',
    version     bigint  NOT NULL,
    deleted     boolean NOT NULL DEFAULT false
);
CREATE INDEX directory_organization_code ON directory_organization (code);
CREATE INDEX directory_organization_identifiers ON directory_organization USING gin (identifiers jsonb_path_ops);

-- Resolutions and documents from meetings.v1, by the lookup key of their symbol (or draft classification).
CREATE TABLE directory_resolution (
    id         uuid PRIMARY KEY,
    symbol     text    NOT NULL,
    symbol_key text    NOT NULL,
    title      jsonb,
    paragraphs jsonb   NOT NULL DEFAULT '[]',   -- operative paragraphs: [{"id": ..., "number": "5bis"}]
    version    bigint  NOT NULL,
    deleted    boolean NOT NULL DEFAULT false
);
CREATE INDEX directory_resolution_key ON directory_resolution (symbol_key);

CREATE TABLE directory_document (
    id         uuid PRIMARY KEY,
    symbol     text    NOT NULL,
    symbol_key text    NOT NULL,
    title      jsonb,
    version    bigint  NOT NULL,
    deleted    boolean NOT NULL DEFAULT false
);
CREATE INDEX directory_document_key ON directory_document (symbol_key);

CREATE TABLE program (
    id          uuid PRIMARY KEY,
    code        text        NOT NULL,
    owner_code  text        NOT NULL,
    status      text        NOT NULL,
    themes      jsonb       NOT NULL DEFAULT '[]',
    body        jsonb       NOT NULL,   -- the write body, normalized (what PUT/PATCH start from)
    view        jsonb       NOT NULL,   -- the public representation (GET, lists, events)
    search_en   text        NOT NULL DEFAULT '',
    search_es   text        NOT NULL DEFAULT '',
    search      tsvector GENERATED ALWAYS AS (
        to_tsvector('english'::regconfig, search_en) || to_tsvector('spanish'::regconfig, search_es)) STORED,
    version     bigint      NOT NULL,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    deleted_at  timestamptz
);
CREATE UNIQUE INDEX program_code ON program (code) WHERE deleted_at IS NULL;
CREATE INDEX program_search ON program USING gin (search);
CREATE INDEX program_updated_at ON program (updated_at);

CREATE TABLE activity (
    id                  uuid PRIMARY KEY,
    external_id         text        NOT NULL,
    reporting_org_id    uuid        NOT NULL,
    reporting_org_code  text        NOT NULL,
    program_code        text,
    status              text        NOT NULL,
    organization_codes  jsonb       NOT NULL DEFAULT '[]',  -- reporting and participating, for the organization filter
    countries           jsonb       NOT NULL DEFAULT '[]',
    themes              jsonb       NOT NULL DEFAULT '[]',
    mandate_keys        jsonb       NOT NULL DEFAULT '[]',  -- paragraph ids and resolution symbol keys
    period_start        date,                               -- earliest day of the planned/actual dates
    period_end          date,                               -- latest day of the planned/actual dates
    body                jsonb       NOT NULL,               -- the write body, normalized (contacts included)
    view                jsonb       NOT NULL,               -- the public representation (no contact e-mail or phone)
    search_en           text        NOT NULL DEFAULT '',
    search_es           text        NOT NULL DEFAULT '',
    search              tsvector GENERATED ALWAYS AS (
        to_tsvector('english'::regconfig, search_en) || to_tsvector('spanish'::regconfig, search_es)) STORED,
    source_updated_at   timestamptz,
    version             bigint      NOT NULL,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    deleted_at          timestamptz
);
CREATE UNIQUE INDEX activity_external_id ON activity (reporting_org_code, external_id) WHERE deleted_at IS NULL;
CREATE INDEX activity_keyset ON activity (id) WHERE deleted_at IS NULL;
CREATE INDEX activity_organizations ON activity USING gin (organization_codes jsonb_path_ops);
CREATE INDEX activity_countries ON activity USING gin (countries jsonb_path_ops);
CREATE INDEX activity_themes ON activity USING gin (themes jsonb_path_ops);
CREATE INDEX activity_mandates ON activity USING gin (mandate_keys jsonb_path_ops);
CREATE INDEX activity_search ON activity USING gin (search);
CREATE INDEX activity_updated_at ON activity (updated_at);

-- Every change of an activity: who (client and organization), when, what.
-- The reference is checked at commit: a bulk import sends each table's rows as one batch, in any table order.
CREATE TABLE activity_revision (
    activity_id  uuid        NOT NULL REFERENCES activity (id) DEFERRABLE INITIALLY DEFERRED,
    version      bigint      NOT NULL,
    action       text        NOT NULL,
    changed_at   timestamptz NOT NULL,
    client_id    text        NOT NULL,
    organization text,
    changes      jsonb       NOT NULL,
    PRIMARY KEY (activity_id, version)
);
