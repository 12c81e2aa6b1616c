-- A replayed answer repeats the first one whole: a 201 names the same Location again.
ALTER TABLE idempotency_record ADD COLUMN response_location TEXT NULL;
