import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import type { Quote } from '../../../shared/contracts/evidence.js';
import type { InsightDetail, InsightEvidenceList, InsightSummary } from '../../../shared/contracts/insights.js';
import { INSIGHT_EVIDENCE_PAGE_SIZE, STRENGTH_LEVELS, STRENGTH_RULE } from '../../../shared/contracts/insights.js';
import type { Db } from '../../platform/db/client.js';
import type { Actor } from '../../platform/http/access.js';
import { can } from '../../platform/policy.js';
import { users } from '../accounts/index.js';
import { systems } from '../estate/index.js';
import { evidenceItems, loadQuotes, tags } from '../evidence/index.js';
import { maturityMeasures } from '../maturity/index.js';
import { loadStrategy } from '../strategies/index.js';
import { loadInsight } from './load.js';
import { insightsWithStrength } from './strength-query.js';
import { insightComments, insightEvidence, insightMeasures, insights, insightSystems, insightTags } from './tables.js';

const LEADER_SOURCES = ['interview_note', 'interview_excerpt'] as const;
const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });
/** "5 December 2026": how a comment's date reads on the page. */
export const dayOf = (at: Date): string => dayFormat.format(at);

export async function listInsights(db: Db, actor: Actor, strategyId: string, status?: 'draft' | 'agreed') {
  const strategy = await loadStrategy(db, actor, strategyId);
  const scope = { organisationId: strategy.organisationId, strategyId: strategy.id };
  const where = [eq(insights.strategyId, strategy.id)];
  if (status) where.push(eq(insights.status, status));
  const [rows, strengths, comments] = await Promise.all([
    db.select().from(insights).where(and(...where)).orderBy(desc(insights.updatedAt)),
    insightsWithStrength(db, scope),
    db
      .select({ insightId: insightComments.insightId, n: count() })
      .from(insightComments)
      .innerJoin(insights, eq(insights.id, insightComments.insightId))
      .where(eq(insights.strategyId, strategy.id))
      .groupBy(insightComments.insightId),
  ]);
  const summaries: InsightSummary[] = rows.map((row) => {
    const s = strengths.get(row.id)!;
    return {
      id: row.id,
      strategyId: row.strategyId,
      statement: row.statement,
      status: row.status,
      strength: { level: s.level, items: s.items, sourceKinds: s.sourceKinds },
      commentCount: comments.find((c) => c.insightId === row.id)?.n ?? 0,
      updatedAt: row.updatedAt.toISOString(),
    };
  });
  // Strongest first: the level, then how much evidence, then the most recently worked on.
  const rank = (level: InsightSummary['strength']['level']) => STRENGTH_LEVELS.indexOf(level);
  summaries.sort((a, b) => rank(a.strength.level) - rank(b.strength.level) || b.strength.items - a.strength.items);
  return {
    insights: summaries,
    rule: STRENGTH_RULE,
    can: { create: !strategy.archivedAt && can(actor.member.role, 'create', 'insight') },
  };
}

