-- Yearly figures. One current figure per (indicator, area, year).

CREATE TABLE observation_status (
    code     TEXT NOT NULL PRIMARY KEY,
    name_da  TEXT NOT NULL,
    name_en  TEXT NOT NULL
);

CREATE TABLE observation (
    id              INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    indicator_code  TEXT    NOT NULL REFERENCES indicator (code),
    area_code       TEXT    NOT NULL REFERENCES area (code),
    year            INTEGER NOT NULL,
    value           REAL    NOT NULL,
    numerator       REAL    NULL,
    denominator     REAL    NULL,
    status_code     TEXT    NOT NULL REFERENCES observation_status (code),
    source          TEXT    NULL,
    note            TEXT    NULL,
    updated_at      TEXT    NOT NULL,
    CONSTRAINT uq_observation UNIQUE (indicator_code, area_code, year)
);
CREATE INDEX ix_observation_area_year ON observation (area_code, year);
CREATE INDEX ix_observation_year ON observation (year);
