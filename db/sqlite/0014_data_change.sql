-- A change counter for every table a public read shows, raised by triggers in the same transaction as the
-- change itself, so a committed change and its raised counter become visible together. The service keeps
-- answers and its catalogue in memory under these two numbers and reads them on every request: a change made
-- through any instance, or straight in the database, is seen by every instance at its next request.
-- catalogue_version: effect goals, themes, area kinds, areas, indicators (the catalogue the service keeps).
-- data_version: everything else public: figures and their history, organisations, targets, list rules and lists.

CREATE TABLE data_change (
    id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    catalogue_version INTEGER NOT NULL,
    data_version INTEGER NOT NULL
) WITHOUT ROWID; -- one row with a fixed key: nothing for SQLite to number (as on SQL Server)

INSERT INTO data_change (id, catalogue_version, data_version) VALUES (1, 1, 1);

-- SQLite has row triggers only; each raises the counter once per changed row, a B-tree update of one small row.
CREATE TRIGGER trg_effect_goal_insert AFTER INSERT ON effect_goal BEGIN UPDATE data_change SET catalogue_version = catalogue_version + 1 WHERE id = 1; END;
CREATE TRIGGER trg_effect_goal_update AFTER UPDATE ON effect_goal BEGIN UPDATE data_change SET catalogue_version = catalogue_version + 1 WHERE id = 1; END;
CREATE TRIGGER trg_effect_goal_delete AFTER DELETE ON effect_goal BEGIN UPDATE data_change SET catalogue_version = catalogue_version + 1 WHERE id = 1; END;

CREATE TRIGGER trg_theme_insert AFTER INSERT ON theme BEGIN UPDATE data_change SET catalogue_version = catalogue_version + 1 WHERE id = 1; END;
CREATE TRIGGER trg_theme_update AFTER UPDATE ON theme BEGIN UPDATE data_change SET catalogue_version = catalogue_version + 1 WHERE id = 1; END;
CREATE TRIGGER trg_theme_delete AFTER DELETE ON theme BEGIN UPDATE data_change SET catalogue_version = catalogue_version + 1 WHERE id = 1; END;

CREATE TRIGGER trg_area_kind_insert AFTER INSERT ON area_kind BEGIN UPDATE data_change SET catalogue_version = catalogue_version + 1 WHERE id = 1; END;
CREATE TRIGGER trg_area_kind_update AFTER UPDATE ON area_kind BEGIN UPDATE data_change SET catalogue_version = catalogue_version + 1 WHERE id = 1; END;
CREATE TRIGGER trg_area_kind_delete AFTER DELETE ON area_kind BEGIN UPDATE data_change SET catalogue_version = catalogue_version + 1 WHERE id = 1; END;

CREATE TRIGGER trg_area_insert AFTER INSERT ON area BEGIN UPDATE data_change SET catalogue_version = catalogue_version + 1 WHERE id = 1; END;
CREATE TRIGGER trg_area_update AFTER UPDATE ON area BEGIN UPDATE data_change SET catalogue_version = catalogue_version + 1 WHERE id = 1; END;
CREATE TRIGGER trg_area_delete AFTER DELETE ON area BEGIN UPDATE data_change SET catalogue_version = catalogue_version + 1 WHERE id = 1; END;

CREATE TRIGGER trg_indicator_insert AFTER INSERT ON indicator BEGIN UPDATE data_change SET catalogue_version = catalogue_version + 1 WHERE id = 1; END;
CREATE TRIGGER trg_indicator_update AFTER UPDATE ON indicator BEGIN UPDATE data_change SET catalogue_version = catalogue_version + 1 WHERE id = 1; END;
CREATE TRIGGER trg_indicator_delete AFTER DELETE ON indicator BEGIN UPDATE data_change SET catalogue_version = catalogue_version + 1 WHERE id = 1; END;

CREATE TRIGGER trg_observation_status_insert AFTER INSERT ON observation_status BEGIN UPDATE data_change SET data_version = data_version + 1 WHERE id = 1; END;
CREATE TRIGGER trg_observation_status_update AFTER UPDATE ON observation_status BEGIN UPDATE data_change SET data_version = data_version + 1 WHERE id = 1; END;
CREATE TRIGGER trg_observation_status_delete AFTER DELETE ON observation_status BEGIN UPDATE data_change SET data_version = data_version + 1 WHERE id = 1; END;

CREATE TRIGGER trg_observation_insert AFTER INSERT ON observation BEGIN UPDATE data_change SET data_version = data_version + 1 WHERE id = 1; END;
CREATE TRIGGER trg_observation_update AFTER UPDATE ON observation BEGIN UPDATE data_change SET data_version = data_version + 1 WHERE id = 1; END;
CREATE TRIGGER trg_observation_delete AFTER DELETE ON observation BEGIN UPDATE data_change SET data_version = data_version + 1 WHERE id = 1; END;

