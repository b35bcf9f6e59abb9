-- Search vectors are made from text normalised by the service (platform SearchText: typographic quotes, dashes,
-- accents and case folded, as q is), no longer from the names as written: PostgreSQL runs without a locale, and its
-- parser would take “IOM or Organización for words that "iom" or "organizacion" cannot meet.
-- search_indexed says which version of the indexing built a row's search columns: rows stored before this migration
-- get 0 and are re-indexed by the service at start-up (platform SearchReindex); new rows get the current version.

ALTER TABLE organization ADD COLUMN search_source jsonb NOT NULL DEFAULT '{}';
ALTER TABLE organization ADD COLUMN search_indexed smallint NOT NULL DEFAULT 0;
ALTER TABLE organization ALTER COLUMN search_indexed SET DEFAULT 1;
ALTER TABLE organization DROP COLUMN search_text;
ALTER TABLE organization ADD COLUMN search_text tsvector GENERATED ALWAYS AS (
    setweight(jsonb_to_tsvector('simple'::regconfig, search_source -> 'names', '["string"]'), 'A')
    || setweight(jsonb_to_tsvector('simple'::regconfig, coalesce(search_source -> 'acronyms', '{}'::jsonb), '["string"]'), 'A')
    || setweight(to_tsvector('english'::regconfig, coalesce(search_source #>> '{names,en}', '') || ' ' || coalesce(search_source #>> '{description,en}', '')), 'B')
    || setweight(to_tsvector('spanish'::regconfig, coalesce(search_source #>> '{names,es}', '') || ' ' || coalesce(search_source #>> '{description,es}', '')), 'B')
    || setweight(to_tsvector('french'::regconfig, coalesce(search_source #>> '{names,fr}', '') || ' ' || coalesce(search_source #>> '{description,fr}', '')), 'B')
    || setweight(to_tsvector('portuguese'::regconfig, coalesce(search_source #>> '{names,pt}', '') || ' ' || coalesce(search_source #>> '{description,pt}', '')), 'B')
) STORED;
CREATE INDEX organization_search ON organization USING gin (search_text);

ALTER TABLE person ADD COLUMN search_name text NOT NULL DEFAULT '';
ALTER TABLE person ADD COLUMN search_memberships text NOT NULL DEFAULT '';
ALTER TABLE person ADD COLUMN search_indexed smallint NOT NULL DEFAULT 0;
ALTER TABLE person ALTER COLUMN search_indexed SET DEFAULT 1;
ALTER TABLE person DROP COLUMN search_text;
ALTER TABLE person ADD COLUMN search_text tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple'::regconfig, search_name), 'A')
    || setweight(to_tsvector('simple'::regconfig, search_memberships), 'C')
) STORED;
CREATE INDEX person_search ON person USING gin (search_text);
