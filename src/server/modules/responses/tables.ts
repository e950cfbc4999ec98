import { date, index, integer, jsonb, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import type { Answers } from '../../../shared/contracts/survey-definition.js';
import { surveyInvitations, surveys } from '../surveys/tables.js';
import { orgUnits, staffGroups } from '../workforce/tables.js';

/**
 * One submitted response. Privacy by construction: only the day it arrived is kept (never a
 * time), and `invitationId` is set only for surveys that are not anonymous.
 */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    submittedOn: date('submitted_on').notNull(),
    /** Only for named (non-anonymous) surveys. */
    invitationId: uuid('invitation_id').references(() => surveyInvitations.id, { onDelete: 'set null' }),
    /**
     * A random key the form carries, so a double-click or a retried POST stores one response.
     * Null for imported responses: the file's hash already stops a second import, and a null
     * key costs the unique index almost nothing to take 100,000 at a time.
     */
    idempotencyKey: text('idempotency_key'),
    /** The respondent's segment, from the profile questions; null is "not stated". */
    staffGroupId: uuid('staff_group_id').references(() => staffGroups.id, { onDelete: 'set null' }),
    divisionId: uuid('division_id').references(() => orgUnits.id, { onDelete: 'set null' }),
    siteId: uuid('site_id').references(() => orgUnits.id, { onDelete: 'set null' }),
    source: text('source', { enum: ['web', 'import'] }).notNull().default('web'),
    importId: uuid('import_id'),
    /**
     * The validated answers, by question id, exactly as `Answers` (a key, a list of keys, a
     * number, a row → level map, or free text). One row per response rather than one per answer
     * element: an import of 100,000 responses writes 100,000 rows, not two million, and results
     * never read this (they read `survey_answer_counts`); only quote lists and the raw export do.
     */
    answers: jsonb('answers').$type<Answers>().notNull().default({}),
  },
  (t) => [
    unique('survey_responses_idempotency').on(t.surveyId, t.idempotencyKey),
    // Quote lists and the raw export walk one survey's responses in id order (random, so meaningless).
    index('survey_responses_survey').on(t.surveyId, t.id),
    // A quote list filtered to one group walks that group's responses in the same order, instead
    // of reading the whole survey to find a small group's few hundred answers.
    index('survey_responses_staff_group').on(t.surveyId, t.staffGroupId, t.id),
    index('survey_responses_division').on(t.surveyId, t.divisionId, t.id),
    index('survey_responses_site').on(t.surveyId, t.siteId, t.id),
  ],
);

/**
 * Running totals kept up to date as responses arrive, so results for a million responses are
 * read from a few thousand rows. `item`/`value` identify what was counted (an option, a row and
 * level, a scale value); the segment columns are null for "not stated". The atoms of the
 * suppression cube.
 */
export const surveyAnswerCounts = pgTable(
  'survey_answer_counts',
  {
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    questionId: uuid('question_id').notNull(),
    item: text('item').notNull(),
    value: text('value').notNull(),
    staffGroupId: uuid('staff_group_id'),
    divisionId: uuid('division_id'),
    siteId: uuid('site_id'),
    count: integer('count').notNull(),
  },
  (t) => [
    unique('survey_answer_counts_cell')
      .on(t.questionId, t.item, t.value, t.staffGroupId, t.divisionId, t.siteId)
      .nullsNotDistinct(),
    index('survey_answer_counts_survey').on(t.surveyId),
  ],
);
