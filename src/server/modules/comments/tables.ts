import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { COMMENT_SUBJECTS } from '../../../shared/contracts/comments.js';
import { users } from '../accounts/tables.js';
import { organisations } from '../organisations/tables.js';
import { strategies } from '../strategies/tables.js';

/**
 * One table of comments for every Develop item, so a leader's remark reads the same wherever it is
 * made. The subject id is not a foreign key (it points into several tables); the owning module
 * deletes an item's comments with the item.
 */
export const developComments = pgTable(
  'develop_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    strategyId: uuid('strategy_id')
      .notNull()
      .references(() => strategies.id, { onDelete: 'cascade' }),
    subjectType: text('subject_type', { enum: COMMENT_SUBJECTS }).notNull(),
    subjectId: uuid('subject_id').notNull(),
    authorUserId: uuid('author_user_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('develop_comments_subject').on(t.subjectType, t.subjectId, t.createdAt)],
);
