-- meetings-service schema: the local directory (projection of organizations.v1), documents, resolutions, meetings.

CREATE TABLE directory_organization (
    id       uuid PRIMARY KEY,
    code     text    NOT NULL,
    type     text    NOT NULL,
    names    jsonb   NOT NULL,
    acronyms jsonb,
    version  bigint  NOT NULL,
    deleted  boolean NOT NULL DEFAULT false
);
CREATE INDEX directory_organization_code ON directory_organization (code);

CREATE TABLE directory_person (
    id               uuid PRIMARY KEY,
    name             text    NOT NULL,
    honorific_prefix jsonb,
    identifiers      jsonb   NOT NULL DEFAULT '[]',
    version          bigint  NOT NULL,
    deleted          boolean NOT NULL DEFAULT false
);
CREATE INDEX directory_person_identifiers ON directory_person USING gin (identifiers jsonb_path_ops);

-- Searchable text is assembled per language by the service (search_en, search_es) and indexed here.
CREATE TABLE document (
    id          uuid PRIMARY KEY,
    symbol      text        NOT NULL,
    symbol_key  text        NOT NULL UNIQUE,
    series      text        NOT NULL,
    number      int         NOT NULL,
    year        int         NOT NULL,
    revision    int,
    corrigendum int,
    addendum    int,
    title       jsonb       NOT NULL,
    date        date,
    kind        text        NOT NULL,
    languages   jsonb       NOT NULL DEFAULT '[]',
    url         text,
    version     bigint      NOT NULL,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    deleted_at  timestamptz,
    search_en   text        NOT NULL DEFAULT '',
    search_es   text        NOT NULL DEFAULT '',
    search      tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, symbol), 'A')
        || to_tsvector('english'::regconfig, search_en) || to_tsvector('spanish'::regconfig, search_es)) STORED
);
CREATE INDEX document_keyset ON document (coalesce(date, date '0001-01-01') DESC, id) WHERE deleted_at IS NULL;
CREATE INDEX document_series ON document (series);
CREATE INDEX document_search ON document USING gin (search);
CREATE INDEX document_updated_at ON document (updated_at);

CREATE TABLE resolution (
    id                   uuid PRIMARY KEY,
    symbol               text,
    symbol_key           text UNIQUE,
    series               text,
    number               int,
    session              int,
    session_type         text,
    year                 int,
    title                jsonb       NOT NULL,
    body_id              uuid        NOT NULL,
    body_code            text        NOT NULL,
    adoption_date        date,
    status               text        NOT NULL,
    draft_classification text,
    draft_key            text UNIQUE,
    adopted_as           text,
    sponsors             jsonb       NOT NULL DEFAULT '[]',
    co_sponsors          jsonb       NOT NULL DEFAULT '[]',
    preambular           jsonb       NOT NULL DEFAULT '[]',
    operative            jsonb       NOT NULL DEFAULT '[]',
    cites                jsonb       NOT NULL DEFAULT '[]',
    identifiers          jsonb       NOT NULL DEFAULT '[]',
    version              bigint      NOT NULL,
    created_at           timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL,
    deleted_at           timestamptz,
    search_en            text        NOT NULL DEFAULT '',
    search_es            text        NOT NULL DEFAULT '',
    search               tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, coalesce(symbol, '') || ' ' || coalesce(draft_classification, '')), 'A')
        || to_tsvector('english'::regconfig, search_en) || to_tsvector('spanish'::regconfig, search_es)) STORED,
    CHECK (symbol IS NOT NULL OR draft_classification IS NOT NULL)
);
CREATE INDEX resolution_keyset ON resolution (coalesce(adoption_date, date '0001-01-01') DESC, id) WHERE deleted_at IS NULL;
CREATE INDEX resolution_search ON resolution USING gin (search);
CREATE INDEX resolution_identifiers ON resolution USING gin (identifiers jsonb_path_ops);
CREATE INDEX resolution_sponsors ON resolution USING gin (sponsors jsonb_path_ops);
CREATE INDEX resolution_updated_at ON resolution (updated_at);

-- The citation graph: what a resolution recalls (by symbol key, known here or not).
CREATE TABLE resolution_citation (
    resolution_id uuid NOT NULL REFERENCES resolution (id),
    cited_key     text NOT NULL,
    cited_symbol  text NOT NULL,
    PRIMARY KEY (resolution_id, cited_key)
);
CREATE INDEX resolution_citation_cited ON resolution_citation (cited_key);

-- Mandates: operative paragraphs instructing or requesting a body, queryable by addressee.
CREATE TABLE resolution_mandate (
    resolution_id  uuid NOT NULL REFERENCES resolution (id),
    paragraph_id   uuid NOT NULL,
    addressee_id   uuid NOT NULL,
    addressee_code text NOT NULL,
    PRIMARY KEY (resolution_id, paragraph_id, addressee_id)
);
CREATE INDEX resolution_mandate_addressee ON resolution_mandate (addressee_code);

CREATE TABLE meeting (
    id                uuid PRIMARY KEY,
    body_id           uuid        NOT NULL,
    body_code         text        NOT NULL,
    kind              text        NOT NULL,
    title             jsonb       NOT NULL,
    start_date        date        NOT NULL,
    end_date          date,
    venue             jsonb,
    status            text        NOT NULL,
    convened_by       text,
    requested_by_code text,
    agenda            jsonb       NOT NULL DEFAULT '[]',
    participants      jsonb       NOT NULL DEFAULT '[]',
    decisions         jsonb       NOT NULL DEFAULT '[]',
    documents         jsonb       NOT NULL DEFAULT '[]',
    minutes           text,
    identifiers       jsonb       NOT NULL DEFAULT '[]',
    organization_codes jsonb      NOT NULL DEFAULT '[]',
    version           bigint      NOT NULL,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    deleted_at        timestamptz,
    search_en         text        NOT NULL DEFAULT '',
    search_es         text        NOT NULL DEFAULT '',
    search            tsvector GENERATED ALWAYS AS (
        to_tsvector('english'::regconfig, search_en) || to_tsvector('spanish'::regconfig, search_es)) STORED
);
CREATE INDEX meeting_keyset ON meeting (start_date DESC, id) WHERE deleted_at IS NULL;
CREATE INDEX meeting_search ON meeting USING gin (search);
CREATE INDEX meeting_documents ON meeting USING gin (documents jsonb_path_ops);
CREATE INDEX meeting_identifiers ON meeting USING gin (identifiers jsonb_path_ops);
CREATE INDEX meeting_organizations ON meeting USING gin (organization_codes jsonb_path_ops);
CREATE INDEX meeting_updated_at ON meeting (updated_at);
