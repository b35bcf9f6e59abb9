-- A natural key belongs to at most one live resource: unique among rows not deleted (as programs-service's codes and
-- external ids are). Deleting frees the key for a new resource; the deleted row keeps its real key, so the keys that
-- were mangled on delete ('<key>~deleted~<id>') are given back.
ALTER TABLE document DROP CONSTRAINT document_symbol_key_key;
ALTER TABLE resolution DROP CONSTRAINT resolution_symbol_key_key;
ALTER TABLE resolution DROP CONSTRAINT resolution_draft_key_key;

UPDATE document SET symbol_key = left(symbol_key, strpos(symbol_key, '~deleted~') - 1)
WHERE strpos(symbol_key, '~deleted~') > 0;
UPDATE resolution SET symbol_key = left(symbol_key, strpos(symbol_key, '~deleted~') - 1)
WHERE strpos(symbol_key, '~deleted~') > 0;
UPDATE resolution SET draft_key = left(draft_key, strpos(draft_key, '~deleted~') - 1)
WHERE strpos(draft_key, '~deleted~') > 0;

CREATE UNIQUE INDEX document_symbol_key ON document (symbol_key) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX resolution_symbol_key ON resolution (symbol_key) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX resolution_draft_key ON resolution (draft_key) WHERE deleted_at IS NULL;
