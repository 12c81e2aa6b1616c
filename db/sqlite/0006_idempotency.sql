-- Idempotency-Key records (IETF httpapi idempotency-key draft), per organisation, kept at least 24 hours.
-- In the database, not in memory, so several instances of the service answer a retry alike.

CREATE TABLE idempotency_record (
    organisation_code  TEXT    NOT NULL REFERENCES organisation (code),
    idempotency_key    TEXT    NOT NULL,
    -- SHA-256 of method, path, query and body: the same key with another request is refused.
    fingerprint        TEXT    NOT NULL,
    state              TEXT    NOT NULL CHECK (state IN ('in-progress', 'completed')),
    response_status    INTEGER NULL,
    response_type      TEXT    NULL,
    response_body      TEXT    NULL,
    created_at         TEXT    NOT NULL,
    expires_at         TEXT    NOT NULL,
    PRIMARY KEY (organisation_code, idempotency_key)
);
CREATE INDEX ix_idempotency_record_expires_at ON idempotency_record (expires_at);
