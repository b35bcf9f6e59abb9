-- organizations-service schema: countries, organizations, people, partner clients.

CREATE TABLE country (
    code             char(2) PRIMARY KEY,
    names            jsonb   NOT NULL,
    oas_member_state boolean NOT NULL DEFAULT false
);

CREATE TABLE organization (
    id               uuid PRIMARY KEY,
    code             text        NOT NULL UNIQUE,
    type             text        NOT NULL,
    names            jsonb       NOT NULL,
    acronyms         jsonb,
    description      jsonb,
    parent_id        uuid REFERENCES organization (id),
    country          char(2) REFERENCES country (code),
    website          text,
    identifiers      jsonb       NOT NULL DEFAULT '[]',
    member_countries jsonb       NOT NULL DEFAULT '[]',
    merged_into_id   uuid REFERENCES organization (id),
    version          bigint      NOT NULL,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    deleted_at       timestamptz,
    -- names and acronyms as written (any language), plus stemmed names and descriptions per language
    search_text      tsvector GENERATED ALWAYS AS (
        setweight(jsonb_to_tsvector('simple'::regconfig, names, '["string"]'), 'A')
        || setweight(jsonb_to_tsvector('simple'::regconfig, coalesce(acronyms, '{}'::jsonb), '["string"]'), 'A')
        || setweight(to_tsvector('english'::regconfig, coalesce(names ->> 'en', '') || ' ' || coalesce(description ->> 'en', '')), 'B')
        || setweight(to_tsvector('spanish'::regconfig, coalesce(names ->> 'es', '') || ' ' || coalesce(description ->> 'es', '')), 'B')
        || setweight(to_tsvector('french'::regconfig, coalesce(names ->> 'fr', '') || ' ' || coalesce(description ->> 'fr', '')), 'B')
        || setweight(to_tsvector('portuguese'::regconfig, coalesce(names ->> 'pt', '') || ' ' || coalesce(description ->> 'pt', '')), 'B')
    ) STORED
);

-- Keyset ordering by name in each language (the expression must equal OrganizationSort's).
CREATE INDEX organization_by_name_en ON organization (lower(coalesce(names ->> 'en', names ->> 'es', names ->> 'fr', names ->> 'pt')), id) WHERE deleted_at IS NULL;
CREATE INDEX organization_by_name_es ON organization (lower(coalesce(names ->> 'es', names ->> 'en', names ->> 'fr', names ->> 'pt')), id) WHERE deleted_at IS NULL;
CREATE INDEX organization_by_name_fr ON organization (lower(coalesce(names ->> 'fr', names ->> 'en', names ->> 'es', names ->> 'pt')), id) WHERE deleted_at IS NULL;
CREATE INDEX organization_by_name_pt ON organization (lower(coalesce(names ->> 'pt', names ->> 'en', names ->> 'es', names ->> 'fr')), id) WHERE deleted_at IS NULL;
CREATE INDEX organization_search ON organization USING gin (search_text);
CREATE INDEX organization_identifiers ON organization USING gin (identifiers jsonb_path_ops);
CREATE INDEX organization_member_countries ON organization USING gin (member_countries jsonb_path_ops);
CREATE INDEX organization_parent ON organization (parent_id);
CREATE INDEX organization_updated_at ON organization (updated_at);

CREATE TABLE person (
    id               uuid PRIMARY KEY,
    name             text        NOT NULL,
    honorific_prefix jsonb,
    identifiers      jsonb       NOT NULL DEFAULT '[]',
    memberships      jsonb       NOT NULL DEFAULT '[]',
    version          bigint      NOT NULL,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    deleted_at       timestamptz,
    search_text      tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, name), 'A')
        || setweight(jsonb_to_tsvector('simple'::regconfig, memberships, '["string"]'), 'C')
    ) STORED
);
CREATE INDEX person_by_name ON person (lower(name), id) WHERE deleted_at IS NULL;
CREATE INDEX person_search ON person USING gin (search_text);
CREATE INDEX person_identifiers ON person USING gin (identifiers jsonb_path_ops);
CREATE INDEX person_memberships ON person USING gin (memberships jsonb_path_ops);
CREATE INDEX person_updated_at ON person (updated_at);

CREATE TABLE partner_client (
    id              uuid PRIMARY KEY,
    client_id       text        NOT NULL UNIQUE,
    name            text        NOT NULL,
    organization_id uuid REFERENCES organization (id),
    role            text        NOT NULL,
    secret_hash     text        NOT NULL,
    version         bigint      NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    deleted_at      timestamptz
);
