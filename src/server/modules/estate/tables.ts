import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { HOSTINGS, CRITICALITIES, FREQUENCIES, INTERFACE_TYPES, LIFECYCLES, PROJECT_STATUSES } from '../../../shared/contracts/estate.js';
import { users } from '../accounts/tables.js';
import { organisations } from '../organisations/tables.js';
import { strategies } from '../strategies/tables.js';
import { orgUnits } from '../workforce/tables.js';

/**
 * The digital estate: one register per organisation, shared by all its strategies. Fit is the
 * architects' judgement (1–4); the TIME quadrant is always computed from it, never stored.
 */
export const systems = pgTable(
  'systems',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    supplier: text('supplier'),
    product: text('product'),
    /** The capability it serves ("Electronic patient record", "Imaging"): the capability map groups by it. */
    capability: text('capability'),
    businessOwner: text('business_owner'),
    technicalOwner: text('technical_owner'),
    userCount: integer('user_count'),
    hosting: text('hosting', { enum: HOSTINGS }),
    contractStart: date('contract_start', { mode: 'string' }),
    contractEnd: date('contract_end', { mode: 'string' }),
    /** Whole pounds a year: contract values are quoted in pounds, and pence would be false precision. */
    annualCost: integer('annual_cost'),
    lifecycle: text('lifecycle', { enum: LIFECYCLES }).notNull().default('active'),
    criticality: text('criticality', { enum: CRITICALITIES }).notNull().default('medium'),
    holdsPatientData: boolean('holds_patient_data').notNull().default(false),
    technicalFit: integer('technical_fit'),
    functionalFit: integer('functional_fit'),
    /** The system planned to take over from this one, if any: silences "no replacement planned". */
    replacedById: uuid('replaced_by_id').references((): AnyPgColumn => systems.id, { onDelete: 'set null' }),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    notes: text('notes').notNull().default(''),
    /** Retired systems stay on record (integrations and snapshots refer to them) but leave the live register. */
    retiredAt: timestamp('retired_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('systems_name').on(t.organisationId, sql`lower(${t.name})`),
    index('systems_org_capability').on(t.organisationId, t.capability),
    check('systems_technical_fit', sql`${t.technicalFit} BETWEEN 1 AND 4`),
    check('systems_functional_fit', sql`${t.functionalFit} BETWEEN 1 AND 4`),
    check('systems_user_count', sql`${t.userCount} >= 0`),
    check('systems_annual_cost', sql`${t.annualCost} >= 0`),
    check('systems_contract_dates', sql`${t.contractEnd} IS NULL OR ${t.contractStart} IS NULL OR ${t.contractEnd} >= ${t.contractStart}`),
  ],
);

/** Divisions and sites that use a system (org units of kind division or site). */
export const systemUnits = pgTable(
  'system_units',
  {
    systemId: uuid('system_id')
      .notNull()
      .references(() => systems.id, { onDelete: 'cascade' }),
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.systemId, t.orgUnitId] }), index('system_units_unit').on(t.orgUnitId)],
);

/** A directed link: data flows from `sourceSystemId` to `targetSystemId`. */
export const integrations = pgTable(
  'integrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    sourceSystemId: uuid('source_system_id')
      .notNull()
      .references(() => systems.id, { onDelete: 'cascade' }),
    targetSystemId: uuid('target_system_id')
      .notNull()
      .references(() => systems.id, { onDelete: 'cascade' }),
    interfaceType: text('interface_type', { enum: INTERFACE_TYPES }).notNull(),
    frequency: text('frequency', { enum: FREQUENCIES }),
    notes: text('notes').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('integrations_org').on(t.organisationId),
    index('integrations_source').on(t.sourceSystemId),
    index('integrations_target').on(t.targetSystemId),
    // One link per pair and interface type: a second would double-count the map and the overview.
    uniqueIndex('integrations_link').on(t.sourceSystemId, t.targetSystemId, t.interfaceType),
    check('integrations_not_self', sql`${t.sourceSystemId} <> ${t.targetSystemId}`),
  ],
);

/** A strategy's frozen baseline of the register: systems and integrations as they stood that day. */
export const registerSnapshots = pgTable(
  'register_snapshots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    strategyId: uuid('strategy_id')
      .notNull()
      .references(() => strategies.id, { onDelete: 'cascade' }),
    label: text('label').notNull(),
    takenAt: timestamp('taken_at', { withTimezone: true }).notNull().defaultNow(),
    takenBy: uuid('taken_by').references(() => users.id, { onDelete: 'set null' }),
    systemCount: integer('system_count').notNull(),
    integrationCount: integer('integration_count').notNull(),
    /** `{ systems: SystemView[], integrations: IntegrationView[] }` as presented on the day. */
    content: jsonb('content').notNull(),
  },
  (t) => [index('register_snapshots_strategy').on(t.strategyId, t.takenAt)],
);

/** Digital work already in flight; later issues link projects to roadmap initiatives. */
export const projects = pgTable(
  'projects',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    sponsor: text('sponsor'),
    status: text('status', { enum: PROJECT_STATUSES }).notNull().default('in_progress'),
    startOn: date('start_on', { mode: 'string' }),
    endOn: date('end_on', { mode: 'string' }),
    notes: text('notes').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('projects_name').on(t.organisationId, sql`lower(${t.name})`),
    check('projects_dates', sql`${t.endOn} IS NULL OR ${t.startOn} IS NULL OR ${t.endOn} >= ${t.startOn}`),
  ],
);

/** Systems a project changes (replaces, upgrades, integrates). */
export const projectSystems = pgTable(
  'project_systems',
  {
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    systemId: uuid('system_id')
      .notNull()
      .references(() => systems.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.systemId] }), index('project_systems_system').on(t.systemId)],
);
