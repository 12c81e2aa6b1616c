-- A version per editable row, for ETag / If-Match on the administration endpoints: an update names the
-- version it read, so two administrators cannot silently overwrite each other.

ALTER TABLE area ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE indicator ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE theme ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE organisation ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
