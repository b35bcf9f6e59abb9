-- The registry's organization type (organizations.v1 carries it), so the IATI export can say what kind of organization
-- reports or takes part (IATI OrganisationType). Rows projected before this migration get it with their next event.
ALTER TABLE directory_organization ADD COLUMN type text;
