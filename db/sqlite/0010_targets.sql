-- Targets toward 2030 are data: an indicator, an area, a baseline year, a target year, and either a
-- target value ('value') or the share of the baseline shortfall to a reference area still allowed at the
-- target year ('gap': 0.5 = halve the gap, 0 = close it). The CHECK keeps exactly the columns of its kind.

CREATE TABLE indicator_target (
    id                   INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    indicator_code       TEXT    NOT NULL REFERENCES indicator (code),
    area_code            TEXT    NOT NULL REFERENCES area (code),
    baseline_year        INTEGER NOT NULL,
    target_year          INTEGER NOT NULL,
    kind                 TEXT    NOT NULL CHECK (kind IN ('value', 'gap')),
    target_value         REAL    NULL,
    remaining_share      REAL    NULL,
    reference_area_code  TEXT    NULL REFERENCES area (code),
    note_da              TEXT    NULL,
    note_en              TEXT    NULL,
    created_at           TEXT    NOT NULL,
    updated_at           TEXT    NOT NULL,
    CONSTRAINT ck_indicator_target_years CHECK (target_year > baseline_year),
    CONSTRAINT ck_indicator_target_kind_columns CHECK (
        (kind = 'value' AND target_value IS NOT NULL AND remaining_share IS NULL AND reference_area_code IS NULL)
        OR (kind = 'gap' AND target_value IS NULL AND remaining_share IS NOT NULL AND remaining_share >= 0
            AND reference_area_code IS NOT NULL AND reference_area_code <> area_code)),
    CONSTRAINT uq_indicator_target UNIQUE (indicator_code, area_code, target_year)
);
CREATE INDEX ix_indicator_target_area ON indicator_target (area_code);
