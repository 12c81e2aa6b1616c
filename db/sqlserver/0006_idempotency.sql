-- Idempotency-Key records (IETF httpapi idempotency-key draft), per organisation, kept at least 24 hours.
-- In the database, not in memory, so several instances of the service answer a retry alike.

CREATE TABLE idempotency_record (
    organisation_code  varchar(64)     NOT NULL CONSTRAINT fk_idempotency_record_organisation REFERENCES organisation (code),
    idempotency_key    varchar(255)    NOT NULL,
    -- SHA-256 of method, path, query and body: the same key with another request is refused.
    fingerprint        varchar(64)     NOT NULL,
    state              varchar(16)     NOT NULL CONSTRAINT ck_idempotency_record_state CHECK (state IN ('in-progress', 'completed')),
    response_status    int             NULL,
    response_type      varchar(200)    NULL,
    response_body      nvarchar(max)   NULL,
    created_at         datetimeoffset  NOT NULL,
    expires_at         datetimeoffset  NOT NULL,
    CONSTRAINT pk_idempotency_record PRIMARY KEY (organisation_code, idempotency_key)
);
CREATE INDEX ix_idempotency_record_expires_at ON idempotency_record (expires_at);
