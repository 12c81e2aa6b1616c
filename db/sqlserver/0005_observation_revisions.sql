-- The write side. Every write is a revision of its figure, kept forever:
--   observation           holds each figure's current revision (its number, who wrote it, when, in which import);
--   observation_revision  holds every superseded revision, copied there when the next one replaces it.
-- So a new figure costs one row (100,000 new figures: 100,000 inserts, not 200,000), and history is the
-- superseded revisions plus the current one. Revision 0 is a figure loaded directly (reference or demo data)
-- that no organisation has written yet.

-- One write request: a single figure, a batch, or a retraction; who sent it and what it did.
CREATE TABLE observation_import (
    id                 bigint          NOT NULL IDENTITY(1, 1) CONSTRAINT pk_observation_import PRIMARY KEY,
    organisation_code  varchar(64)     NOT NULL CONSTRAINT fk_observation_import_organisation REFERENCES organisation (code),
    api_key_id         bigint          NULL CONSTRAINT fk_observation_import_api_key REFERENCES api_key (id),
    kind               varchar(16)     NOT NULL CONSTRAINT ck_observation_import_kind CHECK (kind IN ('single', 'batch', 'retraction')),
    mode               varchar(16)     NOT NULL CONSTRAINT ck_observation_import_mode CHECK (mode IN ('upsert', 'create-only')),
    received           int             NOT NULL,
    created            int             NOT NULL,
    updated            int             NOT NULL,
    unchanged          int             NOT NULL,
    retracted          int             NOT NULL,
    created_at         datetimeoffset  NOT NULL
);
CREATE INDEX ix_observation_import_organisation ON observation_import (organisation_code);

ALTER TABLE observation ADD revision int NOT NULL CONSTRAINT df_observation_revision DEFAULT 0;
-- Set when the current revision is a retraction: reads leave the figure out.
ALTER TABLE observation ADD retracted_at datetimeoffset NULL;
-- The organisation that wrote the current revision: it (or an admin) may retract the figure.
ALTER TABLE observation ADD organisation_code varchar(64) NULL CONSTRAINT fk_observation_organisation REFERENCES organisation (code);
ALTER TABLE observation ADD api_key_id bigint NULL CONSTRAINT fk_observation_api_key REFERENCES api_key (id);
ALTER TABLE observation ADD import_id bigint NULL CONSTRAINT fk_observation_import REFERENCES observation_import (id);
-- updatedSince reads by time.
CREATE INDEX ix_observation_updated_at ON observation (updated_at);

-- Superseded revisions. recorded_at is when that revision was written (not when it was superseded).
-- Only the key's unique index: history and asOf read by key.
CREATE TABLE observation_revision (
    id                 bigint          NOT NULL IDENTITY(1, 1) CONSTRAINT pk_observation_revision PRIMARY KEY,
    indicator_code     varchar(64)     NOT NULL CONSTRAINT fk_observation_revision_indicator REFERENCES indicator (code),
    area_code          varchar(64)     NOT NULL CONSTRAINT fk_observation_revision_area REFERENCES area (code),
    year               int             NOT NULL,
    revision           int             NOT NULL,
    value              float           NOT NULL,
    numerator          float           NULL,
    denominator        float           NULL,
    status_code        varchar(64)     NOT NULL CONSTRAINT fk_observation_revision_status REFERENCES observation_status (code),
    source             nvarchar(400)   NULL,
    note               nvarchar(1000)  NULL,
    retracted          bit             NOT NULL,
    -- NULL only on revision 0.
    organisation_code  varchar(64)     NULL CONSTRAINT fk_observation_revision_organisation REFERENCES organisation (code),
    api_key_id         bigint          NULL CONSTRAINT fk_observation_revision_api_key REFERENCES api_key (id),
    import_id          bigint          NULL CONSTRAINT fk_observation_revision_import REFERENCES observation_import (id),
    recorded_at        datetimeoffset  NOT NULL,
    CONSTRAINT uq_observation_revision UNIQUE (indicator_code, area_code, year, revision)
);
