import { and, asc, eq } from 'drizzle-orm';
import type { ProfileChoices } from '../../../shared/contracts/survey-definition.js';
import type { Db } from '../../platform/db/client.js';
import { orgUnits, staffGroups } from './tables.js';

/** The answers a profile question offers: the organisation's staff groups, divisions and sites, by id. */
export async function loadProfileChoices(db: Db, organisationId: string): Promise<ProfileChoices> {
  // Sequential: this runs inside transactions, where queries share one connection.
  const groups = await db.select().from(staffGroups).where(eq(staffGroups.organisationId, organisationId)).orderBy(asc(staffGroups.position), asc(staffGroups.name));
  const units = await db.select().from(orgUnits).where(and(eq(orgUnits.organisationId, organisationId))).orderBy(asc(orgUnits.name));
  const of = (kind: 'division' | 'site') => units.filter((u) => u.kind === kind).map((u) => ({ key: u.id, label: u.name }));
  return { staff_group: groups.map((g) => ({ key: g.id, label: g.name })), division: of('division'), site: of('site') };
}
