-- GET /v1/imports as a partner (or ?organization= as an admin): one organization's imports newest first, by one
-- range scan whatever the page. Every import newest first is the primary key read backwards.
CREATE INDEX bulk_import_organization ON bulk_import (organization, id);
