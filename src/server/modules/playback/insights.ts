import { and, asc, desc, eq } from 'drizzle-orm';
import type { Quote } from '../../../shared/contracts/evidence.js';
import { STRENGTH_LEVELS } from '../../../shared/contracts/insights.js';
import type { PlaybackInsight, ReactionCounts } from '../../../shared/contracts/playback.js';
import type { Db } from '../../platform/db/client.js';
import type { Actor } from '../../platform/http/access.js';
import { users } from '../accounts/index.js';
import { evidenceItems, loadQuotes } from '../evidence/index.js';
import { insightEvidence, insights, insightsWithStrength } from '../insights/index.js';
import { memberships } from '../organisations/index.js';
import { playbackReactions } from './tables.js';

type Scope = { organisationId: string; strategyId: string };
const LEADER_SOURCES: readonly string[] = ['interview_note', 'interview_excerpt'];
/** Quotes are picked from each side's latest few: enough for a representative one. */
const SAMPLE = 25;

/** A quote neither a fragment nor an essay: the one of middle length (as the insight page picks). */
function representative(quotes: Quote[]): Quote | null {
  if (!quotes.length) return null;
  const sorted = [...quotes].sort((a, b) => a.text.length - b.text.length || a.id.localeCompare(b.id));
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** Each insight's latest few evidence ids on each side: leaders (interviews) and staff (everything else). */
function samplesOf(links: { insightId: string; id: string; source: string }[], insightId: string) {
  const mine = links.filter((l) => l.insightId === insightId);
  const leaderIds = mine.filter((l) => LEADER_SOURCES.includes(l.source)).map((l) => l.id);
  const staffIds = mine.filter((l) => !LEADER_SOURCES.includes(l.source)).map((l) => l.id);
  return { leaderIds, staffIds, leaders: leaderIds.slice(0, SAMPLE), staff: staffIds.slice(0, SAMPLE) };
}

/**
 * The strategy's insights ranked by strength (the level, then how much evidence), each with a
 * masked quote from leaders and one from staff (through evidence's `loadQuotes`, the only way text
 * leaves the library) and the reactions: counts for everyone, each person's own, and every named
 * reaction only for the team (`seeAll`).
 */
export async function playbackInsights(db: Db, actor: Actor, scope: Scope, seeAll: boolean): Promise<PlaybackInsight[]> {
  const [rows, strengths, links, reactions] = await Promise.all([
    db
      .select({ id: insights.id, statement: insights.statement, status: insights.status, createdAt: insights.createdAt })
      .from(insights)
      .where(and(eq(insights.strategyId, scope.strategyId), eq(insights.organisationId, scope.organisationId)))
      .orderBy(asc(insights.createdAt), asc(insights.id)),
    insightsWithStrength(db, scope),
    db
      .select({ insightId: insightEvidence.insightId, id: evidenceItems.id, source: evidenceItems.source })
      .from(insightEvidence)
      .innerJoin(insights, eq(insights.id, insightEvidence.insightId))
      .innerJoin(evidenceItems, eq(evidenceItems.id, insightEvidence.evidenceItemId))
      .where(eq(insights.strategyId, scope.strategyId))
      .orderBy(desc(evidenceItems.saidOn), asc(evidenceItems.id)),
    db
      .select({ insightId: playbackReactions.insightId, userId: playbackReactions.userId, reaction: playbackReactions.reaction, comment: playbackReactions.comment, updatedAt: playbackReactions.updatedAt, name: users.name, role: memberships.role })
      .from(playbackReactions)
      .innerJoin(insights, eq(insights.id, playbackReactions.insightId))
      .innerJoin(users, eq(users.id, playbackReactions.userId))
      // A reaction of someone who has since left the organisation still counts, named by their last role.
      .leftJoin(memberships, and(eq(memberships.userId, playbackReactions.userId), eq(memberships.organisationId, scope.organisationId)))
      .where(eq(insights.strategyId, scope.strategyId))
      .orderBy(asc(users.name), asc(playbackReactions.updatedAt)),
  ]);
  // One read of every sampled quote: the suppression judge behind `loadQuotes` is built once, not per insight.
  const samples = new Map(rows.map((row) => [row.id, samplesOf(links, row.id)]));
  const wanted = [...new Set([...samples.values()].flatMap((s) => [...s.leaders, ...s.staff]))];
  const quotes = new Map((await loadQuotes(db, scope, wanted)).map((q) => [q.id, q]));
  const pick = (ids: string[]) => representative(ids.flatMap((id) => quotes.get(id) ?? []));
  const out: PlaybackInsight[] = [];
  for (const row of rows) {
    const sample = samples.get(row.id)!;
    const own = reactions.filter((r) => r.insightId === row.id);
    const counts: ReactionCounts = { agree: 0, surprised: 0, disagree: 0 };
    for (const r of own) counts[r.reaction] += 1;
    const present = (r: (typeof own)[number]) => ({ reaction: r.reaction, comment: r.comment, updatedAt: r.updatedAt.toISOString() });
    const mine = own.find((r) => r.userId === actor.user.id);
    out.push({
      id: row.id,
      statement: row.statement,
      status: row.status,
      strength: strengths.get(row.id)!,
      voices: { leaders: pick(sample.leaders), staff: pick(sample.staff), leaderCount: sample.leaderIds.length, staffCount: sample.staffIds.length },
      reactions: {
        counts,
        mine: mine ? present(mine) : null,
        all: seeAll ? own.map((r) => ({ ...present(r), name: r.name, role: r.role ?? 'leader' })) : null,
      },
    });
  }
  const rank = (level: PlaybackInsight['strength']['level']) => STRENGTH_LEVELS.indexOf(level);
  return out.sort((a, b) => rank(a.strength.level) - rank(b.strength.level) || b.strength.items - a.strength.items || b.strength.sourceKinds - a.strength.sourceKinds);
}
