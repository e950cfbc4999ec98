import { boolean, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../accounts/tables.js';
import { evidenceItems } from '../../evidence/tables.js';
import { organisations } from '../../organisations/tables.js';
import { strategies } from '../../strategies/tables.js';
import { surveyQuestions, surveys } from '../../surveys/tables.js';
import { documentVersions } from '../tables.js';

/**
 * A staff consultation on one frozen version (at most one each): the survey that asks staff about
 * each section (so distribution, suppressed results and comments-as-evidence are the surveys'
 * own) and the token of the draft's reading pages (/c/<token>), which are not public: only those
 * given the link read them.
 */
export const documentConsultations = pgTable(
  'document_consultations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    strategyId: uuid('strategy_id')
      .notNull()
      .references(() => strategies.id, { onDelete: 'cascade' }),
    versionId: uuid('version_id')
      .notNull()
      .references(() => documentVersions.id, { onDelete: 'cascade' }),
    surveyId: uuid('survey_id').references(() => surveys.id, { onDelete: 'set null' }),
    /** 32 random bytes, base64url: the reading pages' address. */
    token: text('token').notNull(),
    /** The last day staff can answer (the survey closes at the end of it, London time). */
    closesOn: date('closes_on', { mode: 'string' }).notNull(),
    anonymous: boolean('anonymous').notNull().default(true),
    /** Set when the team closes it before its closing date. */
    closedAt: timestamp('closed_at', { withTimezone: true }),
    openedByUserId: uuid('opened_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('document_consultations_version').on(t.versionId), uniqueIndex('document_consultations_token').on(t.token)],
);

/** Each document section put to staff, with the two questions asking about it. */
export const consultationSections = pgTable(
  'consultation_sections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    consultationId: uuid('consultation_id')
      .notNull()
      .references(() => documentConsultations.id, { onDelete: 'cascade' }),
    sectionKey: text('section_key').notNull(),
    title: text('title').notNull(),
    position: integer('position').notNull(),
    supportQuestionId: uuid('support_question_id').references(() => surveyQuestions.id, { onDelete: 'set null' }),
    commentQuestionId: uuid('comment_question_id').references(() => surveyQuestions.id, { onDelete: 'set null' }),
  },
  (t) => [uniqueIndex('consultation_sections_key').on(t.consultationId, t.sectionKey), index('consultation_sections_comment').on(t.commentQuestionId)],
);

/**
 * What the team did with one comment (an evidence item): its public reply, shown under the section
 * on the reading pages as "You said / We replied", and whether the text changed because of it.
 */
export const consultationCommentNotes = pgTable(
  'consultation_comment_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    consultationId: uuid('consultation_id')
      .notNull()
      .references(() => documentConsultations.id, { onDelete: 'cascade' }),
    evidenceItemId: uuid('evidence_item_id')
      .notNull()
      .references(() => evidenceItems.id, { onDelete: 'cascade' }),
    reply: text('reply'),
    repliedAt: timestamp('replied_at', { withTimezone: true }),
    repliedByUserId: uuid('replied_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    handling: text('handling', { enum: ['changed', 'not_changed'] }),
    reason: text('reason').notNull().default(''),
    handledAt: timestamp('handled_at', { withTimezone: true }),
    handledByUserId: uuid('handled_by_user_id').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [uniqueIndex('consultation_comment_notes_item').on(t.evidenceItemId), index('consultation_comment_notes_consultation').on(t.consultationId)],
);
