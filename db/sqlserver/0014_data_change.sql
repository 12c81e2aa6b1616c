-- A change counter for every table a public read shows, raised by triggers in the same transaction as the
-- change itself, so a committed change and its raised counter become visible together. The service keeps
-- answers and its catalogue in memory under these two numbers and reads them on every request: a change made
-- through any instance, or straight in the database, is seen by every instance at its next request.
-- catalogue_version: effect goals, themes, area kinds, areas, indicators (the catalogue the service keeps).
-- data_version: everything else public: figures and their history, organisations, targets, list rules and lists.

CREATE TABLE data_change (
    id int NOT NULL CONSTRAINT pk_data_change PRIMARY KEY CONSTRAINT ck_data_change_single_row CHECK (id = 1),
    catalogue_version bigint NOT NULL,
    data_version bigint NOT NULL
);

INSERT INTO data_change (id, catalogue_version, data_version) VALUES (1, 1, 1);
GO

-- Statement triggers: one raise per statement that changed a row. NOCOUNT keeps the trigger's own row count out of
-- the count the service reads (an update by version expects exactly 1). A statement that changed nothing (an
-- update whose version no longer matches) raises nothing and takes no lock on the counter.
CREATE TRIGGER trg_effect_goal_changed ON effect_goal AFTER INSERT, UPDATE, DELETE AS
BEGIN
    SET NOCOUNT ON;
    IF EXISTS (SELECT 1 FROM inserted) OR EXISTS (SELECT 1 FROM deleted)
        UPDATE data_change SET catalogue_version = catalogue_version + 1 WHERE id = 1;
END;
GO

CREATE TRIGGER trg_theme_changed ON theme AFTER INSERT, UPDATE, DELETE AS
BEGIN
    SET NOCOUNT ON;
    IF EXISTS (SELECT 1 FROM inserted) OR EXISTS (SELECT 1 FROM deleted)
        UPDATE data_change SET catalogue_version = catalogue_version + 1 WHERE id = 1;
END;
GO

CREATE TRIGGER trg_area_kind_changed ON area_kind AFTER INSERT, UPDATE, DELETE AS
BEGIN
    SET NOCOUNT ON;
    IF EXISTS (SELECT 1 FROM inserted) OR EXISTS (SELECT 1 FROM deleted)
        UPDATE data_change SET catalogue_version = catalogue_version + 1 WHERE id = 1;
END;
GO

CREATE TRIGGER trg_area_changed ON area AFTER INSERT, UPDATE, DELETE AS
BEGIN
    SET NOCOUNT ON;
    IF EXISTS (SELECT 1 FROM inserted) OR EXISTS (SELECT 1 FROM deleted)
        UPDATE data_change SET catalogue_version = catalogue_version + 1 WHERE id = 1;
END;
GO

CREATE TRIGGER trg_indicator_changed ON indicator AFTER INSERT, UPDATE, DELETE AS
BEGIN
    SET NOCOUNT ON;
    IF EXISTS (SELECT 1 FROM inserted) OR EXISTS (SELECT 1 FROM deleted)
        UPDATE data_change SET catalogue_version = catalogue_version + 1 WHERE id = 1;
END;
GO

CREATE TRIGGER trg_observation_status_changed ON observation_status AFTER INSERT, UPDATE, DELETE AS
BEGIN
    SET NOCOUNT ON;
    IF EXISTS (SELECT 1 FROM inserted) OR EXISTS (SELECT 1 FROM deleted)
        UPDATE data_change SET data_version = data_version + 1 WHERE id = 1;
END;
GO

CREATE TRIGGER trg_observation_changed ON observation AFTER INSERT, UPDATE, DELETE AS
BEGIN
    SET NOCOUNT ON;
    IF EXISTS (SELECT 1 FROM inserted) OR EXISTS (SELECT 1 FROM deleted)
        UPDATE data_change SET data_version = data_version + 1 WHERE id = 1;
END;
GO

CREATE TRIGGER trg_observation_revision_changed ON observation_revision AFTER INSERT, UPDATE, DELETE AS
BEGIN
    SET NOCOUNT ON;
    IF EXISTS (SELECT 1 FROM inserted) OR EXISTS (SELECT 1 FROM deleted)
        UPDATE data_change SET data_version = data_version + 1 WHERE id = 1;
END;
GO

CREATE TRIGGER trg_organisation_changed ON organisation AFTER INSERT, UPDATE, DELETE AS
BEGIN
    SET NOCOUNT ON;
    IF EXISTS (SELECT 1 FROM inserted) OR EXISTS (SELECT 1 FROM deleted)
        UPDATE data_change SET data_version = data_version + 1 WHERE id = 1;
END;
GO

CREATE TRIGGER trg_organisation_area_changed ON organisation_area AFTER INSERT, UPDATE, DELETE AS
BEGIN
    SET NOCOUNT ON;
    IF EXISTS (SELECT 1 FROM inserted) OR EXISTS (SELECT 1 FROM deleted)
        UPDATE data_change SET data_version = data_version + 1 WHERE id = 1;
END;
GO

CREATE TRIGGER trg_indicator_target_changed ON indicator_target AFTER INSERT, UPDATE, DELETE AS
BEGIN
    SET NOCOUNT ON;
    IF EXISTS (SELECT 1 FROM inserted) OR EXISTS (SELECT 1 FROM deleted)
        UPDATE data_change SET data_version = data_version + 1 WHERE id = 1;
END;
GO

CREATE TRIGGER trg_list_category_changed ON list_category AFTER INSERT, UPDATE, DELETE AS
BEGIN
    SET NOCOUNT ON;
    IF EXISTS (SELECT 1 FROM inserted) OR EXISTS (SELECT 1 FROM deleted)
        UPDATE data_change SET data_version = data_version + 1 WHERE id = 1;
END;
GO

CREATE TRIGGER trg_list_rule_set_changed ON list_rule_set AFTER INSERT, UPDATE, DELETE AS
BEGIN
    SET NOCOUNT ON;
    IF EXISTS (SELECT 1 FROM inserted) OR EXISTS (SELECT 1 FROM deleted)
        UPDATE data_change SET data_version = data_version + 1 WHERE id = 1;
END;
GO

CREATE TRIGGER trg_list_rule_criterion_changed ON list_rule_criterion AFTER INSERT, UPDATE, DELETE AS
BEGIN
    SET NOCOUNT ON;
    IF EXISTS (SELECT 1 FROM inserted) OR EXISTS (SELECT 1 FROM deleted)
        UPDATE data_change SET data_version = data_version + 1 WHERE id = 1;
END;
GO

CREATE TRIGGER trg_list_rule_category_changed ON list_rule_category AFTER INSERT, UPDATE, DELETE AS
BEGIN
    SET NOCOUNT ON;
    IF EXISTS (SELECT 1 FROM inserted) OR EXISTS (SELECT 1 FROM deleted)
        UPDATE data_change SET data_version = data_version + 1 WHERE id = 1;
END;
GO

CREATE TRIGGER trg_official_list_entry_changed ON official_list_entry AFTER INSERT, UPDATE, DELETE AS
BEGIN
    SET NOCOUNT ON;
    IF EXISTS (SELECT 1 FROM inserted) OR EXISTS (SELECT 1 FROM deleted)
        UPDATE data_change SET data_version = data_version + 1 WHERE id = 1;
END;
GO
