import { sql } from 'drizzle-orm';
import { index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { users } from '../accounts/tables.js';
import { evidenceItems } from '../evidence/tables.js';
import { organisations } from '../organisations/tables.js';
import { strategies } from '../strategies/tables.js';

/**
 * The codebook: a strategy's tags, two levels deep (a tag may have a parent that has none).
 * Deleting sets `deleted_at` so the team can undo it; the applications stay until the deletion
 * is final, and every list reads only tags that are not deleted.
 */
export const tags = pgTable(
  'tags',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    strategyId: uuid('strategy_id')
      .notNull()
      .references(() => strategies.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    /** `#rrggbb`, checked for contrast against white and black text when set. */
    colour: text('colour').notNull(),
    parentId: uuid('parent_id').references((): AnyPgColumn => tags.id, { onDelete: 'set null' }),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('tags_name').on(t.strategyId, sql`lower(${t.name})`).where(sql`${t.deletedAt} IS NULL`),
    index('tags_parent').on(t.parentId),
  ],
);

/** One tag applied to one evidence item, by whom and when. */
export const evidenceTags = pgTable(
  'evidence_tags',
  {
    evidenceItemId: uuid('evidence_item_id')
      .notNull()
      .references(() => evidenceItems.id, { onDelete: 'cascade' }),
    tagId: uuid('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
    appliedByUserId: uuid('applied_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    appliedAt: timestamp('applied_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.evidenceItemId, t.tagId] }), index('evidence_tags_tag').on(t.tagId, t.evidenceItemId)],
);
