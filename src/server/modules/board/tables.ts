import { index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { evidenceItems } from '../evidence/tables.js';
import { insights } from '../insights/tables.js';
import { organisations } from '../organisations/tables.js';
import { strategies } from '../strategies/tables.js';

/** A named group of cards on a strategy's affinity board; it may have become an insight. */
export const boardClusters = pgTable(
  'board_clusters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    strategyId: uuid('strategy_id')
      .notNull()
      .references(() => strategies.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    position: integer('position').notNull(),
    insightId: uuid('insight_id').references(() => insights.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('board_clusters_strategy').on(t.strategyId, t.position)],
);

/**
 * An evidence item placed on the board: in a cluster, or still to sort (`cluster_id` null).
 * Positions are per cluster (or the unsorted pile); moves renumber only the piles they touch.
 */
export const boardCards = pgTable(
  'board_cards',
  {
    strategyId: uuid('strategy_id')
      .notNull()
      .references(() => strategies.id, { onDelete: 'cascade' }),
    evidenceItemId: uuid('evidence_item_id')
      .notNull()
      .references(() => evidenceItems.id, { onDelete: 'cascade' }),
    clusterId: uuid('cluster_id').references(() => boardClusters.id, { onDelete: 'set null' }),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.strategyId, t.evidenceItemId] }), index('board_cards_cluster').on(t.clusterId, t.position)],
);
