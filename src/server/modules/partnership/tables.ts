import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/tables.js';
import { insights } from '../insights/tables.js';
import { organisations } from '../organisations/tables.js';
import { strategies } from '../strategies/tables.js';
import { surveyQuestions, surveys } from '../surveys/tables.js';

export const PARTNERSHIP_SIDES = ['staff_can_expect', 'we_ask_of_staff'] as const;

/**
 * A numbered version of the staff partnership. A draft is edited; publishing puts it to staff as a
 * survey (one question per commitment) through the surveys' own distribution, results and
 * evidence; one version may be agreed. Editing a published or agreed version starts a new draft.
 */
export const partnershipVersions = pgTable(
  'partnership_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    strategyId: uuid('strategy_id')
      .notNull()
      .references(() => strategies.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    intro: text('intro').notNull().default(''),
    /** The survey that put this version to staff; null while a draft. */
    surveyId: uuid('survey_id').references(() => surveys.id, { onDelete: 'set null' }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    agreedByUserId: uuid('agreed_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    agreedAt: timestamp('agreed_at', { withTimezone: true }),
    /** When the partnership should be looked at again; a reminder goes to the team that day. */
    reviewOn: date('review_on', { mode: 'string' }),
    reminderSentAt: timestamp('reminder_sent_at', { withTimezone: true }),
    createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('partnership_versions_number').on(t.strategyId, t.number),
    uniqueIndex('partnership_versions_agreed').on(t.strategyId).where(sql`${t.agreedAt} IS NOT NULL`),
  ],
);

/** One reciprocal commitment, on one side of the partnership. */
export const partnershipCommitments = pgTable(
  'partnership_commitments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    versionId: uuid('version_id')
      .notNull()
      .references(() => partnershipVersions.id, { onDelete: 'cascade' }),
    side: text('side', { enum: PARTNERSHIP_SIDES }).notNull(),
    text: text('text').notNull(),
    position: integer('position').notNull(),
    /** The survey questions asking staff about it, once published. */
    questionId: uuid('question_id').references(() => surveyQuestions.id, { onDelete: 'set null' }),
    commentQuestionId: uuid('comment_question_id').references(() => surveyQuestions.id, { onDelete: 'set null' }),
  },
  (t) => [index('partnership_commitments_version').on(t.versionId, t.side, t.position)],
);

/** The insights a commitment answers. */
export const commitmentInsights = pgTable(
  'commitment_insights',
  {
    commitmentId: uuid('commitment_id')
      .notNull()
      .references(() => partnershipCommitments.id, { onDelete: 'cascade' }),
    insightId: uuid('insight_id')
      .notNull()
      .references(() => insights.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.commitmentId, t.insightId] }), index('commitment_insights_insight').on(t.insightId)],
);
