-- Provenance decides who may write a figure. Each indicator names its supplier:
--   statistics-denmark, ministry  official sources (registers, the list criteria): their figures are loaded by the
--                                 municipality's administrators and no organisation is ever granted them;
--   municipality                  the municipality's own surveys and registers;
--   housing-organisation          what the housing organisations collect themselves (their letting data).
-- The default only covers indicators created before this migration that are not named below: the municipality's
-- administrators made them, so they are the municipality's until an administrator says otherwise.
ALTER TABLE indicator ADD COLUMN supplier TEXT NOT NULL DEFAULT 'municipality'
    CHECK (supplier IN ('statistics-denmark', 'ministry', 'municipality', 'housing-organisation'));

UPDATE indicator SET supplier = 'ministry'
WHERE code IN ('outside-work-education', 'primary-school-only', 'gross-income', 'convicted', 'non-western');
UPDATE indicator SET supplier = 'statistics-denmark' WHERE code IN ('voter-turnout', 'residents');
UPDATE indicator SET supplier = 'housing-organisation' WHERE code = 'new-tenants-working';

-- Which indicators an organisation may report (for the areas linked to it in organisation_area). A grant is data,
-- like the area links, because the municipality decides it.
CREATE TABLE organisation_indicator (
    organisation_code  TEXT NOT NULL REFERENCES organisation (code),
    indicator_code     TEXT NOT NULL REFERENCES indicator (code),
    PRIMARY KEY (organisation_code, indicator_code)
);
CREATE INDEX ix_organisation_indicator_indicator ON organisation_indicator (indicator_code);

-- Grants are public (GET /api/v1/organisations), so they raise the data counter like the area links.
CREATE TRIGGER trg_organisation_indicator_insert AFTER INSERT ON organisation_indicator BEGIN UPDATE data_change SET data_version = data_version + 1 WHERE id = 1; END;
CREATE TRIGGER trg_organisation_indicator_update AFTER UPDATE ON organisation_indicator BEGIN UPDATE data_change SET data_version = data_version + 1 WHERE id = 1; END;
CREATE TRIGGER trg_organisation_indicator_delete AFTER DELETE ON organisation_indicator BEGIN UPDATE data_change SET data_version = data_version + 1 WHERE id = 1; END;

-- Every organisation, and so every key it already holds, is granted what its kind of organisation supplies: the
-- housing organisations their letting data, the municipality its surveys and registers. Nobody is granted an
-- official source.
INSERT INTO organisation_indicator (organisation_code, indicator_code)
SELECT o.code, i.code
FROM organisation o
JOIN indicator i ON i.supplier = o.kind;

-- The municipality reports its surveys for itself and for the areas it follows (not for the country or the region,
-- whose figures are official).
INSERT INTO organisation_area (organisation_code, area_code)
SELECT o.code, a.code
FROM organisation o
CROSS JOIN area a
WHERE o.kind = 'municipality'
  AND a.kind_code IN ('municipality', 'social-balance-area', 'housing-area')
  AND NOT EXISTS (SELECT 1 FROM organisation_area l WHERE l.organisation_code = o.code AND l.area_code = a.code);
