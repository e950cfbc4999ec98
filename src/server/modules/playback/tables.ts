import { pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/tables.js';
import { insights } from '../insights/tables.js';
import { strategies } from '../strategies/tables.js';

export const REACTIONS = ['agree', 'surprised', 'disagree'] as const;

/** A strategy's playback to leaders: shared (visible to leaders) or not yet. */
export const playbacks = pgTable('playbacks', {
  strategyId: uuid('strategy_id')
    .primaryKey()
    .references(() => strategies.id, { onDelete: 'cascade' }),
  /** Markdown introduction at the top of the pack. */
  intro: text('intro').notNull().default(''),
  sharedAt: timestamp('shared_at', { withTimezone: true }),
  sharedByUserId: uuid('shared_by_user_id').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One leader's reaction to one insight of the playback (they may change it). */
export const playbackReactions = pgTable(
  'playback_reactions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    insightId: uuid('insight_id')
      .notNull()
      .references(() => insights.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    reaction: text('reaction', { enum: REACTIONS }).notNull(),
    comment: text('comment').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('playback_reactions_once').on(t.insightId, t.userId)],
);
