import type { UpdatePlayback } from '../../../../shared/contracts/playback.js';
import { writeAudit } from '../../../platform/audit.js';
import { auditActor } from '../../../platform/audit-actor.js';
import type { Db } from '../../../platform/db/client.js';
import type { Actor } from '../../../platform/http/access.js';
import { loadStrategy } from '../../strategies/index.js';
import { assertOpen, playbackOf } from '../load.js';
import { playbacks } from '../tables.js';

/** The team's introduction at the top of the pack (Markdown, shown as text-only Markdown). */
export async function updatePlaybackIntro(tx: Db, actor: Actor, strategyId: string, input: UpdatePlayback) {
  const strategy = await loadStrategy(tx, actor, strategyId);
  assertOpen(strategy);
  const before = await playbackOf(tx, strategy.id);
  const now = new Date();
  await tx
    .insert(playbacks)
    .values({ strategyId: strategy.id, intro: input.intro, updatedAt: now })
    .onConflictDoUpdate({ target: playbacks.strategyId, set: { intro: input.intro, updatedAt: now } });
  await writeAudit(tx, auditActor(actor), {
    organisationId: strategy.organisationId,
    action: 'playback.intro_updated',
    subjectType: 'strategy',
    subjectId: strategy.id,
    before: { intro: before.intro },
    after: { intro: input.intro },
  });
}
