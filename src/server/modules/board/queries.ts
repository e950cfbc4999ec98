import { and, asc, eq, inArray } from 'drizzle-orm';
import { BOARD_CARD_LIMIT, type Board, type BoardCluster } from '../../../shared/contracts/board.js';
import type { Quote } from '../../../shared/contracts/evidence.js';
import type { Db } from '../../platform/db/client.js';
import type { Actor } from '../../platform/http/access.js';
import { can } from '../../platform/policy.js';
import { loadQuotes } from '../evidence/index.js';
import { insights, insightsWithStrength } from '../insights/index.js';
import { loadStrategy } from '../strategies/index.js';
import { scopeOf } from './load.js';
import { boardCards, boardClusters } from './tables.js';

/**
 * The board as the page draws it: every pile's size, and the first `perPile` cards of each with
 * their masked quotes. Quotes are the costly part, so only the cards drawn are read: a board of
 * 1,000 cards opens with a few hundred quotes at most, and the page asks for more as people scroll.
 */
export async function boardOf(db: Db, actor: Actor, strategyId: string, perPile: number): Promise<Board> {
  const strategy = await loadStrategy(db, actor, strategyId);
  const scope = scopeOf(strategy);
  const [clusters, cards] = await Promise.all([
    db.select().from(boardClusters).where(eq(boardClusters.strategyId, strategy.id)).orderBy(asc(boardClusters.position), asc(boardClusters.createdAt)),
    db
      .select({ id: boardCards.evidenceItemId, clusterId: boardCards.clusterId })
      .from(boardCards)
      .where(eq(boardCards.strategyId, strategy.id))
      .orderBy(asc(boardCards.position), asc(boardCards.evidenceItemId)),
  ]);
  const piles = new Map<string | null, string[]>([[null, []], ...clusters.map((c) => [c.id, []] as [string, string[]])]);
  for (const card of cards) piles.get(card.clusterId)?.push(card.id);
  const shown = [...piles.values()].flatMap((ids) => ids.slice(0, perPile));
  const insightIds = clusters.flatMap((c) => (c.insightId ? [c.insightId] : []));
  const [quotes, strengths, statements] = await Promise.all([
    loadQuotes(db, scope, shown),
    insightIds.length ? insightsWithStrength(db, scope, insightIds) : new Map(),
    insightIds.length
      ? db.select({ id: insights.id, statement: insights.statement }).from(insights).where(and(inArray(insights.id, insightIds), eq(insights.strategyId, strategy.id)))
      : [],
  ]);
  const quoteOf = new Map<string, Quote>(quotes.map((q) => [q.id, q]));
  // A card whose interview later became notes-only has no quote: it is counted but not drawn.
  const pile = (ids: string[]) => ({ total: ids.length, cards: ids.slice(0, perPile).flatMap((id) => (quoteOf.has(id) ? [{ quote: quoteOf.get(id)! }] : [])) });
  const insightOf = (id: string | null): BoardCluster['insight'] => {
    const strength = id ? strengths.get(id) : undefined;
    const statement = statements.find((s) => s.id === id)?.statement;
    if (!id || !strength || statement === undefined) return null;
    return { id, statement, strength: { level: strength.level, items: strength.items, sourceKinds: strength.sourceKinds } };
  };
  const change = !strategy.archivedAt && can(actor.member.role, 'update', 'board');
  return {
    strategyId: strategy.id,
    unsorted: pile(piles.get(null)!),
    clusters: clusters.map((c, position) => ({ id: c.id, name: c.name, position, insight: insightOf(c.insightId), ...pile(piles.get(c.id)!) })),
    totalCards: cards.length,
    limit: BOARD_CARD_LIMIT,
    perPile,
    can: { change, makeInsight: change && can(actor.member.role, 'create', 'insight') },
  };
}
