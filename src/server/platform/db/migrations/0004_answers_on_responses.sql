-- Answers move from one row per answer element (survey_answers) onto their response, as the
-- same JSON the respond pages validate (`Answers`). Existing answers are rebuilt per question
-- type before the old table goes, so an upgraded database loses nothing.
ALTER TABLE "survey_responses" ADD COLUMN "answers" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
WITH per_question AS (
  SELECT a.response_id, a.question_id,
    CASE
      WHEN q.type = 'multiple_choice' THEN jsonb_agg(a.item ORDER BY a.item)
      WHEN q.type = 'ranking' THEN jsonb_agg(a.item ORDER BY a.number)
      WHEN q.type IN ('matrix', 'systems', 'systems_support') THEN jsonb_object_agg(a.item, a.number)
      WHEN q.type IN ('likert', 'rating') THEN to_jsonb(min(a.number))
      WHEN q.type IN ('short_text', 'long_text') THEN to_jsonb(min(a.text))
      WHEN q.type IS NULL AND bool_or(a.text IS NOT NULL) THEN to_jsonb(min(a.text))
      WHEN q.type IS NULL AND bool_or(a.item = '') THEN to_jsonb(min(a.number))
      WHEN q.type IS NULL AND count(*) > 1 THEN jsonb_agg(a.item ORDER BY a.item)
      ELSE to_jsonb(min(a.item))
    END AS value
  FROM "survey_answers" a
  LEFT JOIN "survey_questions" q ON q.id = a.question_id
  GROUP BY a.response_id, a.question_id, q.type
)
UPDATE "survey_responses" r SET "answers" = x.answers
FROM (SELECT response_id, jsonb_object_agg(question_id::text, value) AS answers FROM per_question GROUP BY response_id) x
WHERE r.id = x.response_id;--> statement-breakpoint
DROP TABLE "survey_answers" CASCADE;--> statement-breakpoint
DROP INDEX "survey_responses_survey";--> statement-breakpoint
CREATE INDEX "survey_responses_survey" ON "survey_responses" USING btree ("survey_id","id");
