import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, unique, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { organisations } from '../organisations/tables.js';

/**
 * The organisation's shape, shared by all its strategies: the denominators that tell the
 * strategy team who has and has not been heard.
 */
export const UNIT_KINDS = ['division', 'department', 'site'] as const;

export const orgUnits = pgTable(
  'org_units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: UNIT_KINDS }).notNull(),
    name: text('name').notNull(),
    /** A department's division; null for divisions and sites. */
    parentId: uuid('parent_id').references((): AnyPgColumn => orgUnits.id, { onDelete: 'restrict' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Names are unique per kind, and a department's only within its division: several
    // divisions may well each have an "Outpatients" or a "Management and admin" department.
    uniqueIndex('org_units_name').on(
      t.organisationId,
      t.kind,
      sql`coalesce(${t.parentId}, ${t.organisationId})`,
      sql`lower(${t.name})`,
    ),
    index('org_units_parent').on(t.parentId),
  ],
);

export const staffGroups = pgTable(
  'staff_groups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    position: integer('position').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('staff_groups_name').on(t.organisationId, sql`lower(${t.name})`)],
);

/** Headcount of one staff group in one division, optionally at one site. */
export const headcounts = pgTable(
  'headcounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    divisionId: uuid('division_id')
      .notNull()
      .references(() => orgUnits.id, { onDelete: 'cascade' }),
    staffGroupId: uuid('staff_group_id')
      .notNull()
      .references(() => staffGroups.id, { onDelete: 'cascade' }),
    siteId: uuid('site_id').references(() => orgUnits.id, { onDelete: 'cascade' }),
    headcount: integer('headcount').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('headcounts_cell').on(t.organisationId, t.divisionId, t.staffGroupId, t.siteId).nullsNotDistinct(),
    check('headcounts_non_negative', sql`${t.headcount} >= 0`),
  ],
);

/**
 * One row per organisation once its workforce has been set up. It records that the default
 * (ESR) staff groups were added, so that an organisation that later deletes some or all of
 * them does not find them added back the next time the workforce is read.
 */
export const workforceSettings = pgTable('workforce_settings', {
  organisationId: uuid('organisation_id')
    .primaryKey()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  defaultStaffGroupsAddedAt: timestamp('default_staff_groups_added_at', { withTimezone: true }).notNull().defaultNow(),
});
