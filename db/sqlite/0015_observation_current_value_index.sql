-- Derived numbers read only current figures (retracted_at IS NULL). With the retraction in the index, the reads
-- of 0013 still never leave it.
DROP INDEX ix_observation_indicator_year_value;
CREATE INDEX ix_observation_indicator_year_current ON observation (indicator_code, year, area_code, value, retracted_at);
