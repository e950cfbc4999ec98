import { and, count, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import type { WaitingPlaybacks } from '../../../shared/contracts/playback.js';
import type { Db } from '../../platform/db/client.js';
import type { Actor } from '../../platform/http/access.js';
import { insights } from '../insights/index.js';
import { strategies } from '../strategies/index.js';
import { playbackReactions, playbacks } from './tables.js';

/** The shared playbacks of the actor's organisation, with how many of their insights this person has reacted to. */
export async function waitingPlaybacks(db: Db, actor: Actor): Promise<WaitingPlaybacks> {
  const organisationId = actor.member.organisationId;
  const [shared, totals, mine] = await Promise.all([
    db
      .select({ strategyId: strategies.id, strategyName: strategies.name, sharedAt: playbacks.sharedAt })
      .from(playbacks)
      .innerJoin(strategies, eq(strategies.id, playbacks.strategyId))
      .where(and(eq(strategies.organisationId, organisationId), isNotNull(playbacks.sharedAt), isNull(strategies.archivedAt)))
      .orderBy(desc(playbacks.sharedAt)),
    db
      .select({ strategyId: insights.strategyId, n: count() })
      .from(insights)
      .where(eq(insights.organisationId, organisationId))
      .groupBy(insights.strategyId),
    db
      .select({ strategyId: insights.strategyId, n: count() })
      .from(playbackReactions)
      .innerJoin(insights, eq(insights.id, playbackReactions.insightId))
      .where(and(eq(insights.organisationId, organisationId), eq(playbackReactions.userId, actor.user.id)))
      .groupBy(insights.strategyId),
  ]);
  return {
    playbacks: shared.map((p) => ({
      strategyId: p.strategyId,
      strategyName: p.strategyName,
      sharedAt: p.sharedAt!.toISOString(),
      insights: totals.find((t) => t.strategyId === p.strategyId)?.n ?? 0,
      reacted: mine.find((m) => m.strategyId === p.strategyId)?.n ?? 0,
    })),
  };
}
