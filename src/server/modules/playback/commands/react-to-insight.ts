import { and, eq } from 'drizzle-orm';
import type { ReactionBody } from '../../../../shared/contracts/playback.js';
import { writeAudit } from '../../../platform/audit.js';
import { auditActor } from '../../../platform/audit-actor.js';
import type { Db } from '../../../platform/db/client.js';
import { notFound } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import { insights } from '../../insights/index.js';
import { assertOpen, loadPlayback } from '../load.js';
import { playbackReactions } from '../tables.js';

/**
 * A person's reaction to one insight of the playback: one per person per insight, changed by
 * reacting again. Leaders react only to a shared playback (`loadPlayback` refuses otherwise).
 */
export async function reactToInsight(tx: Db, actor: Actor, insightId: string, input: ReactionBody) {
  const [insight] = await tx
    .select({ id: insights.id, strategyId: insights.strategyId })
    .from(insights)
    .where(and(eq(insights.id, insightId), eq(insights.organisationId, actor.member.organisationId)));
  if (!insight) throw notFound('The insight');
  const { strategy } = await loadPlayback(tx, actor, insight.strategyId);
  assertOpen(strategy);
  const [before] = await tx
    .select()
    .from(playbackReactions)
    .where(and(eq(playbackReactions.insightId, insight.id), eq(playbackReactions.userId, actor.user.id)));
  const now = new Date();
  const [row] = await tx
    .insert(playbackReactions)
    .values({ insightId: insight.id, userId: actor.user.id, reaction: input.reaction, comment: input.comment })
    .onConflictDoUpdate({
      target: [playbackReactions.insightId, playbackReactions.userId],
      set: { reaction: input.reaction, comment: input.comment, updatedAt: now },
    })
    .returning();
  await writeAudit(tx, auditActor(actor), {
    organisationId: strategy.organisationId,
    action: before ? 'playback.reaction_changed' : 'playback.reacted',
    subjectType: 'insight',
    subjectId: insight.id,
    before: before ? { reaction: before.reaction, comment: before.comment } : null,
    after: { reaction: row!.reaction, comment: row!.comment },
  });
  return { reaction: row!.reaction, comment: row!.comment, updatedAt: row!.updatedAt.toISOString() };
}
