-- A version per editable row, for ETag / If-Match on the administration endpoints: an update names the
-- version it read, so two administrators cannot silently overwrite each other.

ALTER TABLE area ADD version int NOT NULL CONSTRAINT df_area_version DEFAULT 1;
ALTER TABLE indicator ADD version int NOT NULL CONSTRAINT df_indicator_version DEFAULT 1;
ALTER TABLE theme ADD version int NOT NULL CONSTRAINT df_theme_version DEFAULT 1;
ALTER TABLE organisation ADD version int NOT NULL CONSTRAINT df_organisation_version DEFAULT 1;
