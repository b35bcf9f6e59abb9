-- A natural key belongs to at most one live row, the one way every service stores keys under soft delete: unique
-- among rows not deleted. Organization codes are still never given to a second organization (OrganizationService
-- refuses a code a deleted or merged organization held: other services store codes, tokens carry them, merged codes
-- redirect); a partner client id is generated and never reissued.
ALTER TABLE organization DROP CONSTRAINT organization_code_key;
CREATE UNIQUE INDEX organization_code ON organization (code) WHERE deleted_at IS NULL;
-- The code lookup that also finds a retired organization (GET answers 410 or redirects a merged one).
CREATE INDEX organization_code_any ON organization (code);

ALTER TABLE partner_client DROP CONSTRAINT partner_client_client_id_key;
CREATE UNIQUE INDEX partner_client_client_id ON partner_client (client_id) WHERE deleted_at IS NULL;
