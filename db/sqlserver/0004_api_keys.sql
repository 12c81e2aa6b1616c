-- API keys of the organisations that write. The secret is never stored: only a salted SHA-256 of the
-- whole key, beside a short random prefix that finds the row without revealing anything.

CREATE TABLE api_key (
    id                 bigint          NOT NULL IDENTITY(1, 1) CONSTRAINT pk_api_key PRIMARY KEY,
    organisation_code  varchar(64)     NOT NULL CONSTRAINT fk_api_key_organisation REFERENCES organisation (code),
    role               varchar(16)     NOT NULL CONSTRAINT ck_api_key_role CHECK (role IN ('admin', 'reporter')),
    name               nvarchar(200)   NOT NULL,
    prefix             varchar(32)     NOT NULL,
    key_salt           varchar(64)     NOT NULL,
    key_hash           varchar(64)     NOT NULL,
    created_at         datetimeoffset  NOT NULL,
    revoked_at         datetimeoffset  NULL,
    last_used_at       datetimeoffset  NULL,
    CONSTRAINT uq_api_key_prefix UNIQUE (prefix)
);
CREATE INDEX ix_api_key_organisation ON api_key (organisation_code);
