import { sql } from 'drizzle-orm';
import { check, date, doublePrecision, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/tables.js';
import { maturityMeasures } from '../maturity/tables.js';
import { organisations } from '../organisations/tables.js';
import { priorities } from '../priorities/tables.js';
import { initiatives } from '../roadmap/tables.js';
import { strategies } from '../strategies/tables.js';
import { surveyQuestions } from '../surveys/tables.js';

/**
 * Where a measure's values come from: typed in by the team, the share of staff giving chosen
 * answers to a survey question (each later wave of the survey adds a value), or a What Good Looks
 * Like score from successive maturity assessments.
 */
export const MEASURE_SOURCES = ['manual', 'survey', 'maturity'] as const;

/** How a priority or an initiative will show it worked. Belongs to exactly one of the two. */
export const outcomeMeasures = pgTable(
  'outcome_measures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    strategyId: uuid('strategy_id')
      .notNull()
      .references(() => strategies.id, { onDelete: 'cascade' }),
    priorityId: uuid('priority_id').references(() => priorities.id, { onDelete: 'cascade' }),
    initiativeId: uuid('initiative_id').references(() => initiatives.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    unit: text('unit').notNull(),
    direction: text('direction', { enum: ['up', 'down'] }).notNull(),
    baselineValue: doublePrecision('baseline_value'),
    baselineOn: date('baseline_on', { mode: 'string' }),
    baselineSource: text('baseline_source').notNull().default(''),
    targetValue: doublePrecision('target_value'),
    targetOn: date('target_on', { mode: 'string' }),
    source: text('source', { enum: MEASURE_SOURCES }).notNull().default('manual'),
    /** Survey-bound: the question (of the first wave) and the answers counted as the measure. */
    surveyQuestionId: uuid('survey_question_id').references(() => surveyQuestions.id, { onDelete: 'set null' }),
    countedAnswers: jsonb('counted_answers').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    /** Maturity-bound: the What Good Looks Like measure whose score is followed. */
    maturityMeasureId: uuid('maturity_measure_id').references(() => maturityMeasures.id, { onDelete: 'set null' }),
    position: integer('position').notNull().default(0),
    createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('outcome_measures_strategy').on(t.strategyId),
    index('outcome_measures_priority').on(t.priorityId),
    index('outcome_measures_initiative').on(t.initiativeId),
    check('outcome_measures_owner', sql`(${t.priorityId} IS NULL) <> (${t.initiativeId} IS NULL)`),
  ],
);

/** A value typed in (Deliver's progress), in date order. Bound measures add theirs when read. */
export const measureValues = pgTable(
  'measure_values',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    measureId: uuid('measure_id')
      .notNull()
      .references(() => outcomeMeasures.id, { onDelete: 'cascade' }),
    value: doublePrecision('value').notNull(),
    recordedOn: date('recorded_on', { mode: 'string' }).notNull(),
    source: text('source').notNull().default(''),
    note: text('note').notNull().default(''),
    createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('measure_values_measure').on(t.measureId, t.recordedOn)],
);
