-- The most common read is one indicator for one year across many areas (a map, a league table).
-- The unique key (indicator, area, year) cannot seek on the year; this index can.
CREATE INDEX ix_observation_indicator_year ON observation (indicator_code, year, area_code);
