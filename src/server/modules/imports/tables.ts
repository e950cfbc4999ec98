import { sql } from 'drizzle-orm';
import { customType, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/tables.js';
import { organisations } from '../organisations/tables.js';
import { strategies } from '../strategies/tables.js';
import { surveys } from '../surveys/tables.js';

/**
 * One file imported into one survey. The file's SHA-256 makes a second import of the same file
 * into the same survey impossible (it would count every response twice).
 */
export const imports = pgTable(
  'imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    strategyId: uuid('strategy_id')
      .notNull()
      .references(() => strategies.id, { onDelete: 'cascade' }),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    fileSha256: text('file_sha256').notNull(),
    tool: text('tool').notNull(),
    rowCount: integer('row_count').notNull(),
    /** Null when run from the command line. */
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('imports_file_once').on(t.surveyId, t.fileSha256),
    index('imports_strategy').on(t.strategyId, t.fileSha256),
  ],
);

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

/**
 * A file waiting for its background import. Kept in the database rather than on disk so that
 * any worker process (or a server with no shared disk) can take the job, and a restart loses
 * nothing; the row is deleted in the import's own transaction, or when the import is refused.
 */
export const importUploads = pgTable('import_uploads', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id')
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  strategyId: uuid('strategy_id')
    .notNull()
    .references(() => strategies.id, { onDelete: 'cascade' }),
  fileName: text('file_name').notNull(),
  content: bytea('content').notNull(),
  /** The person's choices (mapping, kept columns), as validated at upload. */
  options: jsonb('options').notNull(),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdByName: text('created_by_name'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`now()`),
});
