import { and, asc, count, eq, or, sum } from 'drizzle-orm';
import type { Workforce } from '../../../shared/contracts/workforce.js';
import type { Db } from '../../platform/db/client.js';
import { notFound } from '../../platform/errors.js';
import type { Actor } from '../../platform/http/access.js';
import type { WorkforceState } from './import/plan-import.js';
import { presentWorkforce } from './presenter.js';
import { headcounts, orgUnits, staffGroups } from './tables.js';

/** A division, department or site of the actor's organisation; anything else is "not found". */
export async function loadUnit(db: Db, actor: Actor, unitId: string) {
  const [row] = await db
    .select()
    .from(orgUnits)
    .where(and(eq(orgUnits.id, unitId), eq(orgUnits.organisationId, actor.member.organisationId)));
  if (!row) throw notFound('The division, department or site');
  return row;
}

export async function loadStaffGroup(db: Db, actor: Actor, staffGroupId: string) {
  const [row] = await db
    .select()
    .from(staffGroups)
    .where(and(eq(staffGroups.id, staffGroupId), eq(staffGroups.organisationId, actor.member.organisationId)));
  if (!row) throw notFound('The staff group');
  return row;
}

export const listStaffGroups = (db: Db, organisationId: string) =>
  db.select().from(staffGroups).where(eq(staffGroups.organisationId, organisationId)).orderBy(asc(staffGroups.position), asc(staffGroups.name));

const listUnits = (db: Db, organisationId: string) => db.select().from(orgUnits).where(eq(orgUnits.organisationId, organisationId));

const listCells = (db: Db, organisationId: string) =>
  db
    .select({ divisionId: headcounts.divisionId, staffGroupId: headcounts.staffGroupId, siteId: headcounts.siteId, headcount: headcounts.headcount })
    .from(headcounts)
    .where(eq(headcounts.organisationId, organisationId));

export async function workforceOverview(db: Db, actor: Actor): Promise<Workforce> {
  const organisationId = actor.member.organisationId;
  const [units, groups, cells] = await Promise.all([listUnits(db, organisationId), listStaffGroups(db, organisationId), listCells(db, organisationId)]);
  return presentWorkforce(units, groups, cells, actor.member.role);
}

/** Everything an import or a grid update checks against, read inside its transaction. */
export async function workforceState(db: Db, organisationId: string): Promise<WorkforceState> {
  const units = await listUnits(db, organisationId);
  return {
    divisions: units.filter((u) => u.kind === 'division'),
    sites: units.filter((u) => u.kind === 'site'),
    staffGroups: await listStaffGroups(db, organisationId),
    cells: await listCells(db, organisationId),
  };
}

/** How much hangs off a unit or a staff group: what deleting it would also delete. */
export async function dependentsOf(db: Db, organisationId: string, target: { unitId?: string; staffGroupId?: string }) {
  const [departments] = target.unitId
    ? await db.select({ n: count() }).from(orgUnits).where(and(eq(orgUnits.organisationId, organisationId), eq(orgUnits.parentId, target.unitId)))
    : [{ n: 0 }];
  const [figures] = await db
    .select({ n: count(), people: sum(headcounts.headcount) })
    .from(headcounts)
    .where(and(
      eq(headcounts.organisationId, organisationId),
      target.unitId
        ? or(eq(headcounts.divisionId, target.unitId), eq(headcounts.siteId, target.unitId))
        : eq(headcounts.staffGroupId, target.staffGroupId ?? ''),
    ));
  return { departments: departments?.n ?? 0, figures: figures?.n ?? 0, people: Number(figures?.people ?? 0) };
}

/** True once the organisation has counted anybody. */
export async function hasHeadcounts(db: Db, organisationId: string): Promise<boolean> {
  const [row] = await db.select({ people: sum(headcounts.headcount) }).from(headcounts).where(eq(headcounts.organisationId, organisationId));
  return Number(row?.people ?? 0) > 0;
}
