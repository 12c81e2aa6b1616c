-- API keys of the organisations that write. The secret is never stored: only a salted SHA-256 of the
-- whole key, beside a short random prefix that finds the row without revealing anything.

CREATE TABLE api_key (
    id                 INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    organisation_code  TEXT    NOT NULL REFERENCES organisation (code),
    role               TEXT    NOT NULL CHECK (role IN ('admin', 'reporter')),
    name               TEXT    NOT NULL,
    prefix             TEXT    NOT NULL,
    key_salt           TEXT    NOT NULL,
    key_hash           TEXT    NOT NULL,
    created_at         TEXT    NOT NULL,
    revoked_at         TEXT    NULL,
    last_used_at       TEXT    NULL,
    CONSTRAINT uq_api_key_prefix UNIQUE (prefix)
);
CREATE INDEX ix_api_key_organisation ON api_key (organisation_code);
