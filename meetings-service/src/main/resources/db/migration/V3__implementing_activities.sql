-- The local copy of programs-service's activities that name a resolution as their mandate (from programs.v1),
-- so each operative paragraph can show the activities implementing it, also while programs-service is down.
CREATE TABLE implementing_activity (
    id                     uuid PRIMARY KEY,
    version                bigint  NOT NULL,
    deleted                boolean NOT NULL DEFAULT false,
    title                  jsonb,
    status                 text,
    reporting_organization jsonb
);

-- One row per (activity, mandate); paragraph_id is null when the activity cites the resolution as a whole.
CREATE TABLE implementing_activity_mandate (
    activity_id   uuid NOT NULL REFERENCES implementing_activity (id) ON DELETE CASCADE,
    resolution_id uuid NOT NULL,
    paragraph_id  uuid
);
CREATE INDEX implementing_activity_mandate_resolution ON implementing_activity_mandate (resolution_id);
CREATE INDEX implementing_activity_mandate_activity ON implementing_activity_mandate (activity_id);
