import { sql } from 'drizzle-orm';
import { bigint, check, date, index, integer, pgTable, primaryKey, text, timestamp, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { users } from '../accounts/tables.js';
import { projects, systems } from '../estate/tables.js';
import { insights } from '../insights/tables.js';
import { organisations } from '../organisations/tables.js';
import { priorities } from '../priorities/tables.js';
import { strategies } from '../strategies/tables.js';

export const INITIATIVE_STATUSES = ['proposed', 'planned', 'in_progress', 'done', 'paused', 'stopped'] as const;
export const HORIZONS = ['now', 'next', 'later'] as const;
/** What an initiative does to a system of the register; checked against the system's TIME decision. */
export const SYSTEM_CHANGES = ['introduce', 'improve', 'integrate', 'replace', 'retire'] as const;

/** A programme of work delivering one priority theme. */
export const programmes = pgTable(
  'programmes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    strategyId: uuid('strategy_id')
      .notNull()
      .references(() => strategies.id, { onDelete: 'cascade' }),
    priorityId: uuid('priority_id')
      .notNull()
      .references(() => priorities.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    summary: text('summary').notNull().default(''),
    position: integer('position').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('programmes_strategy').on(t.strategyId, t.position)],
);

/**
 * One piece of the roadmap. Months are stored as the first day of the month; a quarter is entered
 * as its first and last months.
 */
export const initiatives = pgTable(
  'initiatives',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    strategyId: uuid('strategy_id')
      .notNull()
      .references(() => strategies.id, { onDelete: 'cascade' }),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    owner: text('owner').notNull().default(''),
    startMonth: date('start_month', { mode: 'string' }).notNull(),
    endMonth: date('end_month', { mode: 'string' }).notNull(),
    status: text('status', { enum: INITIATIVE_STATUSES }).notNull().default('planned'),
    horizon: text('horizon', { enum: HORIZONS }).notNull().default('next'),
    /** Whole pounds. */
    estimatedCost: bigint('estimated_cost', { mode: 'number' }),
    benefit: text('benefit').notNull().default(''),
    /** Order within its programme, and within its column of the now/next/later board. */
    position: integer('position').notNull(),
    createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('initiatives_strategy').on(t.strategyId, t.startMonth),
    index('initiatives_programme').on(t.programmeId, t.position),
    check('initiatives_dates', sql`${t.endMonth} >= ${t.startMonth}`),
    check('initiatives_cost', sql`${t.estimatedCost} IS NULL OR ${t.estimatedCost} >= 0`),
  ],
);

/** `initiativeId` cannot start (or finish) until `dependsOnId` is done. Never a cycle. */
export const initiativeDependencies = pgTable(
  'initiative_dependencies',
  {
    initiativeId: uuid('initiative_id')
      .notNull()
      .references((): AnyPgColumn => initiatives.id, { onDelete: 'cascade' }),
    dependsOnId: uuid('depends_on_id')
      .notNull()
      .references((): AnyPgColumn => initiatives.id, { onDelete: 'cascade' }),
    strategyId: uuid('strategy_id')
      .notNull()
      .references(() => strategies.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.initiativeId, t.dependsOnId] }),
    index('initiative_dependencies_strategy').on(t.strategyId),
    index('initiative_dependencies_on').on(t.dependsOnId),
    check('initiative_dependencies_self', sql`${t.initiativeId} <> ${t.dependsOnId}`),
  ],
);

/** A system an initiative changes; `replacedBy` names the system that takes over when replacing. */
export const initiativeSystems = pgTable(
  'initiative_systems',
  {
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    systemId: uuid('system_id')
      .notNull()
      .references(() => systems.id, { onDelete: 'cascade' }),
    change: text('change', { enum: SYSTEM_CHANGES }).notNull(),
    replacedBySystemId: uuid('replaced_by_system_id').references(() => systems.id, { onDelete: 'set null' }),
  },
  (t) => [primaryKey({ columns: [t.initiativeId, t.systemId] }), index('initiative_systems_system').on(t.systemId)],
);

/** Projects already in flight (from Discover's register) that an initiative continues. */
export const initiativeProjects = pgTable(
  'initiative_projects',
  {
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.initiativeId, t.projectId] })],
);

/** Insights an initiative answers directly, beyond those of its priority. */
export const initiativeInsights = pgTable(
  'initiative_insights',
  {
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    insightId: uuid('insight_id')
      .notNull()
      .references(() => insights.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.initiativeId, t.insightId] }), index('initiative_insights_insight').on(t.insightId)],
);
