-- A replayed answer repeats the first one whole: a 201 names the same Location again.
ALTER TABLE idempotency_record ADD response_location nvarchar(2000) NULL;
