import { boolean, customType, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { StrategyDocument, StrategyPoster } from '../../../shared/strategy-document.js';
import { users } from '../accounts/tables.js';
import { organisations } from '../organisations/tables.js';
import { strategies } from '../strategies/tables.js';

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

/**
 * The team's settings for a strategy's document: its title, the words only they can write (the
 * foreword and the governance paragraph, in Markdown) and the order of the sections, each shown or
 * hidden. Everything else in the document is composed from the model when it is read.
 */
export const strategyDocuments = pgTable(
  'strategy_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    strategyId: uuid('strategy_id')
      .notNull()
      .references(() => strategies.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    foreword: text('foreword').notNull().default(''),
    governance: text('governance').notNull().default(''),
    /** Section keys in reading order, each with whether it is shown. */
    layout: jsonb('layout').$type<{ key: string; hidden: boolean }[]>().notNull().default([]),
    /** Whether "What we heard" is on the public pages (it is always in the downloads and the staff consultation). */
    heardIsPublic: boolean('heard_is_public').notNull().default(true),
    /** The public address's last part (/p/<slug>), set the first time a version is published and kept after. */
    publicSlug: text('public_slug'),
    updatedByUserId: uuid('updated_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('strategy_documents_strategy').on(t.strategyId), uniqueIndex('strategy_documents_public_slug').on(t.publicSlug)],
);

/** A section the team wrote themselves, in Markdown; its key in the layout is `free-<id>`. */
export const documentFreeSections = pgTable(
  'document_free_sections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    strategyId: uuid('strategy_id')
      .notNull()
      .references(() => strategies.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('document_free_sections_strategy').on(t.strategyId)],
);

/**
 * A numbered, frozen version: the composed tree as it stood, never recomposed. What happens to
 * it next (consultation, sign-off, publishing) is recorded against it; once frozen, its content
 * never changes — a change is a new version.
 */
export const documentVersions = pgTable(
  'document_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    strategyId: uuid('strategy_id')
      .notNull()
      .references(() => strategies.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    content: jsonb('content').$type<StrategyDocument>().notNull(),
    poster: jsonb('poster').$type<StrategyPoster>().notNull(),
    changeNote: text('change_note').notNull().default(''),
    frozenByUserId: uuid('frozen_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    frozenAt: timestamp('frozen_at', { withTimezone: true }).notNull().defaultNow(),
    /** The newest published version is the strategy; an earlier published one reads "superseded" and stays readable. */
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('document_versions_number').on(t.strategyId, t.number),
  ],
);

/**
 * The exact bytes of each download of a version, made once when the version is frozen, so what is
 * served, signed off and verified is always the same file, byte for byte.
 */
export const documentOutputs = pgTable(
  'document_outputs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    versionId: uuid('version_id')
      .notNull()
      .references(() => documentVersions.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['docx', 'pdf', 'poster-a4', 'poster-a3'] }).notNull(),
    bytes: bytea('bytes').notNull(),
    sha256: text('sha256').notNull(),
    size: integer('size').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('document_outputs_kind').on(t.versionId, t.kind), index('document_outputs_sha').on(t.sha256)],
);
