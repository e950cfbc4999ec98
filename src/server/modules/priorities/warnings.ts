import { and, asc, count, eq, notExists, sql } from 'drizzle-orm';
import { THIN_EVIDENCE_MIN, type PriorityWarnings } from '../../../shared/contracts/priorities.js';
import type { Db } from '../../platform/db/client.js';
import type { Actor } from '../../platform/http/access.js';
import { evidenceItems } from '../evidence/index.js';
import { insightEvidence, insights } from '../insights/index.js';
import { loadStrategy } from '../strategies/index.js';
import { sourceKindSql, strengthBriefs } from './strength-sql.js';
import { priorities, priorityInsights } from './tables.js';

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** Why a priority's evidence is thin or one-sided, in plain words; none when it is not. */
export function thinReasons(row: { items: number; kinds: number; staffItems: number; answers: number; staffGroups: number }): string[] {
  const reasons: string[] = [];
  if (row.items === 0) return ['No evidence stands behind it yet: link the insights it answers.'];
  if (row.items < THIN_EVIDENCE_MIN) reasons.push(`Only ${plural(row.items, 'piece', 'pieces')} of evidence stand behind it; aim for at least ${THIN_EVIDENCE_MIN}.`);
  if (row.staffItems === 0) reasons.push('Only leaders’ interviews stand behind it: no staff voices yet.');
  else if (row.kinds === 1) reasons.push('All its evidence comes from one kind of source: look for the same point in other sources.');
  // The group is not named: saying which one could point at the few people in it.
  if (row.answers > 0 && row.staffGroups === 1) reasons.push('All its survey answers come from one staff group: check other groups feel the same.');
  return reasons;
}

/**
 * The two warnings of the priorities page. "Unanswered": strong insights no priority links.
 * "Thinly evidenced": priorities with little or one-sided evidence. Both counted by the database.
 */
export async function priorityWarnings(db: Db, actor: Actor, strategyId: string): Promise<PriorityWarnings> {
  const strategy = await loadStrategy(db, actor, strategyId);
  const linked = db.select({ one: sql`1` }).from(priorityInsights).where(eq(priorityInsights.insightId, insights.id));
  const distinctEvidence = db
    .selectDistinct({ priorityId: priorityInsights.priorityId, itemId: insightEvidence.evidenceItemId })
    .from(priorityInsights)
    .innerJoin(priorities, eq(priorities.id, priorityInsights.priorityId))
    .innerJoin(insightEvidence, eq(insightEvidence.insightId, priorityInsights.insightId))
    .where(eq(priorities.strategyId, strategy.id))
    .as('priority_evidence');
  const [unlinked, strengths, themes, counted] = await Promise.all([
    db.select({ id: insights.id, statement: insights.statement }).from(insights).where(and(eq(insights.strategyId, strategy.id), notExists(linked))),
    strengthBriefs(db, { strategyId: strategy.id }),
    db.select({ id: priorities.id, title: priorities.title }).from(priorities).where(eq(priorities.strategyId, strategy.id)).orderBy(asc(priorities.position)),
    db
      .select({
        priorityId: distinctEvidence.priorityId,
        items: count(),
        kinds: sql<number>`count(distinct ${sourceKindSql})::int`,
        staffItems: sql<number>`(count(*) filter (where ${evidenceItems.source} not in ('interview_note', 'interview_excerpt')))::int`,
        answers: sql<number>`(count(*) filter (where ${evidenceItems.source} = 'survey_answer'))::int`,
        staffGroups: sql<number>`(count(distinct ${evidenceItems.staffGroupId}) filter (where ${evidenceItems.source} = 'survey_answer'))::int`,
      })
      .from(distinctEvidence)
      .innerJoin(evidenceItems, eq(evidenceItems.id, distinctEvidence.itemId))
      .groupBy(distinctEvidence.priorityId),
  ]);
  const unanswered = unlinked
    .map((i) => ({ ...i, strength: strengths.get(i.id)! }))
    .filter((i) => i.strength.level === 'strong')
    .sort((a, b) => b.strength.items - a.strength.items || a.statement.localeCompare(b.statement))
    .map((i) => ({
      insightId: i.id,
      statement: i.statement,
      items: i.strength.items,
      reason: `A strong insight (${plural(i.strength.items, 'piece', 'pieces')} of evidence from ${plural(i.strength.sourceKinds, 'kind', 'kinds')} of source) that no priority answers yet.`,
    }));
  const byPriority = new Map(counted.map((c) => [c.priorityId, c]));
  const thin = themes.flatMap((p) => {
    const row = byPriority.get(p.id) ?? { items: 0, kinds: 0, staffItems: 0, answers: 0, staffGroups: 0 };
    const reasons = thinReasons(row);
    return reasons.length ? [{ priorityId: p.id, title: p.title, items: row.items, reasons }] : [];
  });
  return { unanswered, thin };
}
