import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, text, timestamp, unique, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Answers, Choice, ProfileDimension, QuestionType, ShowIf } from '../../../shared/contracts/survey-definition.js';
import { organisations } from '../organisations/tables.js';
import { strategies } from '../strategies/tables.js';
import { orgUnits, staffGroups } from '../workforce/tables.js';

export const SURVEY_STATUSES = ['draft', 'open', 'closed'] as const;

export interface IdentifyingKept {
  column: string;
  reason: string;
  fileName: string;
}

export const surveys = pgTable(
  'surveys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Kept beside the strategy so every query can be scoped to the organisation directly. */
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    strategyId: uuid('strategy_id')
      .notNull()
      .references(() => strategies.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    intro: text('intro').notNull().default(''),
    thankYou: text('thank_you').notNull().default(''),
    status: text('status', { enum: SURVEY_STATUSES }).notNull().default('draft'),
    /** Anonymous: responses keep no link to the invitation that admitted them. */
    anonymous: boolean('anonymous').notNull().default(true),
    opensAt: timestamp('opens_at', { withTimezone: true }),
    closesAt: timestamp('closes_at', { withTimezone: true }),
    /** The open link's public slug; null when the open link is off. */
    openLinkSlug: text('open_link_slug'),
    /** Optional code staff type to use the open link (scrypt hash). */
    accessCodeHash: text('access_code_hash'),
    /** 'chorus' for surveys run here, 'import' for results brought in from another tool. */
    source: text('source', { enum: ['chorus', 'import'] }).notNull().default('chorus'),
    /**
     * Identifying columns (names, emails…) someone chose to keep when importing into this survey,
     * which is then not anonymous: shown wherever the survey is, so nobody forgets they are there.
     */
    identifyingKept: jsonb('identifying_kept').$type<IdentifyingKept[]>().notNull().default(sql`'[]'::jsonb`),
    /** The survey this one repeats ("wave 2" of the staff survey), so measures can follow a question across waves. */
    previousWaveId: uuid('previous_wave_id').references((): AnyPgColumn => surveys.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('surveys_strategy').on(t.strategyId),
    uniqueIndex('surveys_open_link').on(t.openLinkSlug),
    check('surveys_window', sql`${t.closesAt} IS NULL OR ${t.opensAt} IS NULL OR ${t.closesAt} > ${t.opensAt}`),
  ],
);

export const surveySections = pgTable(
  'survey_sections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
  },
  (t) => [index('survey_sections_survey').on(t.surveyId, t.position)],
);

export const surveyQuestions = pgTable(
  'survey_questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    sectionId: uuid('section_id')
      .notNull()
      .references(() => surveySections.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    type: text('type').$type<QuestionType>().notNull(),
    title: text('title').notNull(),
    help: text('help').notNull().default(''),
    required: boolean('required').notNull().default(false),
    options: jsonb('options').$type<Choice[]>().notNull().default([]),
    rows: jsonb('rows').$type<Choice[]>().notNull().default([]),
    dimension: text('dimension').$type<ProfileDimension>(),
    showIf: jsonb('show_if').$type<ShowIf>(),
    /** In a later wave: the question of the first wave this one repeats (its options keep their keys). */
    firstWaveQuestionId: uuid('first_wave_question_id'),
  },
  (t) => [index('survey_questions_survey').on(t.surveyId, t.position), index('survey_questions_first_wave').on(t.firstWaveQuestionId)],
);

/**
 * A personal invitation: a single-use token. In anonymous surveys `responded` is a bare flag
 * with no time, and the response row holds no reference back, so the two cannot be joined.
 */
export const surveyInvitations = pgTable(
  'survey_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    /** Null until the invitation is emailed: the token exists only in the email. */
    tokenHash: text('token_hash'),
    /** The link of the email before the latest reminder, which keeps working too. */
    previousTokenHash: text('previous_token_hash'),
    sent: boolean('sent').notNull().default(false),
    responded: boolean('responded').notNull().default(false),
    /** Answers saved part-way (save and resume); deleted when the response is submitted. */
    draft: jsonb('draft'),
    remindersSent: integer('reminders_sent').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('survey_invitations_token').on(t.tokenHash),
    uniqueIndex('survey_invitations_previous_token').on(t.previousTokenHash),
    uniqueIndex('survey_invitations_email').on(t.surveyId, sql`lower(${t.email})`),
  ],
);

// Responses are rows of a survey. The surveys module owns their tables because it must see
// whether a survey has been answered before letting it be edited; the responses module writes
// and counts them (it depends on surveys, never the other way).
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
