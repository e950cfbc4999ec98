import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { OutputKind } from '../../../../shared/contracts/documents.js';
import { users } from '../../accounts/tables.js';
import { organisations } from '../../organisations/tables.js';
import { documentVersions } from '../tables.js';

/** What was signed off, kept on the round so it outlives anyone leaving: each download's fingerprint, and who approved when. */
export interface StoredSignOffRecord {
  outputs: { kind: OutputKind; sha256: string; size: number }[];
  approvers: { userId: string; name: string; approvedAt: string }[];
}

/**
 * One submission of a frozen version to named approvers. A version has at most one round that is
 * open or signed off (the partial unique index makes a racing second submission fail); a round
 * that ended with changes asked for keeps that version from being submitted again (the changes
 * go into a new version), while a withdrawn one does not.
 */
export const signOffRounds = pgTable(
  'sign_off_rounds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    versionId: uuid('version_id')
      .notNull()
      .references(() => documentVersions.id, { onDelete: 'cascade' }),
    submittedByUserId: uuid('submitted_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    status: text('status', { enum: ['in_review', 'changes_requested', 'signed_off', 'withdrawn'] }).notNull().default('in_review'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    message: text('message').notNull().default(''),
    record: jsonb('record').$type<StoredSignOffRecord>(),
  },
  (t) => [
    index('sign_off_rounds_version').on(t.versionId),
    uniqueIndex('sign_off_rounds_one_live').on(t.versionId).where(sql`${t.status} IN ('in_review', 'signed_off')`),
  ],
);

/** A named approver of a round and their decision (null until they decide). */
export const signOffApprovers = pgTable(
  'sign_off_approvers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => signOffRounds.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    decision: text('decision', { enum: ['approved', 'changes_requested'] }),
    comment: text('comment').notNull().default(''),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    /** When they were last emailed about it: the first email at submission, reminders at most every three days. */
    lastRemindedAt: timestamp('last_reminded_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('sign_off_approvers_round_user').on(t.roundId, t.userId), index('sign_off_approvers_user').on(t.userId)],
);
