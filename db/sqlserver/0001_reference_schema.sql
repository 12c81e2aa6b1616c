-- Reference tables: effect goals, themes, areas, organisations, indicators, ministry list rules.
-- Codes are the public identifiers, so they are the primary keys. Codes are ASCII (varchar);
-- names and texts are Unicode (nvarchar).

CREATE TABLE effect_goal (
    code        varchar(64)    NOT NULL CONSTRAINT pk_effect_goal PRIMARY KEY,
    name_da     nvarchar(200)  NOT NULL,
    name_en     nvarchar(200)  NOT NULL,
    sort_order  int            NOT NULL
);

CREATE TABLE theme (
    code              varchar(64)    NOT NULL CONSTRAINT pk_theme PRIMARY KEY,
    name_da           nvarchar(200)  NOT NULL,
    name_en           nvarchar(200)  NOT NULL,
    effect_goal_code  varchar(64)    NOT NULL CONSTRAINT fk_theme_effect_goal REFERENCES effect_goal (code),
    sort_order        int            NOT NULL
);

CREATE TABLE area_kind (
    code        varchar(64)    NOT NULL CONSTRAINT pk_area_kind PRIMARY KEY,
    name_da     nvarchar(200)  NOT NULL,
    name_en     nvarchar(200)  NOT NULL,
    sort_order  int            NOT NULL
);

CREATE TABLE area (
    code         varchar(64)     NOT NULL CONSTRAINT pk_area PRIMARY KEY,
    name_da      nvarchar(200)   NOT NULL,
    name_en      nvarchar(200)   NOT NULL,
    kind_code    varchar(64)     NOT NULL CONSTRAINT fk_area_kind REFERENCES area_kind (code),
    parent_code  varchar(64)     NULL CONSTRAINT fk_area_parent REFERENCES area (code),
    note_da      nvarchar(1000)  NULL,
    note_en      nvarchar(1000)  NULL,
    sort_order   int             NOT NULL
);
CREATE INDEX ix_area_parent ON area (parent_code);

CREATE TABLE organisation (
    code       varchar(64)    NOT NULL CONSTRAINT pk_organisation PRIMARY KEY,
    name_da    nvarchar(200)  NOT NULL,
    name_en    nvarchar(200)  NOT NULL,
    kind       varchar(32)    NOT NULL CONSTRAINT ck_organisation_kind CHECK (kind IN ('municipality', 'housing-organisation'))
);

-- Which organisation may report figures for which area (data, because the municipality confirms it).
CREATE TABLE organisation_area (
    organisation_code  varchar(64) NOT NULL CONSTRAINT fk_organisation_area_organisation REFERENCES organisation (code),
    area_code          varchar(64) NOT NULL CONSTRAINT fk_organisation_area_area REFERENCES area (code),
    CONSTRAINT pk_organisation_area PRIMARY KEY (organisation_code, area_code)
);
CREATE INDEX ix_organisation_area_area ON organisation_area (area_code);

CREATE TABLE indicator (
    code           varchar(64)     NOT NULL CONSTRAINT pk_indicator PRIMARY KEY,
    name_da        nvarchar(200)   NOT NULL,
    name_en        nvarchar(200)   NOT NULL,
    definition_da  nvarchar(1000)  NOT NULL,
    definition_en  nvarchar(1000)  NOT NULL,
    theme_code     varchar(64)     NOT NULL CONSTRAINT fk_indicator_theme REFERENCES theme (code),
    unit           nvarchar(32)    NOT NULL,
    direction      varchar(32)     NOT NULL CONSTRAINT ck_indicator_direction CHECK (direction IN ('higher-is-better', 'lower-is-better', 'neutral')),
    min_value      float           NULL,
    max_value      float           NULL,
    decimals       int             NOT NULL CONSTRAINT ck_indicator_decimals CHECK (decimals BETWEEN 0 AND 6),
    source         nvarchar(400)   NOT NULL,
    sort_order     int             NOT NULL
);
CREATE INDEX ix_indicator_theme ON indicator (theme_code);

CREATE TABLE list_category (
    code      varchar(64)    NOT NULL CONSTRAINT pk_list_category PRIMARY KEY,
    name_da   nvarchar(200)  NOT NULL,
    name_en   nvarchar(200)  NOT NULL,
    severity  int            NOT NULL
);

-- The ministry's list rules are versioned data: the law changes, the code does not.
CREATE TABLE list_rule_set (
    code             varchar(64)    NOT NULL CONSTRAINT pk_list_rule_set PRIMARY KEY,
    name_da          nvarchar(200)  NOT NULL,
    name_en          nvarchar(200)  NOT NULL,
    legal_basis      nvarchar(400)  NOT NULL,
    valid_from_year  int            NOT NULL,
    valid_to_year    int            NULL,
    min_residents    int            NOT NULL,
    -- The indicators behind the 1,000-resident floor and the non-Western share rule.
    residents_indicator_code    varchar(64)  NOT NULL CONSTRAINT fk_list_rule_set_residents REFERENCES indicator (code),
    non_western_indicator_code  varchar(64)  NOT NULL CONSTRAINT fk_list_rule_set_non_western REFERENCES indicator (code)
);

CREATE TABLE list_rule_criterion (
    rule_set_code     varchar(64)  NOT NULL CONSTRAINT fk_list_rule_criterion_rule_set REFERENCES list_rule_set (code),
    criterion_code    varchar(16)  NOT NULL,
    indicator_code    varchar(64)  NOT NULL CONSTRAINT fk_list_rule_criterion_indicator REFERENCES indicator (code),
    basis             varchar(32)  NOT NULL CONSTRAINT ck_list_rule_criterion_basis CHECK (basis IN ('absolute', 'national-multiple', 'regional-share')),
    comparison        varchar(2)   NOT NULL CONSTRAINT ck_list_rule_criterion_comparison CHECK (comparison IN ('>', '>=', '<', '<=')),
    higher_threshold  float        NOT NULL,
    lower_threshold   float        NULL,
    period_years      int          NOT NULL CONSTRAINT ck_list_rule_criterion_period CHECK (period_years >= 1),
    CONSTRAINT pk_list_rule_criterion PRIMARY KEY (rule_set_code, criterion_code)
);

CREATE TABLE list_rule_category (
    rule_set_code          varchar(64)  NOT NULL CONSTRAINT fk_list_rule_category_rule_set REFERENCES list_rule_set (code),
    category_code          varchar(64)  NOT NULL CONSTRAINT fk_list_rule_category_category REFERENCES list_category (code),
    threshold_level        varchar(16)  NOT NULL CONSTRAINT ck_list_rule_category_level CHECK (threshold_level IN ('higher', 'lower')),
    min_criteria_met       int          NOT NULL,
    non_western_threshold  float        NULL,
    consecutive_years      int          NULL,
    CONSTRAINT pk_list_rule_category PRIMARY KEY (rule_set_code, category_code)
);

CREATE TABLE official_list_entry (
    area_code      varchar(64)    NOT NULL CONSTRAINT fk_official_list_entry_area REFERENCES area (code),
    list_year      int            NOT NULL,
    published_on   date           NOT NULL,
    category_code  varchar(64)    NOT NULL CONSTRAINT fk_official_list_entry_category REFERENCES list_category (code),
    source         nvarchar(400)  NOT NULL,
    CONSTRAINT pk_official_list_entry PRIMARY KEY (area_code, list_year)
);
