import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { badRequest, conflict } from '../../platform/errors.js';
import type { Actor } from '../../platform/http/access.js';
import { orgUnits } from '../workforce/index.js';
import { systems, systemUnits } from './tables.js';

export const nameTaken = (name: string) =>
  conflict(`There is already a system called "${name}" in the register. Choose a different name, or edit that system.`, [
    { field: 'name', message: `There is already a system called "${name}" in the register` },
  ]);

/** Every unit must be a division or site of the actor's organisation. */
export async function assertUnitsAreOwn(tx: Db, actor: Actor, unitIds: string[]) {
  if (unitIds.length === 0) return;
  const found = await tx
    .select({ id: orgUnits.id, kind: orgUnits.kind })
    .from(orgUnits)
    .where(and(inArray(orgUnits.id, unitIds), eq(orgUnits.organisationId, actor.member.organisationId)));
  if (found.length !== new Set(unitIds).size || found.some((u) => u.kind === 'department')) {
    const message = 'Choose divisions and sites of this organisation';
    throw badRequest(message, [{ field: 'unitIds', message }]);
  }
}

/** The replacement must be another system of the same organisation. */
export async function assertReplacementIsOwn(tx: Db, actor: Actor, replacedById: string | null | undefined, systemId?: string) {
  if (!replacedById) return;
  const message = systemId === replacedById ? 'A system cannot replace itself' : 'Choose a replacement system from this register';
  const [row] = await tx
    .select({ id: systems.id })
    .from(systems)
    .where(and(eq(systems.id, replacedById), eq(systems.organisationId, actor.member.organisationId)));
  if (!row || systemId === replacedById) throw badRequest(message, [{ field: 'replacedById', message }]);
}

export async function replaceUnits(tx: Db, systemId: string, unitIds: string[]) {
  await replaceUnitsOfMany(tx, new Map([[systemId, unitIds]]));
}

/** The same for many systems at once (a register import), in a few statements rather than two a system. */
export async function replaceUnitsOfMany(tx: Db, unitsBySystem: ReadonlyMap<string, string[]>) {
  const systemIds = [...unitsBySystem.keys()];
  for (let i = 0; i < systemIds.length; i += BATCH) await tx.delete(systemUnits).where(inArray(systemUnits.systemId, systemIds.slice(i, i + BATCH)));
  const links = [...unitsBySystem].flatMap(([systemId, unitIds]) => [...new Set(unitIds)].map((orgUnitId) => ({ systemId, orgUnitId })));
  for (let i = 0; i < links.length; i += BATCH) await tx.insert(systemUnits).values(links.slice(i, i + BATCH));
}
const BATCH = 1000;
