-- Yearly figures. One current figure per (indicator, area, year).

CREATE TABLE observation_status (
    code     varchar(64)    NOT NULL CONSTRAINT pk_observation_status PRIMARY KEY,
    name_da  nvarchar(200)  NOT NULL,
    name_en  nvarchar(200)  NOT NULL
);

CREATE TABLE observation (
    id              bigint          NOT NULL IDENTITY(1, 1) CONSTRAINT pk_observation PRIMARY KEY,
    indicator_code  varchar(64)     NOT NULL CONSTRAINT fk_observation_indicator REFERENCES indicator (code),
    area_code       varchar(64)     NOT NULL CONSTRAINT fk_observation_area REFERENCES area (code),
    year            int             NOT NULL,
    value           float           NOT NULL,
    numerator       float           NULL,
    denominator     float           NULL,
    status_code     varchar(64)     NOT NULL CONSTRAINT fk_observation_status REFERENCES observation_status (code),
    source          nvarchar(400)   NULL,
    note            nvarchar(1000)  NULL,
    updated_at      datetimeoffset  NOT NULL,
    CONSTRAINT uq_observation UNIQUE (indicator_code, area_code, year)
);
CREATE INDEX ix_observation_area_year ON observation (area_code, year);
CREATE INDEX ix_observation_year ON observation (year);
