-- The write side. Every write is a revision of its figure, kept forever:
--   observation           holds each figure's current revision (its number, who wrote it, when, in which import);
--   observation_revision  holds every superseded revision, copied there when the next one replaces it.
-- So a new figure costs one row (100,000 new figures: 100,000 inserts, not 200,000), and history is the
-- superseded revisions plus the current one. Revision 0 is a figure loaded directly (reference or demo data)
-- that no organisation has written yet.

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

ALTER TABLE observation ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
-- Set when the current revision is a retraction: reads leave the figure out.
ALTER TABLE observation ADD COLUMN retracted_at TEXT NULL;
-- The organisation that wrote the current revision: it (or an admin) may retract the figure.
ALTER TABLE observation ADD COLUMN organisation_code TEXT NULL REFERENCES organisation (code);
ALTER TABLE observation ADD COLUMN api_key_id INTEGER NULL REFERENCES api_key (id);
ALTER TABLE observation ADD COLUMN import_id INTEGER NULL REFERENCES observation_import (id);
-- updatedSince reads by time.
CREATE INDEX ix_observation_updated_at ON observation (updated_at);

-- Superseded revisions. recorded_at is when that revision was written (not when it was superseded).
-- Only the key's unique index: history and asOf read by key.
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
    -- NULL only on revision 0.
    organisation_code  TEXT    NULL REFERENCES organisation (code),
    api_key_id         INTEGER NULL REFERENCES api_key (id),
    import_id          INTEGER NULL REFERENCES observation_import (id),
    recorded_at        TEXT    NOT NULL,
    CONSTRAINT uq_observation_revision UNIQUE (indicator_code, area_code, year, revision)
);
