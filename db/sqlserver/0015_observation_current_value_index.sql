-- Derived numbers read only current figures (retracted_at IS NULL). With the retraction in the index, the reads
-- of 0013 still never leave it. Key columns, not INCLUDE, so the index is the same on both databases.
DROP INDEX ix_observation_indicator_year_value ON observation;
CREATE INDEX ix_observation_indicator_year_current ON observation (indicator_code, year, area_code, value, retracted_at);