/** A quote neither a fragment nor an essay: the one of middle length among the side's latest. */
function representative(quotes: Quote[]): Quote | null {
  if (!quotes.length) return null;
  const sorted = [...quotes].sort((a, b) => a.text.length - b.text.length || a.id.localeCompare(b.id));
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

async function voicesOf(db: Db, scope: { organisationId: string; strategyId: string }, insightId: string) {
  const rows = await db
    .select({ id: evidenceItems.id, source: evidenceItems.source })
    .from(insightEvidence)
    .innerJoin(evidenceItems, eq(evidenceItems.id, insightEvidence.evidenceItemId))
    .where(eq(insightEvidence.insightId, insightId))
    .orderBy(desc(evidenceItems.saidOn), asc(evidenceItems.id));
  const isLeader = (source: string) => (LEADER_SOURCES as readonly string[]).includes(source);
  const leaderIds = rows.filter((r) => isLeader(r.source)).map((r) => r.id);
  const staffIds = rows.filter((r) => !isLeader(r.source)).map((r) => r.id);
  // A sample of the latest 25 of each side is enough to pick a representative quote from.
  const [leaders, staff] = await Promise.all([loadQuotes(db, scope, leaderIds.slice(0, 25)), loadQuotes(db, scope, staffIds.slice(0, 25))]);
  return { leaders: representative(leaders), staff: representative(staff), leaderCount: leaderIds.length, staffCount: staffIds.length };
}

export async function insightDetail(db: Db, actor: Actor, insightId: string): Promise<InsightDetail> {
  const { insight, strategy } = await loadInsight(db, actor, insightId);
  const scope = { organisationId: strategy.organisationId, strategyId: strategy.id };
  const [strengths, voices, tagRows, systemRows, measureRows, comments, creator] = await Promise.all([
    insightsWithStrength(db, scope, [insight.id]),
    voicesOf(db, scope, insight.id),
    db.select({ id: tags.id, name: tags.name, colour: tags.colour }).from(insightTags).innerJoin(tags, eq(tags.id, insightTags.tagId)).where(eq(insightTags.insightId, insight.id)).orderBy(asc(tags.name)),
    db.select({ id: systems.id, name: systems.name }).from(insightSystems).innerJoin(systems, eq(systems.id, insightSystems.systemId)).where(eq(insightSystems.insightId, insight.id)).orderBy(asc(systems.name)),
    db.select({ id: maturityMeasures.id, name: maturityMeasures.name }).from(insightMeasures).innerJoin(maturityMeasures, eq(maturityMeasures.id, insightMeasures.measureId)).where(eq(insightMeasures.insightId, insight.id)).orderBy(asc(maturityMeasures.name)),
    db
      .select({ id: insightComments.id, body: insightComments.body, createdAt: insightComments.createdAt, author: users.name })
      .from(insightComments)
      .leftJoin(users, eq(users.id, insightComments.authorUserId))
      .where(eq(insightComments.insightId, insight.id))
      .orderBy(asc(insightComments.createdAt)),
    insight.createdByUserId ? db.select({ name: users.name }).from(users).where(eq(users.id, insight.createdByUserId)) : Promise.resolve([]),
  ]);
  const open = !strategy.archivedAt;
  return {
    id: insight.id,
    strategyId: insight.strategyId,
    statement: insight.statement,
    detail: insight.detail,
    status: insight.status,
    createdBy: creator[0]?.name ?? null,
    createdAt: insight.createdAt.toISOString(),
    updatedAt: insight.updatedAt.toISOString(),
    strength: strengths.get(insight.id)!,
    rule: STRENGTH_RULE,
    voices,
    tags: tagRows,
    systems: systemRows,
    measures: measureRows,
    comments: comments.map((c) => ({
      id: c.id,
      author: c.author ?? 'A former member',
      body: c.body,
      createdAt: c.createdAt.toISOString(),
      createdOn: dayOf(c.createdAt),
    })),
    can: {
      update: open && can(actor.member.role, 'update', 'insight'),
      delete: open && can(actor.member.role, 'delete', 'insight'),
      comment: open && can(actor.member.role, 'update', 'insight'),
    },
  };
}

type ItemLinks = { source: string; surveyId: string | null; interviewId: string | null; workshopId: string | null; systemId: string | null };
function linkOf(item: ItemLinks): InsightEvidenceList['items'][number]['link'] {
  if (item.interviewId) return { kind: 'interview', id: item.interviewId };
  if (item.workshopId) return { kind: 'workshop', id: item.workshopId };
  if (item.surveyId) return { kind: 'survey', id: item.surveyId };
  if (item.systemId) return { kind: 'system', id: item.systemId };
  return null;
}

/** The walk down: every piece of evidence of the insight, newest first, a page at a time. */
export async function insightEvidencePage(db: Db, actor: Actor, insightId: string, page: number): Promise<InsightEvidenceList> {
  const { insight, strategy } = await loadInsight(db, actor, insightId);
  const scope = { organisationId: strategy.organisationId, strategyId: strategy.id };
  const e = evidenceItems;
  const [rows, [total]] = await Promise.all([
    db
      .select({ id: e.id, source: e.source, saidOn: e.saidOn, surveyId: e.surveyId, interviewId: e.interviewId, workshopId: e.workshopId, systemId: e.systemId })
      .from(insightEvidence)
      .innerJoin(e, eq(e.id, insightEvidence.evidenceItemId))
      .where(eq(insightEvidence.insightId, insight.id))
      .orderBy(desc(e.saidOn), asc(e.id))
      .limit(INSIGHT_EVIDENCE_PAGE_SIZE)
      .offset((page - 1) * INSIGHT_EVIDENCE_PAGE_SIZE),
    db.select({ n: count() }).from(insightEvidence).where(eq(insightEvidence.insightId, insight.id)),
  ]);
  const quotes = new Map((await loadQuotes(db, scope, rows.map((r) => r.id))).map((q) => [q.id, q]));
  return {
    // An item that may not be quoted is still listed, so the team can walk to its source.
    items: rows.map((row) => {
      const quote = quotes.get(row.id);
      if (quote) return { ...quote, link: linkOf(row), quotable: true };
      return {
        id: row.id,
        source: row.source,
        text: '',
        saidOn: row.saidOn,
        whereFrom: 'Interview notes the interviewee did not agree to be quoted from',
        segment: { division: null, staffGroup: null },
        sentiment: null,
        tags: [],
        link: linkOf(row),
        quotable: false,
      };
    }),
    total: total?.n ?? 0,
    page,
    pageSize: INSIGHT_EVIDENCE_PAGE_SIZE,
  };
}

/** The walk up: the insights a piece of evidence supports. */
export async function insightsOfEvidence(db: Db, actor: Actor, evidenceId: string) {
  const rows = await db
    .select({ id: insights.id, statement: insights.statement, status: insights.status })
    .from(insightEvidence)
    .innerJoin(insights, eq(insights.id, insightEvidence.insightId))
    .where(and(eq(insightEvidence.evidenceItemId, evidenceId), eq(insights.organisationId, actor.member.organisationId)))
    .orderBy(asc(insights.statement));
  return { insights: rows };
}

export async function evidenceIdsOf(db: Db, insightIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (!insightIds.length) return out;
  const rows = await db.select().from(insightEvidence).where(inArray(insightEvidence.insightId, insightIds));
  for (const r of rows) out.set(r.insightId, [...(out.get(r.insightId) ?? []), r.evidenceItemId]);
  return out;
}
