-- Keyset pages compare (date, id) as a row against the previous page's last row: an ascending index on exactly
-- that pair, scanned backwards, turns the comparison into an index condition, so the last page of a full scan
-- reads only its own rows (the V1 indexes mixed directions and made deep pages filter every earlier row).
DROP INDEX document_keyset;
CREATE INDEX document_keyset ON document (coalesce(date, date '0001-01-01'), id) WHERE deleted_at IS NULL;
DROP INDEX resolution_keyset;
CREATE INDEX resolution_keyset ON resolution (coalesce(adoption_date, date '0001-01-01'), id) WHERE deleted_at IS NULL;
DROP INDEX meeting_keyset;
CREATE INDEX meeting_keyset ON meeting (start_date, id) WHERE deleted_at IS NULL;

-- Every document a meeting refers to (distributed, or under an agenda item), so "the meetings a document belongs
-- to" is one indexed containment test.
ALTER TABLE meeting ADD COLUMN document_keys jsonb NOT NULL DEFAULT '[]';
UPDATE meeting m SET document_keys = coalesce((
    SELECT jsonb_agg(DISTINCT k) FROM (
        SELECT d ->> 'key' AS k FROM jsonb_array_elements(m.documents) d
        UNION
        SELECT d ->> 'key' FROM jsonb_array_elements(m.agenda) a, jsonb_array_elements(a -> 'documents') d) keys
    WHERE k IS NOT NULL), '[]');
DROP INDEX meeting_documents;
CREATE INDEX meeting_document_keys ON meeting USING gin (document_keys jsonb_path_ops);