CREATE TRIGGER trg_observation_revision_insert AFTER INSERT ON observation_revision BEGIN UPDATE data_change SET data_version = data_version + 1 WHERE id = 1; END;
CREATE TRIGGER trg_observation_revision_update AFTER UPDATE ON observation_revision BEGIN UPDATE data_change SET data_version = data_version + 1 WHERE id = 1; END;
CREATE TRIGGER trg_observation_revision_delete AFTER DELETE ON observation_revision BEGIN UPDATE data_change SET data_version = data_version + 1 WHERE id = 1; END;

CREATE TRIGGER trg_organisation_insert AFTER INSERT ON organisation BEGIN UPDATE data_change SET data_version = data_version + 1 WHERE id = 1; END;
CREATE TRIGGER trg_organisation_update AFTER UPDATE ON organisation BEGIN UPDATE data_change SET data_version = data_version + 1 WHERE id = 1; END;
CREATE TRIGGER trg_organisation_delete AFTER DELETE ON organisation BEGIN UPDATE data_change SET data_version = data_version + 1 WHERE id = 1; END;

CREATE TRIGGER trg_organisation_area_insert AFTER INSERT ON organisation_area BEGIN UPDATE data_change SET data_version = data_version + 1 WHERE id = 1; END;
CREATE TRIGGER trg_organisation_area_update AFTER UPDATE ON organisation_area BEGIN UPDATE data_change SET data_version = data_version + 1 WHERE id = 1; END;
CREATE TRIGGER trg_organisation_area_delete AFTER DELETE ON organisation_area BEGIN UPDATE data_change SET data_version = data_version + 1 WHERE id = 1; END;

CREATE TRIGGER trg_indicator_target_insert AFTER INSERT ON indicator_target BEGIN UPDATE data_change SET data_version = data_version + 1 WHERE id = 1; END;
CREATE TRIGGER trg_indicator_target_update AFTER UPDATE ON indicator_target BEGIN UPDATE data_change SET data_version = data_version + 1 WHERE id = 1; END;
CREATE TRIGGER trg_indicator_target_delete AFTER DELETE ON indicator_target BEGIN UPDATE data_change SET data_version = data_version + 1 WHERE id = 1; END;

CREATE TRIGGER trg_list_category_insert AFTER INSERT ON list_category BEGIN UPDATE data_change SET data_version = data_version + 1 WHERE id = 1; END;
CREATE TRIGGER trg_list_category_update AFTER UPDATE ON list_category BEGIN UPDATE data_change SET data_version = data_version + 1 WHERE id = 1; END;
CREATE TRIGGER trg_list_category_delete AFTER DELETE ON list_category BEGIN UPDATE data_change SET data_version = data_version + 1 WHERE id = 1; END;

CREATE TRIGGER trg_list_rule_set_insert AFTER INSERT ON list_rule_set BEGIN UPDATE data_change SET data_version = data_version + 1 WHERE id = 1; END;
CREATE TRIGGER trg_list_rule_set_update AFTER UPDATE ON list_rule_set BEGIN UPDATE data_change SET data_version = data_version + 1 WHERE id = 1; END;
CREATE TRIGGER trg_list_rule_set_delete AFTER DELETE ON list_rule_set BEGIN UPDATE data_change SET data_version = data_version + 1 WHERE id = 1; END;

CREATE TRIGGER trg_list_rule_criterion_insert AFTER INSERT ON list_rule_criterion BEGIN UPDATE data_change SET data_version = data_version + 1 WHERE id = 1; END;
CREATE TRIGGER trg_list_rule_criterion_update AFTER UPDATE ON list_rule_criterion BEGIN UPDATE data_change SET data_version = data_version + 1 WHERE id = 1; END;
CREATE TRIGGER trg_list_rule_criterion_delete AFTER DELETE ON list_rule_criterion BEGIN UPDATE data_change SET data_version = data_version + 1 WHERE id = 1; END;

CREATE TRIGGER trg_list_rule_category_insert AFTER INSERT ON list_rule_category BEGIN UPDATE data_change SET data_version = data_version + 1 WHERE id = 1; END;
CREATE TRIGGER trg_list_rule_category_update AFTER UPDATE ON list_rule_category BEGIN UPDATE data_change SET data_version = data_version + 1 WHERE id = 1; END;
CREATE TRIGGER trg_list_rule_category_delete AFTER DELETE ON list_rule_category BEGIN UPDATE data_change SET data_version = data_version + 1 WHERE id = 1; END;

CREATE TRIGGER trg_official_list_entry_insert AFTER INSERT ON official_list_entry BEGIN UPDATE data_change SET data_version = data_version + 1 WHERE id = 1; END;
CREATE TRIGGER trg_official_list_entry_update AFTER UPDATE ON official_list_entry BEGIN UPDATE data_change SET data_version = data_version + 1 WHERE id = 1; END;
CREATE TRIGGER trg_official_list_entry_delete AFTER DELETE ON official_list_entry BEGIN UPDATE data_change SET data_version = data_version + 1 WHERE id = 1; END;
