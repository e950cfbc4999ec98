import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The platform's own tables. They name organisations and users by id without a foreign
 * key so that the platform never depends on a domain module.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id'),
    actorUserId: uuid('actor_user_id'),
    actorName: text('actor_name'),
    action: text('action').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('audit_events_org_time').on(t.organisationId, t.createdAt)],
);

export const outboxMessages = pgTable(
  'outbox_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Admins of this organisation may read the message. */
    organisationId: uuid('organisation_id'),
    /** Account messages (password reset) belong to a user, readable by admins of their organisations. */
    userId: uuid('user_id'),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    status: text('status', { enum: ['queued', 'sent', 'held', 'failed'] }).notNull(),
    error: text('error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [index('outbox_org_time').on(t.organisationId, t.createdAt)],
);

export const jobProgress = pgTable('job_progress', {
  /** pg-boss's job id. */
  id: uuid('id').primaryKey(),
  organisationId: uuid('organisation_id'),
  kind: text('kind').notNull(),
  state: text('state', { enum: ['queued', 'running', 'done', 'failed'] }).notNull(),
  done: integer('done').notNull().default(0),
  total: integer('total'),
  message: text('message'),
  result: jsonb('result'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Rate-limit and wrong-code counters, kept in the database so that every server process sees
 * the same counts (a limit held in one process's memory is multiplied by the number of
 * processes). Keys are hashed session or link tokens, never IP addresses: a trust shares one.
 */
export const rateCounters = pgTable('rate_counters', {
  key: text('key').primaryKey(),
  count: integer('count').notNull(),
  windowEndsAt: timestamp('window_ends_at', { withTimezone: true }).notNull(),
});
