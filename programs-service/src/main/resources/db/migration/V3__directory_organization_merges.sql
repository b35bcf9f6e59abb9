-- The registry's acronyms, and where a merged organization went (organizations.v1 sends a deletion with mergedIntoId),
-- so a write naming a merged organization is told which one to name instead.
ALTER TABLE directory_organization ADD COLUMN acronyms jsonb;
ALTER TABLE directory_organization ADD COLUMN merged_into_id uuid;
