import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../organisations/tables.js';
import { strategies } from '../strategies/tables.js';

/**
 * A digital maturity framework of one organisation. `builtIn` names a framework Chorus ships
 * ("wgll": What Good Looks Like); such a framework is read-only and exists once per
 * organisation (the unique pair; custom frameworks have null, and nulls never collide).
 */
export const maturityFrameworks = pgTable(
  'maturity_frameworks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    builtIn: text('built_in'),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    scaleMax: integer('scale_max').notNull().default(5),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('maturity_frameworks_built_in').on(t.organisationId, t.builtIn),
    check('maturity_frameworks_scale', sql`${t.scaleMax} between 1 and 5`),
  ],
);

/** The framework's measures, in order. */
export const maturityMeasures = pgTable(
  'maturity_measures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    frameworkId: uuid('framework_id')
      .notNull()
      .references(() => maturityFrameworks.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    /** True while the description is Chorus's own summary of a published framework, not its text. */
    chorusSummary: boolean('chorus_summary').notNull().default(false),
    position: integer('position').notNull(),
  },
  (t) => [index('maturity_measures_framework').on(t.frameworkId, t.position)],
);

/** One self-assessment of the organisation against a framework, on a day. */
export const maturityAssessments = pgTable(
  'maturity_assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    // Restrict: a framework in use cannot be deleted from under its assessments.
    frameworkId: uuid('framework_id')
      .notNull()
      .references(() => maturityFrameworks.id, { onDelete: 'restrict' }),
    strategyId: uuid('strategy_id').references(() => strategies.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    assessedOn: date('assessed_on', { mode: 'string' }).notNull(),
    /** Names or roles of the leaders who agreed the scores; they need not be Chorus users. */
    assessors: jsonb('assessors').$type<string[]>().notNull().default([]),
    status: text('status', { enum: ['draft', 'complete'] }).notNull().default('draft'),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('maturity_assessments_org').on(t.organisationId, t.assessedOn),
    index('maturity_assessments_framework').on(t.frameworkId),
    check('maturity_assessments_status', sql`${t.status} in ('draft', 'complete')`),
  ],
);

export interface EvidenceLink {
  label: string;
  /** An http(s) address, or null when the label names something inside the trust. */
  url: string | null;
}

/** The score of one measure in one assessment, with why and the evidence behind it. */
export const maturityScores = pgTable(
  'maturity_scores',
  {
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => maturityAssessments.id, { onDelete: 'cascade' }),
    measureId: uuid('measure_id')
      .notNull()
      .references(() => maturityMeasures.id, { onDelete: 'restrict' }),
    score: integer('score'),
    rationale: text('rationale').notNull().default(''),
    evidence: jsonb('evidence').$type<EvidenceLink[]>().notNull().default([]),
  },
  (t) => [
    primaryKey({ columns: [t.assessmentId, t.measureId] }),
    check('maturity_scores_range', sql`${t.score} is null or ${t.score} between 1 and 5`),
  ],
);
