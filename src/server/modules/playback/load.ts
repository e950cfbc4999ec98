import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { conflict, forbidden } from '../../platform/errors.js';
import type { Actor } from '../../platform/http/access.js';
import { can } from '../../platform/policy.js';
import { loadStrategy } from '../strategies/index.js';
import { playbacks } from './tables.js';

export type PlaybackRow = typeof playbacks.$inferSelect;

/** A strategy has one playback; until the team first touches it, it is an empty, unshared one. */
export async function playbackOf(db: Db, strategyId: string): Promise<PlaybackRow> {
  const [row] = await db.select().from(playbacks).where(eq(playbacks.strategyId, strategyId));
  return row ?? { strategyId, intro: '', sharedAt: null, sharedByUserId: null, updatedAt: new Date(0) };
}

/** Whoever may change the playback sees it as it is; everyone else only once it is shared. */
export const seesUnshared = (actor: Actor) => can(actor.member.role, 'update', 'playback');

/**
 * The strategy and its playback, for a person allowed to read it now: the rule table lets leaders
 * read playbacks, and this adds the state: a leader sees one only after the team has shared it.
 */
export async function loadPlayback(db: Db, actor: Actor, strategyId: string) {
  const strategy = await loadStrategy(db, actor, strategyId);
  const playback = await playbackOf(db, strategy.id);
  if (!playback.sharedAt && !seesUnshared(actor)) {
    throw forbidden('The strategy team has not shared this playback yet. It will be listed on your home page when they do.');
  }
  return { strategy, playback };
}

export function assertOpen(strategy: { archivedAt: Date | null }): void {
  if (strategy.archivedAt) throw conflict('This strategy is archived. Restore it before changing its playback.');
}
