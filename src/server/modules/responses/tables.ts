import { date, index, integer, pgTable, primaryKey, text, unique, uuid } from 'drizzle-orm/pg-core';
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
    /** A random key the form carries, so a double-click or a retried POST stores one response. */
    idempotencyKey: text('idempotency_key').notNull(),
    /** The respondent's segment, from the profile questions; null is "not stated". */
    staffGroupId: uuid('staff_group_id').references(() => staffGroups.id, { onDelete: 'set null' }),
    divisionId: uuid('division_id').references(() => orgUnits.id, { onDelete: 'set null' }),
    siteId: uuid('site_id').references(() => orgUnits.id, { onDelete: 'set null' }),
    source: text('source', { enum: ['web', 'import'] }).notNull().default('web'),
    importId: uuid('import_id'),
  },
  (t) => [unique('survey_responses_idempotency').on(t.surveyId, t.idempotencyKey), index('survey_responses_survey').on(t.surveyId)],
);

/**
 * One element of an answer: the chosen option (`item` = option key), a matrix row's level
 * (`item` = row key, `number` = 1–5), a rank (`item` = option key, `number` = rank), a scale value
 * (`item` = '', `number`), or free text (`item` = '', `text`).
 */
export const surveyAnswers = pgTable(
  'survey_answers',
  {
    responseId: uuid('response_id')
      .notNull()
      .references(() => surveyResponses.id, { onDelete: 'cascade' }),
    questionId: uuid('question_id').notNull(),
    item: text('item').notNull().default(''),
    number: integer('number'),
    text: text('text'),
  },
  (t) => [
    primaryKey({ columns: [t.responseId, t.questionId, t.item] }),
    // Quote lists walk one question's answers in response-id order (random, so meaningless).
    index('survey_answers_question').on(t.questionId, t.responseId),
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
