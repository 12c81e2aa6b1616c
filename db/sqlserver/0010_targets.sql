-- Targets toward 2030 are data: an indicator, an area, a baseline year, a target year, and either a
-- target value ('value') or the share of the baseline shortfall to a reference area still allowed at the
-- target year ('gap': 0.5 = halve the gap, 0 = close it). The CHECK keeps exactly the columns of its kind.

CREATE TABLE indicator_target (
    id                   int             NOT NULL IDENTITY(1, 1) CONSTRAINT pk_indicator_target PRIMARY KEY,
    indicator_code       varchar(64)     NOT NULL CONSTRAINT fk_indicator_target_indicator REFERENCES indicator (code),
    area_code            varchar(64)     NOT NULL CONSTRAINT fk_indicator_target_area REFERENCES area (code),
    baseline_year        int             NOT NULL,
    target_year          int             NOT NULL,
    kind                 varchar(16)     NOT NULL CONSTRAINT ck_indicator_target_kind CHECK (kind IN ('value', 'gap')),
    target_value         float           NULL,
    remaining_share      float           NULL,
    reference_area_code  varchar(64)     NULL CONSTRAINT fk_indicator_target_reference_area REFERENCES area (code),
    note_da              nvarchar(1000)  NULL,
    note_en              nvarchar(1000)  NULL,
    created_at           datetimeoffset  NOT NULL,
    updated_at           datetimeoffset  NOT NULL,
    CONSTRAINT ck_indicator_target_years CHECK (target_year > baseline_year),
    CONSTRAINT ck_indicator_target_kind_columns CHECK (
        (kind = 'value' AND target_value IS NOT NULL AND remaining_share IS NULL AND reference_area_code IS NULL)
        OR (kind = 'gap' AND target_value IS NULL AND remaining_share IS NOT NULL AND remaining_share >= 0
            AND reference_area_code IS NOT NULL AND reference_area_code <> area_code)),
    CONSTRAINT uq_indicator_target UNIQUE (indicator_code, area_code, target_year)
);
CREATE INDEX ix_indicator_target_area ON indicator_target (area_code);
