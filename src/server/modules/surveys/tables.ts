import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { Choice, ProfileDimension, QuestionType, ShowIf } from '../../../shared/contracts/survey-definition.js';
import { organisations } from '../organisations/tables.js';
import { strategies } from '../strategies/tables.js';

export const SURVEY_STATUSES = ['draft', 'open', 'closed'] as const;

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
  },
  (t) => [index('survey_questions_survey').on(t.surveyId, t.position)],
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
