-- The write side: every write is a revision, kept forever; observation stays the current state.
-- revision 0 marks a figure loaded directly (reference data, demo data) that no organisation has written yet.

ALTER TABLE observation ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE observation ADD COLUMN retracted_at TEXT NULL;
-- The organisation whose values the figure holds now: it (or an admin) may retract it.
ALTER TABLE observation ADD COLUMN organisation_code TEXT NULL REFERENCES organisation (code);
-- updatedSince reads by time.
CREATE INDEX ix_observation_updated_at ON observation (updated_at);

-- One write request: a single figure, a batch, or a retraction; who sent it and what it did.
CREATE TABLE observation_import (
    id                 INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    organisation_code  TEXT    NOT NULL REFERENCES organisation (code),
    api_key_id         INTEGER NULL REFERENCES api_key (id),
    kind               TEXT    NOT NULL CHECK (kind IN ('single', 'batch', 'retraction')),
    mode               TEXT    NOT NULL CHECK (mode IN ('upsert', 'create-only')),
    received           INTEGER NOT NULL,
    created            INTEGER NOT NULL,
    updated            INTEGER NOT NULL,
    unchanged          INTEGER NOT NULL,
    retracted          INTEGER NOT NULL,
    created_at         TEXT    NOT NULL
);
CREATE INDEX ix_observation_import_organisation ON observation_import (organisation_code);

CREATE TABLE observation_revision (
    id                 INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    indicator_code     TEXT    NOT NULL REFERENCES indicator (code),
    area_code          TEXT    NOT NULL REFERENCES area (code),
    year               INTEGER NOT NULL,
    revision           INTEGER NOT NULL,
    value              REAL    NOT NULL,
    numerator          REAL    NULL,
    denominator        REAL    NULL,
    status_code        TEXT    NOT NULL REFERENCES observation_status (code),
    source             TEXT    NULL,
    note               TEXT    NULL,
    retracted          INTEGER NOT NULL,
    -- NULL only on revision 0, the state of a directly loaded figure before its first write.
    organisation_code  TEXT    NULL REFERENCES organisation (code),
    api_key_id         INTEGER NULL REFERENCES api_key (id),
    import_id          INTEGER NULL REFERENCES observation_import (id),
    recorded_at        TEXT    NOT NULL,
    CONSTRAINT uq_observation_revision UNIQUE (indicator_code, area_code, year, revision)
);
CREATE INDEX ix_observation_revision_recorded_at ON observation_revision (recorded_at);
CREATE INDEX ix_observation_revision_import ON observation_revision (import_id);
