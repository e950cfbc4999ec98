import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { conflict, notFound } from '../../platform/errors.js';
import type { Actor } from '../../platform/http/access.js';
import { loadStrategy } from '../strategies/index.js';
import { initiatives, programmes } from './tables.js';

export async function programmeOwner(db: Db, programmeId: string): Promise<string | null> {
  const [row] = await db.select({ organisationId: programmes.organisationId }).from(programmes).where(eq(programmes.id, programmeId));
  return row?.organisationId ?? null;
}

export async function initiativeOwner(db: Db, initiativeId: string): Promise<string | null> {
  const [row] = await db.select({ organisationId: initiatives.organisationId }).from(initiatives).where(eq(initiatives.id, initiativeId));
  return row?.organisationId ?? null;
}

export function assertOpen(strategy: { archivedAt: Date | null }): void {
  if (strategy.archivedAt) throw conflict('This strategy is archived. Restore it before making changes.');
}

/** A programme of the actor's organisation, with its strategy; another organisation's is "not found". */
export async function loadProgramme(db: Db, actor: Actor, programmeId: string) {
  const [programme] = await db
    .select()
    .from(programmes)
    .where(and(eq(programmes.id, programmeId), eq(programmes.organisationId, actor.member.organisationId)));
  if (!programme) throw notFound('The programme');
  return { programme, strategy: await loadStrategy(db, actor, programme.strategyId) };
}

export async function loadInitiative(db: Db, actor: Actor, initiativeId: string) {
  const [initiative] = await db
    .select()
    .from(initiatives)
    .where(and(eq(initiatives.id, initiativeId), eq(initiatives.organisationId, actor.member.organisationId)));
  if (!initiative) throw notFound('The initiative');
  return { initiative, strategy: await loadStrategy(db, actor, initiative.strategyId) };
}
