import { index, integer, jsonb, pgTable, primaryKey, real, boolean, text, timestamp, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { users } from '../accounts/tables.js';
import { evidenceItems, tags } from '../evidence/tables.js';
import { organisations } from '../organisations/tables.js';
import { strategies } from '../strategies/tables.js';

export const THEME_RUN_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export const SUGGESTION_STATUSES = ['open', 'accepted', 'dismissed', 'merged', 'split'] as const;

/**
 * One run of theme suggestion over a chosen set of evidence. The set is fixed when the run is
 * asked for (its members are written then), so a re-run with the same seed gives the same themes.
 */
export const themeRuns = pgTable(
  'theme_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    strategyId: uuid('strategy_id')
      .notNull()
      .references(() => strategies.id, { onDelete: 'cascade' }),
    /** What the set was, in words and as the evidence filter that chose it. */
    scopeLabel: text('scope_label').notNull(),
    scope: jsonb('scope').$type<Record<string, unknown>>().notNull(),
    /** Null: the number of themes is chosen by the algorithm. */
    requestedThemes: integer('requested_themes'),
    seed: integer('seed').notNull(),
    /**
     * A split re-runs one suggestion's members alone. No foreign key: runs and suggestions
     * referring to each other would be a loop that backups cannot order.
     */
    splitOfSuggestionId: uuid('split_of_suggestion_id'),
    status: text('status', { enum: THEME_RUN_STATUSES }).notNull().default('queued'),
    jobId: text('job_id'),
    itemCount: integer('item_count').notNull().default(0),
    /** Plain-English outcome when there is nothing to suggest or the run failed. */
    message: text('message'),
    createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('theme_runs_strategy').on(t.strategyId, t.createdAt)],
);

/** A suggested theme of a run, and what the team did with it. */
export const themeSuggestions = pgTable(
  'theme_suggestions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    runId: uuid('run_id')
      .notNull()
      .references(() => themeRuns.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    label: text('label').notNull(),
    keywords: jsonb('keywords').$type<string[]>().notNull().default([]),
    status: text('status', { enum: SUGGESTION_STATUSES }).notNull().default('open'),
    /** The tag it became when accepted (or the suggestion it was merged into). */
    tagId: uuid('tag_id').references(() => tags.id, { onDelete: 'set null' }),
    mergedIntoId: uuid('merged_into_id').references((): AnyPgColumn => themeSuggestions.id, { onDelete: 'set null' }),
    decidedByUserId: uuid('decided_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [index('theme_suggestions_run').on(t.runId, t.position)],
);

/** Each evidence item of a run: its suggestion (null when it fitted no theme well). */
export const themeRunItems = pgTable(
  'theme_run_items',
  {
    runId: uuid('run_id')
      .notNull()
      .references(() => themeRuns.id, { onDelete: 'cascade' }),
    evidenceItemId: uuid('evidence_item_id')
      .notNull()
      .references(() => evidenceItems.id, { onDelete: 'cascade' }),
    suggestionId: uuid('suggestion_id').references(() => themeSuggestions.id, { onDelete: 'set null' }),
    representative: boolean('representative').notNull().default(false),
    /** How well the item fits its theme, 0..1. */
    fit: real('fit'),
  },
  (t) => [primaryKey({ columns: [t.runId, t.evidenceItemId] }), index('theme_run_items_suggestion').on(t.suggestionId)],
);
