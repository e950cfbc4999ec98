import { sql } from 'drizzle-orm';
import { boolean, check, customType, date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { users } from '../accounts/tables.js';
import { systems } from '../estate/tables.js';
import { interviews } from '../interviews/tables.js';
import { organisations } from '../organisations/tables.js';
import { strategies } from '../strategies/tables.js';
import { surveyQuestions, surveyResponses, surveys } from '../surveys/tables.js';
import { orgUnits, staffGroups } from '../workforce/tables.js';
import { stickyNotes, workshops } from '../workshops/tables.js';

export const EVIDENCE_SOURCES = ['survey_answer', 'system_comment', 'interview_note', 'interview_excerpt', 'sticky_note'] as const;
export type EvidenceSource = (typeof EVIDENCE_SOURCES)[number];
export const SENTIMENTS = ['positive', 'neutral', 'negative', 'mixed'] as const;
export const REDACTION_STATUSES = ['suggested', 'confirmed', 'reversed', 'manual'] as const;

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * Every piece of qualitative voice, addressable in one list. Rows for survey answers, sticky notes
 * and whole interview notes are kept in step with their sources by database triggers (migration
 * `evidence_triggers`): imports write responses with COPY, and a trigger is the one place that sees
 * every way a voice arrives, in the same transaction, without the Discover modules knowing about
 * Define. Interview excerpts are written by the evidence module itself and keep their own text.
 *
 * The respondent's segment is copied as it is; whether it may be shown is decided when reading,
 * through the results' suppression function, never here.
 */
export const evidenceItems = pgTable(
  'evidence_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    strategyId: uuid('strategy_id')
      .notNull()
      .references(() => strategies.id, { onDelete: 'cascade' }),
    source: text('source', { enum: EVIDENCE_SOURCES }).notNull(),
    surveyId: uuid('survey_id').references(() => surveys.id, { onDelete: 'cascade' }),
    questionId: uuid('question_id').references(() => surveyQuestions.id, { onDelete: 'cascade' }),
    responseId: uuid('response_id').references(() => surveyResponses.id, { onDelete: 'cascade' }),
    /** The system a comment is about (a free-text follow-up of a systems question). */
    systemId: uuid('system_id').references(() => systems.id, { onDelete: 'set null' }),
    interviewId: uuid('interview_id').references(() => interviews.id, { onDelete: 'cascade' }),
    workshopId: uuid('workshop_id').references(() => workshops.id, { onDelete: 'cascade' }),
    stickyNoteId: uuid('sticky_note_id').references(() => stickyNotes.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    search: tsvector('search').generatedAlwaysAs(sql`to_tsvector('english', text)`),
    /** The day the voice was heard (response day, interview or workshop day): never a time. */
    saidOn: date('said_on', { mode: 'string' }).notNull(),
    staffGroupId: uuid('staff_group_id').references(() => staffGroups.id, { onDelete: 'set null' }),
    divisionId: uuid('division_id').references(() => orgUnits.id, { onDelete: 'set null' }),
    siteId: uuid('site_id').references(() => orgUnits.id, { onDelete: 'set null' }),
    /** Interview excerpts: the passage's UTF-16 offsets in the notes when it was cut. */
    excerptStart: integer('excerpt_start'),
    excerptEnd: integer('excerpt_end'),
    /** Interview excerpts: the notes were edited after the passage was cut (the excerpt keeps its text). */
    sourceChanged: boolean('source_changed').notNull().default(false),
    sentiment: text('sentiment', { enum: SENTIMENTS }),
    /** Null until sentiment and personal information have been looked for; reset when the text changes. */
    analysedAt: timestamp('analysed_at', { withTimezone: true }),
    createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('evidence_items_search').using('gin', t.search),
    index('evidence_items_strategy').on(t.strategyId, t.source, t.saidOn),
    // The library's default order (newest first) and a broad search's, read from the index in order.
    index('evidence_items_newest').on(t.strategyId, t.saidOn, t.createdAt, t.id),
    index('evidence_items_question').on(t.questionId),
    index('evidence_items_interview').on(t.interviewId),
    index('evidence_items_workshop').on(t.workshopId),
    index('evidence_items_unanalysed').on(t.organisationId).where(sql`${t.analysedAt} IS NULL`),
    uniqueIndex('evidence_items_answer').on(t.responseId, t.questionId).where(sql`${t.responseId} IS NOT NULL`),
    uniqueIndex('evidence_items_sticky_note').on(t.stickyNoteId).where(sql`${t.stickyNoteId} IS NOT NULL`),
    uniqueIndex('evidence_items_interview_note').on(t.interviewId).where(sql`${t.source} = 'interview_note'`),
    check(
      'evidence_items_excerpt_offsets',
      sql`${t.source} <> 'interview_excerpt' OR (${t.excerptStart} >= 0 AND ${t.excerptEnd} > ${t.excerptStart})`,
    ),
  ],
);

/**
 * Personal information found in (or marked by hand on) an item's text. Quotes leave the library
 * masked wherever a span is suggested, confirmed or manual; a reversed span is shown. Offsets are
 * UTF-16 positions in `evidence_items.text`; when that text changes the suggestions are found again.
 */
export const evidenceRedactions = pgTable(
  'evidence_redactions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    evidenceItemId: uuid('evidence_item_id')
      .notNull()
      .references(() => evidenceItems.id, { onDelete: 'cascade' }),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    kind: text('kind').notNull(),
    status: text('status', { enum: REDACTION_STATUSES }).notNull().default('suggested'),
    decidedByUserId: uuid('decided_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('evidence_redactions_item').on(t.evidenceItemId, t.start),
    index('evidence_redactions_queue').on(t.status).where(sql`${t.status} = 'suggested'`),
    check('evidence_redactions_span', sql`${t.start} >= 0 AND ${t.end} > ${t.start}`),
  ],
);

// The codebook lives beside the evidence it codes: the evidence list filters by tag, and the
// codebook module (which applies, merges and counts tags) depends on evidence, never the reverse.

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
