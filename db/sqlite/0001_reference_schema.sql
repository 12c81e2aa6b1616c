-- Reference tables: effect goals, themes, areas, organisations, indicators, ministry list rules.
-- Codes are the public identifiers, so they are the primary keys.

CREATE TABLE effect_goal (
    code        TEXT    NOT NULL PRIMARY KEY,
    name_da     TEXT    NOT NULL,
    name_en     TEXT    NOT NULL,
    sort_order  INTEGER NOT NULL
);

CREATE TABLE theme (
    code              TEXT    NOT NULL PRIMARY KEY,
    name_da           TEXT    NOT NULL,
    name_en           TEXT    NOT NULL,
    effect_goal_code  TEXT    NOT NULL REFERENCES effect_goal (code),
    sort_order        INTEGER NOT NULL
);

CREATE TABLE area_kind (
    code        TEXT    NOT NULL PRIMARY KEY,
    name_da     TEXT    NOT NULL,
    name_en     TEXT    NOT NULL,
    sort_order  INTEGER NOT NULL
);

CREATE TABLE area (
    code         TEXT    NOT NULL PRIMARY KEY,
    name_da      TEXT    NOT NULL,
    name_en      TEXT    NOT NULL,
    kind_code    TEXT    NOT NULL REFERENCES area_kind (code),
    parent_code  TEXT    NULL REFERENCES area (code),
    note_da      TEXT    NULL,
    note_en      TEXT    NULL,
    sort_order   INTEGER NOT NULL
);
CREATE INDEX ix_area_parent ON area (parent_code);

CREATE TABLE organisation (
    code       TEXT NOT NULL PRIMARY KEY,
    name_da    TEXT NOT NULL,
    name_en    TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('municipality', 'housing-organisation'))
);

-- Which organisation may report figures for which area (data, because the municipality confirms it).
CREATE TABLE organisation_area (
    organisation_code  TEXT NOT NULL REFERENCES organisation (code),
    area_code          TEXT NOT NULL REFERENCES area (code),
    PRIMARY KEY (organisation_code, area_code)
);
CREATE INDEX ix_organisation_area_area ON organisation_area (area_code);

CREATE TABLE indicator (
    code           TEXT    NOT NULL PRIMARY KEY,
    name_da        TEXT    NOT NULL,
    name_en        TEXT    NOT NULL,
    definition_da  TEXT    NOT NULL,
    definition_en  TEXT    NOT NULL,
    theme_code     TEXT    NOT NULL REFERENCES theme (code),
    unit           TEXT    NOT NULL,
    direction      TEXT    NOT NULL CHECK (direction IN ('higher-is-better', 'lower-is-better', 'neutral')),
    min_value      REAL    NULL,
    max_value      REAL    NULL,
    decimals       INTEGER NOT NULL CHECK (decimals BETWEEN 0 AND 6),
    source         TEXT    NOT NULL,
    sort_order     INTEGER NOT NULL
);
CREATE INDEX ix_indicator_theme ON indicator (theme_code);

CREATE TABLE list_category (
    code      TEXT    NOT NULL PRIMARY KEY,
    name_da   TEXT    NOT NULL,
    name_en   TEXT    NOT NULL,
    severity  INTEGER NOT NULL
);

-- The ministry's list rules are versioned data: the law changes, the code does not.
CREATE TABLE list_rule_set (
    code             TEXT    NOT NULL PRIMARY KEY,
    name_da          TEXT    NOT NULL,
    name_en          TEXT    NOT NULL,
    legal_basis      TEXT    NOT NULL,
    valid_from_year  INTEGER NOT NULL,
    valid_to_year    INTEGER NULL,
    min_residents    INTEGER NOT NULL,
    -- The indicators behind the 1,000-resident floor and the non-Western share rule.
    residents_indicator_code    TEXT NOT NULL REFERENCES indicator (code),
    non_western_indicator_code  TEXT NOT NULL REFERENCES indicator (code)
);

CREATE TABLE list_rule_criterion (
    rule_set_code       TEXT    NOT NULL REFERENCES list_rule_set (code),
    criterion_code      TEXT    NOT NULL,
    indicator_code      TEXT    NOT NULL REFERENCES indicator (code),
    basis               TEXT    NOT NULL CHECK (basis IN ('absolute', 'national-multiple', 'regional-share')),
    comparison          TEXT    NOT NULL CHECK (comparison IN ('>', '>=', '<', '<=')),
    higher_threshold    REAL    NOT NULL,
    lower_threshold     REAL    NULL,
    period_years        INTEGER NOT NULL CHECK (period_years >= 1),
    PRIMARY KEY (rule_set_code, criterion_code)
);

CREATE TABLE list_rule_category (
    rule_set_code          TEXT    NOT NULL REFERENCES list_rule_set (code),
    category_code          TEXT    NOT NULL REFERENCES list_category (code),
    threshold_level        TEXT    NOT NULL CHECK (threshold_level IN ('higher', 'lower')),
    min_criteria_met       INTEGER NOT NULL,
    non_western_threshold  REAL    NULL,
    consecutive_years      INTEGER NULL,
    PRIMARY KEY (rule_set_code, category_code)
);

CREATE TABLE official_list_entry (
    area_code      TEXT    NOT NULL REFERENCES area (code),
    list_year      INTEGER NOT NULL,
    published_on   TEXT    NOT NULL,
    category_code  TEXT    NOT NULL REFERENCES list_category (code),
    source         TEXT    NOT NULL,
    PRIMARY KEY (area_code, list_year)
);
