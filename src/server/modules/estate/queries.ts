import { and, asc, desc, eq, inArray, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { SystemView } from '../../../shared/contracts/estate.js';
import type { SystemList } from '../../../shared/contracts/estate-views.js';
import { CRITICALITIES, LIFECYCLES, type SystemListQuery, type TimeQuadrant } from '../../../shared/contracts/estate.js';
import { HIGH_FIT } from '../../../shared/estate-assessment.js';
import type { Db } from '../../platform/db/client.js';
import { notFound } from '../../platform/errors.js';
import type { Actor } from '../../platform/http/access.js';
import { orgUnits } from '../workforce/index.js';
import { estateAbilities } from './policy.js';
import { presentSystem, type SystemRow, type UnitRef } from './presenter.js';
import { systems, systemUnits } from './tables.js';

/** The TIME quadrant as SQL, mirroring `timeQuadrant` (a fit of 3 or more is high; unrated matches nothing). */
export function timeCondition(time: TimeQuadrant): SQL {
  const techHigh = sql`${systems.technicalFit} >= ${HIGH_FIT}`;
  const techLow = sql`${systems.technicalFit} < ${HIGH_FIT}`;
  const funcHigh = sql`${systems.functionalFit} >= ${HIGH_FIT}`;
  const funcLow = sql`${systems.functionalFit} < ${HIGH_FIT}`;
  const pairs: Record<TimeQuadrant, [SQL, SQL]> = {
    invest: [techHigh, funcHigh],
    tolerate: [techHigh, funcLow],
    migrate: [techLow, funcHigh],
    eliminate: [techLow, funcLow],
  };
  return and(...pairs[time])!;
}

/**
 * `systems.id` written out in full: in a single-table select Drizzle leaves columns unqualified,
 * and inside a subquery a bare "id" would bind to the subquery's own table.
 */
export const outerSystemId = sql.raw('"systems"."id"');

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
const rank = (values: readonly string[], column: SQL | typeof systems.lifecycle) =>
  sql`array_position(ARRAY[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::text[], ${column})`;
/** Invest, Tolerate, Migrate, Eliminate, then unrated: best first when ascending. */
const timeRank = sql`CASE WHEN ${timeCondition('invest')} THEN 1 WHEN ${timeCondition('tolerate')} THEN 2 WHEN ${timeCondition('migrate')} THEN 3 WHEN ${timeCondition('eliminate')} THEN 4 ELSE 5 END`;

function listConditions(organisationId: string, query: Partial<SystemListQuery>): SQL[] {
  const conditions: SQL[] = [eq(systems.organisationId, organisationId)];
  const retired = query.retired ?? 'exclude';
  if (retired === 'exclude') conditions.push(isNull(systems.retiredAt));
  if (retired === 'only') conditions.push(isNotNull(systems.retiredAt));
  if (query.q) {
    const pattern = `%${escapeLike(query.q)}%`;
    conditions.push(sql`(${systems.name} ILIKE ${pattern} OR ${systems.supplier} ILIKE ${pattern} OR ${systems.product} ILIKE ${pattern})`);
  }
  if (query.capability) conditions.push(sql`lower(${systems.capability}) = lower(${query.capability})`);
  if (query.lifecycle) conditions.push(eq(systems.lifecycle, query.lifecycle));
  if (query.criticality) conditions.push(eq(systems.criticality, query.criticality));
  if (query.hosting) conditions.push(eq(systems.hosting, query.hosting));
  if (query.time) conditions.push(timeCondition(query.time));
  if (query.tag) conditions.push(sql`${systems.tags} @> ARRAY[${query.tag}]::text[]`);
  if (query.division) {
    conditions.push(sql`EXISTS (SELECT 1 FROM ${systemUnits} WHERE ${systemUnits.systemId} = ${outerSystemId} AND ${systemUnits.orgUnitId} = ${query.division})`);
  }
  return conditions;
}

const SORT_COLUMNS = {
  name: sql`lower(${systems.name})`,
  capability: sql`lower(${systems.capability})`,
  lifecycle: rank(LIFECYCLES, systems.lifecycle),
  criticality: rank(CRITICALITIES, sql`${systems.criticality}`),
  contractEnd: sql`${systems.contractEnd}`,
  annualCost: sql`${systems.annualCost}`,
  userCount: sql`${systems.userCount}`,
  time: timeRank,
} satisfies Record<SystemListQuery['sort'], SQL>;

/** One page of the register, filtered and sorted in SQL; unknown values sort last either way. */
export async function listSystems(db: Db, actor: Actor, query: SystemListQuery): Promise<SystemList> {
  const where = and(...listConditions(actor.member.organisationId, query));
  const column = SORT_COLUMNS[query.sort];
  const order = query.direction === 'asc' ? sql`${column} ASC NULLS LAST` : sql`${column} DESC NULLS LAST`;
  // The total rides on the page query (a window count); only a page past the end needs its own count.
  const page = await db
    .select({ system: systems, total: sql<number>`count(*) OVER ()`.mapWith(Number) })
    .from(systems)
    .where(where)
    .orderBy(order, asc(sql`lower(${systems.name})`), asc(systems.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const rows = page.map((r) => r.system);
  const total = page[0]?.total ?? (query.page > 1 ? ((await db.select({ n: sql<number>`count(*)::int` }).from(systems).where(where))[0]?.n ?? 0) : 0);
  return {
    systems: await systemViews(db, rows),
    total,
    page: query.page,
    pageSize: query.pageSize,
    can: estateAbilities(actor.member.role),
  };
}

/** Presents rows with their units and replacement names, in two queries whatever the page size. */
export async function systemViews(db: Db, rows: SystemRow[]): Promise<SystemView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const replacementIds = [...new Set(rows.map((r) => r.replacedById).filter((v): v is string => v !== null))];
  const [units, replacements] = await Promise.all([
    db
      .select({ systemId: systemUnits.systemId, id: orgUnits.id, name: orgUnits.name, kind: orgUnits.kind })
      .from(systemUnits)
      .innerJoin(orgUnits, eq(orgUnits.id, systemUnits.orgUnitId))
      .where(inArray(systemUnits.systemId, ids))
      .orderBy(asc(orgUnits.name)),
    replacementIds.length ? db.select({ id: systems.id, name: systems.name }).from(systems).where(inArray(systems.id, replacementIds)) : [],
  ]);
  const unitsBySystem = new Map<string, UnitRef[]>();
  for (const u of units) unitsBySystem.set(u.systemId, [...(unitsBySystem.get(u.systemId) ?? []), { id: u.id, name: u.name, kind: u.kind }]);
  const names = new Map(replacements.map((r) => [r.id, r]));
  return rows.map((r) => presentSystem(r, unitsBySystem.get(r.id) ?? [], r.replacedById ? (names.get(r.replacedById) ?? null) : null));
}

/** A system of the actor's organisation; any other id is "not found". */
export async function loadSystem(db: Db, actor: Actor, systemId: string): Promise<SystemRow> {
  const [row] = await db.select().from(systems).where(and(eq(systems.id, systemId), eq(systems.organisationId, actor.member.organisationId)));
  if (!row) throw notFound('That system');
  return row;
}

export async function systemDetail(db: Db, actor: Actor, systemId: string): Promise<SystemView> {
  return (await systemViews(db, [await loadSystem(db, actor, systemId)]))[0]!;
}

export async function unitIdsOf(db: Db, systemId: string): Promise<string[]> {
  const rows = await db.select({ id: systemUnits.orgUnitId }).from(systemUnits).where(eq(systemUnits.systemId, systemId));
  return rows.map((r) => r.id);
}

/** Every system of the organisation (live and retired), ordered by name: for the overview, export and snapshots. */
export function allSystems(db: Db, organisationId: string, includeRetired = true) {
  const conditions = [eq(systems.organisationId, organisationId)];
  if (!includeRetired) conditions.push(isNull(systems.retiredAt));
  return db.select().from(systems).where(and(...conditions)).orderBy(asc(sql`lower(${systems.name})`), desc(systems.id));
}

/**
 * Live systems as choices (id, name, capability), for other modules' use through index.ts — e.g. a
 * survey question whose options come from the register.
 */
export function systemOptions(db: Db, organisationId: string) {
  return db
    .select({ id: systems.id, name: systems.name, capability: systems.capability })
    .from(systems)
    .where(and(eq(systems.organisationId, organisationId), isNull(systems.retiredAt)))
    .orderBy(asc(sql`lower(${systems.name})`));
}
