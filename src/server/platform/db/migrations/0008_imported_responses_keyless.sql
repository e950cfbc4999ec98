-- Imported responses carry no idempotency key (the file's hash stops a second import); a null
-- key is distinct in the unique index, so web submissions keep their protection.
ALTER TABLE "survey_responses" ALTER COLUMN "idempotency_key" DROP NOT NULL;
