import { index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/tables.js';
import { systems } from '../estate/tables.js';
import { evidenceItems, tags } from '../evidence/tables.js';
import { maturityMeasures } from '../maturity/tables.js';
import { organisations } from '../organisations/tables.js';
import { strategies } from '../strategies/tables.js';

export const INSIGHT_STATUSES = ['draft', 'agreed'] as const;

/** "Clinicians enter the same data into three systems": a statement backed by evidence. */
export const insights = pgTable(
  'insights',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    strategyId: uuid('strategy_id')
      .notNull()
      .references(() => strategies.id, { onDelete: 'cascade' }),
    statement: text('statement').notNull(),
    /** Markdown: what lies behind the statement, in the team's words. */
    detail: text('detail').notNull().default(''),
    status: text('status', { enum: INSIGHT_STATUSES }).notNull().default('draft'),
    createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('insights_strategy').on(t.strategyId, t.createdAt)],
);

/** The evidence an insight stands on; walked both ways (insight → evidence, evidence → insights). */
export const insightEvidence = pgTable(
  'insight_evidence',
  {
    insightId: uuid('insight_id')
      .notNull()
      .references(() => insights.id, { onDelete: 'cascade' }),
    evidenceItemId: uuid('evidence_item_id')
      .notNull()
      .references(() => evidenceItems.id, { onDelete: 'cascade' }),
    addedByUserId: uuid('added_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.insightId, t.evidenceItemId] }), index('insight_evidence_item').on(t.evidenceItemId)],
);

export const insightTags = pgTable(
  'insight_tags',
  {
    insightId: uuid('insight_id')
      .notNull()
      .references(() => insights.id, { onDelete: 'cascade' }),
    tagId: uuid('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.insightId, t.tagId] })],
);

/** The register's systems an insight concerns. */
export const insightSystems = pgTable(
  'insight_systems',
  {
    insightId: uuid('insight_id')
      .notNull()
      .references(() => insights.id, { onDelete: 'cascade' }),
    systemId: uuid('system_id')
      .notNull()
      .references(() => systems.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.insightId, t.systemId] })],
);

/** The maturity measures (e.g. What Good Looks Like's) an insight concerns. */
export const insightMeasures = pgTable(
  'insight_measures',
  {
    insightId: uuid('insight_id')
      .notNull()
      .references(() => insights.id, { onDelete: 'cascade' }),
    measureId: uuid('measure_id')
      .notNull()
      .references(() => maturityMeasures.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.insightId, t.measureId] })],
);

export const insightComments = pgTable(
  'insight_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    insightId: uuid('insight_id')
      .notNull()
      .references(() => insights.id, { onDelete: 'cascade' }),
    authorUserId: uuid('author_user_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('insight_comments_insight').on(t.insightId, t.createdAt)],
);
