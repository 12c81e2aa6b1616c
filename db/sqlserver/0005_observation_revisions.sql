-- The write side: every write is a revision, kept forever; observation stays the current state.
-- revision 0 marks a figure loaded directly (reference data, demo data) that no organisation has written yet.

ALTER TABLE observation ADD revision int NOT NULL CONSTRAINT df_observation_revision DEFAULT 0;
ALTER TABLE observation ADD retracted_at datetimeoffset NULL;
-- The organisation whose values the figure holds now: it (or an admin) may retract it.
ALTER TABLE observation ADD organisation_code varchar(64) NULL CONSTRAINT fk_observation_organisation REFERENCES organisation (code);
-- updatedSince reads by time.
CREATE INDEX ix_observation_updated_at ON observation (updated_at);

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
    -- NULL only on revision 0, the state of a directly loaded figure before its first write.
    organisation_code  varchar(64)     NULL CONSTRAINT fk_observation_revision_organisation REFERENCES organisation (code),
    api_key_id         bigint          NULL CONSTRAINT fk_observation_revision_api_key REFERENCES api_key (id),
    import_id          bigint          NULL CONSTRAINT fk_observation_revision_import REFERENCES observation_import (id),
    recorded_at        datetimeoffset  NOT NULL,
    CONSTRAINT uq_observation_revision UNIQUE (indicator_code, area_code, year, revision)
);
CREATE INDEX ix_observation_revision_recorded_at ON observation_revision (recorded_at);
CREATE INDEX ix_observation_revision_import ON observation_revision (import_id);
