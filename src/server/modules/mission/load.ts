import { and, desc, eq } from 'drizzle-orm';
import type { MissionVersionState } from '../../../shared/contracts/mission.js';
import type { Db } from '../../platform/db/client.js';
import { conflict, notFound } from '../../platform/errors.js';
import type { Actor } from '../../platform/http/access.js';
import { loadStrategy } from '../strategies/index.js';
import { missionVersions } from './tables.js';

export type MissionVersionRow = typeof missionVersions.$inferSelect;

export async function missionVersionOwner(db: Db, missionVersionId: string): Promise<string | null> {
  const [row] = await db.select({ organisationId: missionVersions.organisationId }).from(missionVersions).where(eq(missionVersions.id, missionVersionId));
  return row?.organisationId ?? null;
}

/** A mission version of the actor's organisation, with its strategy; another organisation's is "not found". */
export async function loadMissionVersion(db: Db, actor: Actor, missionVersionId: string) {
  const [version] = await db
    .select()
    .from(missionVersions)
    .where(and(eq(missionVersions.id, missionVersionId), eq(missionVersions.organisationId, actor.member.organisationId)));
  if (!version) throw notFound('The mission version');
  const strategy = await loadStrategy(db, actor, version.strategyId);
  return { version, strategy };
}

/** The highest-numbered version of a strategy's mission, or null before the first is written. */
export async function latestVersion(db: Db, strategyId: string): Promise<MissionVersionRow | null> {
  const [row] = await db.select().from(missionVersions).where(eq(missionVersions.strategyId, strategyId)).orderBy(desc(missionVersions.number)).limit(1);
  return row ?? null;
}

/** Only the latest version can be a draft: an earlier one that was never agreed was superseded. */
export function stateOf(version: MissionVersionRow, latestNumber: number): MissionVersionState {
  if (version.agreedAt) return 'agreed';
  return version.number === latestNumber ? 'draft' : 'superseded';
}

/** Refuses a change to anything but the current draft, saying what to do instead. */
export function assertDraft(version: MissionVersionRow, latestNumber: number, doing: string): void {
  const state = stateOf(version, latestNumber);
  if (state === 'agreed') {
    throw conflict(`Version ${version.number} is the agreed mission, so it cannot be ${doing}. Start a new draft from it instead; the agreed text stays as it is.`);
  }
  if (state === 'superseded') {
    throw conflict(`Version ${version.number} has been followed by version ${latestNumber}, so it cannot be ${doing}. Start a new draft instead.`);
  }
}

export function assertOpen(strategy: { archivedAt: Date | null }): void {
  if (strategy.archivedAt) throw conflict('This strategy is archived. Restore it before making changes.');
}
