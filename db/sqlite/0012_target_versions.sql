-- Targets are administered like the other metadata (0007): a version per row for ETag / If-Match, so two
-- administrators cannot silently overwrite each other's change to a target.

ALTER TABLE indicator_target ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
