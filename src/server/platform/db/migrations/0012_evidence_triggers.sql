-- Evidence items follow their sources (see src/server/modules/evidence/tables.ts for why triggers).
-- A restore loads evidence rows from the backup itself, so every trigger stands aside while
-- `chorus.restoring` is on (set by platform/db/backup.ts for the restore's transaction only).

-- Free-text survey answers, however the responses arrive (one by one, batches, COPY).
CREATE FUNCTION evidence_from_responses() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('chorus.restoring', true) = 'on' THEN RETURN NULL; END IF;
  INSERT INTO evidence_items (organisation_id, strategy_id, source, survey_id, question_id, response_id, system_id,
                              text, said_on, staff_group_id, division_id, site_id)
  SELECT s.organisation_id, s.strategy_id,
         CASE WHEN f.id IS NULL THEN 'survey_answer' ELSE 'system_comment' END,
         r.survey_id, q.id, r.id, sy.id, btrim(r.answers ->> q.id::text), r.submitted_on,
         r.staff_group_id, r.division_id, r.site_id
  FROM inserted_responses r
  JOIN surveys s ON s.id = r.survey_id
  JOIN survey_questions q ON q.survey_id = r.survey_id AND q.type IN ('short_text', 'long_text')
  -- A free-text follow-up of a systems question is a comment about the system it asks after.
  LEFT JOIN survey_questions f ON f.id::text = q.show_if ->> 'questionId' AND f.type = 'systems'
  LEFT JOIN systems sy ON f.id IS NOT NULL AND sy.id::text = q.show_if ->> 'value'
  WHERE jsonb_typeof(r.answers -> q.id::text) = 'string' AND btrim(r.answers ->> q.id::text) <> '';
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER evidence_from_responses AFTER INSERT ON survey_responses
  REFERENCING NEW TABLE AS inserted_responses FOR EACH STATEMENT EXECUTE FUNCTION evidence_from_responses();
--> statement-breakpoint

-- Workshop sticky notes: one item each, its text kept in step.
CREATE FUNCTION evidence_from_sticky_notes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('chorus.restoring', true) = 'on' THEN RETURN NULL; END IF;
  INSERT INTO evidence_items (organisation_id, strategy_id, source, workshop_id, sticky_note_id, text, said_on)
  SELECT st.organisation_id, w.strategy_id, 'sticky_note', n.workshop_id, n.id, btrim(n.text), w.held_on::date
  FROM inserted_notes n
  JOIN workshops w ON w.id = n.workshop_id
  JOIN strategies st ON st.id = w.strategy_id
  WHERE btrim(n.text) <> '';
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER evidence_from_sticky_notes AFTER INSERT ON sticky_notes
  REFERENCING NEW TABLE AS inserted_notes FOR EACH STATEMENT EXECUTE FUNCTION evidence_from_sticky_notes();
--> statement-breakpoint
CREATE FUNCTION evidence_follows_sticky_note() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('chorus.restoring', true) = 'on' THEN RETURN NULL; END IF;
  IF NEW.text IS DISTINCT FROM OLD.text THEN
    UPDATE evidence_items SET text = btrim(NEW.text), analysed_at = NULL WHERE sticky_note_id = NEW.id;
    DELETE FROM evidence_redactions r USING evidence_items e
      WHERE r.evidence_item_id = e.id AND e.sticky_note_id = NEW.id AND r.status = 'suggested';
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER evidence_follows_sticky_note AFTER UPDATE OF text ON sticky_notes
  FOR EACH ROW EXECUTE FUNCTION evidence_follows_sticky_note();
--> statement-breakpoint

-- A leader interview's notes: one searchable item while there are notes. Excerpts cut from the
-- notes keep their own text and are marked as cut from notes that have changed since.
CREATE FUNCTION evidence_follows_interview() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('chorus.restoring', true) = 'on' THEN RETURN NULL; END IF;
  IF TG_OP = 'UPDATE' AND NEW.notes IS NOT DISTINCT FROM OLD.notes AND NEW.held_on IS NOT DISTINCT FROM OLD.held_on THEN
    RETURN NULL;
  END IF;
  IF btrim(NEW.notes) = '' THEN
    DELETE FROM evidence_items WHERE interview_id = NEW.id AND source = 'interview_note';
  ELSE
    INSERT INTO evidence_items (organisation_id, strategy_id, source, interview_id, text, said_on)
    SELECT st.organisation_id, NEW.strategy_id, 'interview_note', NEW.id, NEW.notes, NEW.held_on::date
    FROM strategies st WHERE st.id = NEW.strategy_id
    ON CONFLICT (interview_id) WHERE source = 'interview_note'
    DO UPDATE SET text = EXCLUDED.text, said_on = EXCLUDED.said_on,
                  analysed_at = CASE WHEN evidence_items.text = EXCLUDED.text THEN evidence_items.analysed_at END;
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.notes IS DISTINCT FROM OLD.notes THEN
    UPDATE evidence_items SET source_changed = true WHERE interview_id = NEW.id AND source = 'interview_excerpt';
    DELETE FROM evidence_redactions r USING evidence_items e
      WHERE r.evidence_item_id = e.id AND e.interview_id = NEW.id AND e.source = 'interview_note' AND r.status = 'suggested';
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER evidence_follows_interview AFTER INSERT OR UPDATE OF notes, held_on ON interviews
  FOR EACH ROW EXECUTE FUNCTION evidence_follows_interview();
--> statement-breakpoint

-- What was heard before this version: brought in once.
INSERT INTO evidence_items (organisation_id, strategy_id, source, survey_id, question_id, response_id, system_id,
                            text, said_on, staff_group_id, division_id, site_id)
SELECT s.organisation_id, s.strategy_id,
       CASE WHEN f.id IS NULL THEN 'survey_answer' ELSE 'system_comment' END,
       r.survey_id, q.id, r.id, sy.id, btrim(r.answers ->> q.id::text), r.submitted_on,
       r.staff_group_id, r.division_id, r.site_id
FROM survey_responses r
JOIN surveys s ON s.id = r.survey_id
JOIN survey_questions q ON q.survey_id = r.survey_id AND q.type IN ('short_text', 'long_text')
LEFT JOIN survey_questions f ON f.id::text = q.show_if ->> 'questionId' AND f.type = 'systems'
LEFT JOIN systems sy ON f.id IS NOT NULL AND sy.id::text = q.show_if ->> 'value'
WHERE jsonb_typeof(r.answers -> q.id::text) = 'string' AND btrim(r.answers ->> q.id::text) <> '';
--> statement-breakpoint
INSERT INTO evidence_items (organisation_id, strategy_id, source, workshop_id, sticky_note_id, text, said_on)
SELECT st.organisation_id, w.strategy_id, 'sticky_note', n.workshop_id, n.id, btrim(n.text), w.held_on::date
FROM sticky_notes n JOIN workshops w ON w.id = n.workshop_id JOIN strategies st ON st.id = w.strategy_id
WHERE btrim(n.text) <> '';
--> statement-breakpoint
INSERT INTO evidence_items (organisation_id, strategy_id, source, interview_id, text, said_on)
SELECT st.organisation_id, i.strategy_id, 'interview_note', i.id, i.notes, i.held_on::date
FROM interviews i JOIN strategies st ON st.id = i.strategy_id
WHERE btrim(i.notes) <> '';
