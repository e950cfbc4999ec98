import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/tables.js';
import { systems } from '../estate/tables.js';
import { insights } from '../insights/tables.js';
import { maturityMeasures } from '../maturity/tables.js';
import { organisations } from '../organisations/tables.js';
import { strategies } from '../strategies/tables.js';

/** A priority theme of the strategy: what it answers, what it aims for, who owns it. */
export const priorities = pgTable(
  'priorities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    strategyId: uuid('strategy_id')
      .notNull()
      .references(() => strategies.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    ambition: text('ambition').notNull().default(''),
    /** Names (with role) of people who need not be Chorus users, e.g. "Chief Nurse". */
    sponsor: text('sponsor').notNull().default(''),
    lead: text('lead').notNull().default(''),
    /** The agreed order, 0 first; set from the scores and adjusted by hand. */
    position: integer('position').notNull(),
    /** Why the team moved it away from its scored rank, when they did. */
    positionReason: text('position_reason').notNull().default(''),
    createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('priorities_strategy').on(t.strategyId, t.position), uniqueIndex('priorities_title').on(t.strategyId, sql`lower(${t.title})`)],
);

/** "What we heard": the insights a priority answers. Walked both ways. */
export const priorityInsights = pgTable(
  'priority_insights',
  {
    priorityId: uuid('priority_id')
      .notNull()
      .references(() => priorities.id, { onDelete: 'cascade' }),
    insightId: uuid('insight_id')
      .notNull()
      .references(() => insights.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.priorityId, t.insightId] }), index('priority_insights_insight').on(t.insightId)],
);

/** The maturity measures (What Good Looks Like) a priority moves, and the level it aims for. */
export const priorityMaturityTargets = pgTable(
  'priority_maturity_targets',
  {
    priorityId: uuid('priority_id')
      .notNull()
      .references(() => priorities.id, { onDelete: 'cascade' }),
    measureId: uuid('measure_id')
      .notNull()
      .references(() => maturityMeasures.id, { onDelete: 'cascade' }),
    targetLevel: integer('target_level').notNull(),
  },
  (t) => [primaryKey({ columns: [t.priorityId, t.measureId] }), check('priority_maturity_target_range', sql`${t.targetLevel} between 1 and 5`)],
);

export const prioritySystems = pgTable(
  'priority_systems',
  {
    priorityId: uuid('priority_id')
      .notNull()
      .references(() => priorities.id, { onDelete: 'cascade' }),
    systemId: uuid('system_id')
      .notNull()
      .references(() => systems.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.priorityId, t.systemId] })],
);

/**
 * A prioritisation criterion with its weight. A 'value' criterion scores high when good (benefit to
 * patients); an 'effort' criterion scores high when costly (cost, risk), so the chart can set value
 * against effort and the ranking can count effort against a theme.
 */
export const priorityCriteria = pgTable(
  'priority_criteria',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    strategyId: uuid('strategy_id')
      .notNull()
      .references(() => strategies.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['value', 'effort'] }).notNull(),
    weight: integer('weight').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [
    uniqueIndex('priority_criteria_name').on(t.strategyId, sql`lower(${t.name})`),
    check('priority_criteria_weight', sql`${t.weight} between 0 and 100`),
  ],
);

/** One theme's score (1–5) against one criterion. */
export const priorityScores = pgTable(
  'priority_scores',
  {
    priorityId: uuid('priority_id')
      .notNull()
      .references(() => priorities.id, { onDelete: 'cascade' }),
    criterionId: uuid('criterion_id')
      .notNull()
      .references(() => priorityCriteria.id, { onDelete: 'cascade' }),
    score: integer('score').notNull(),
  },
  (t) => [primaryKey({ columns: [t.priorityId, t.criterionId] }), check('priority_scores_range', sql`${t.score} between 1 and 5`)],
);
