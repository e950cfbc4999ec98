import { writeAudit } from '../../../platform/audit.js';
import { auditActor } from '../../../platform/audit-actor.js';
import type { Db } from '../../../platform/db/client.js';
import type { Actor } from '../../../platform/http/access.js';
import { loadStrategy } from '../../strategies/index.js';
import { assertOpen, playbackOf } from '../load.js';
import { playbacks } from '../tables.js';

/**
 * Shares the playback with the organisation's senior leaders, or stops sharing it (their
 * reactions so far are kept for when it is shared again). Asking for the state it is in already
 * changes nothing and writes no audit record.
 */
export async function setPlaybackShared(tx: Db, actor: Actor, strategyId: string, shared: boolean) {
  const strategy = await loadStrategy(tx, actor, strategyId);
  assertOpen(strategy);
  const before = await playbackOf(tx, strategy.id);
  if (!!before.sharedAt === shared) return;
  const now = new Date();
  const values = shared ? { sharedAt: now, sharedByUserId: actor.user.id, updatedAt: now } : { sharedAt: null, sharedByUserId: null, updatedAt: now };
  await tx
    .insert(playbacks)
    .values({ strategyId: strategy.id, ...values })
    .onConflictDoUpdate({ target: playbacks.strategyId, set: values });
  await writeAudit(tx, auditActor(actor), {
    organisationId: strategy.organisationId,
    action: shared ? 'playback.shared' : 'playback.unshared',
    subjectType: 'strategy',
    subjectId: strategy.id,
    before: { shared: !!before.sharedAt },
    after: { shared },
  });
}
