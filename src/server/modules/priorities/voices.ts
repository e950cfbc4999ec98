import { count, eq, sql } from 'drizzle-orm';
import type { SourceKind } from '../../../shared/contracts/insights.js';
import type { PriorityVoices } from '../../../shared/contracts/priorities.js';
import { effectiveThreshold } from '../../platform/anonymity.js';
import type { Db } from '../../platform/db/client.js';
import type { Actor } from '../../platform/http/access.js';
import { evidenceItems, segmentsOf } from '../evidence/index.js';
import { insightEvidence, insights, SOURCE_KIND_OF, spreadOfCounts } from '../insights/index.js';
import { organisations } from '../organisations/index.js';
import { loadPriority } from './load.js';
import { strengthBriefs } from './strength-sql.js';
import { priorityInsights } from './tables.js';

const LEADER_SOURCES = new Set(['interview_note', 'interview_excerpt']);

/** The distinct evidence items behind a priority, across all its insights (one item may back several). */
export function evidenceOfPriority(db: Db, priorityId: string) {
  return db
    .selectDistinct({ id: insightEvidence.evidenceItemId })
    .from(priorityInsights)
    .innerJoin(insightEvidence, eq(insightEvidence.insightId, priorityInsights.insightId))
    .where(eq(priorityInsights.priorityId, priorityId))
    .as('priority_evidence');
}

function add(map: Map<string | null, number>, key: string | null, n: number) {
  map.set(key, (map.get(key) ?? 0) + n);
}

/**
 * "Voices behind this priority": its insights → their evidence → where it came from. Counting is
 * done by the database (distinct items, grouped by source and by survey segment) so a priority
 * resting on a hundred thousand answers costs a few grouped queries. Each segment group is then
 * judged once by evidence's `segmentsOf` (what the results show) through one of its items, and the
 * counts per division and staff group go through the suppression function in `spreadOfCounts`.
 */
export async function priorityVoices(db: Db, actor: Actor, priorityId: string): Promise<PriorityVoices> {
  const { priority, strategy } = await loadPriority(db, actor, priorityId);
  const scope = { organisationId: strategy.organisationId, strategyId: strategy.id };
  const evidence = evidenceOfPriority(db, priority.id);
  const [bySource, bySegment, linked, [org]] = await Promise.all([
    db.select({ source: evidenceItems.source, n: count() }).from(evidence).innerJoin(evidenceItems, eq(evidenceItems.id, evidence.id)).groupBy(evidenceItems.source),
    db
      .select({
        surveyId: evidenceItems.surveyId,
        divisionId: evidenceItems.divisionId,
        staffGroupId: evidenceItems.staffGroupId,
        n: count(),
        sampleId: sql<string>`(array_agg(${evidenceItems.id}))[1]`,
      })
      .from(evidence)
      .innerJoin(evidenceItems, eq(evidenceItems.id, evidence.id))
      .where(eq(evidenceItems.source, 'survey_answer'))
      .groupBy(evidenceItems.surveyId, evidenceItems.divisionId, evidenceItems.staffGroupId),
    db
      .select({ id: insights.id, statement: insights.statement })
      .from(priorityInsights)
      .innerJoin(insights, eq(insights.id, priorityInsights.insightId))
      .where(eq(priorityInsights.priorityId, priority.id))
      .orderBy(insights.statement),
    db.select({ k: organisations.minGroupSize }).from(organisations).where(eq(organisations.id, strategy.organisationId)),
  ]);
  const k = org?.k ?? 10;
  const sources: Record<SourceKind, number> = { survey: 0, interview: 0, workshop: 0, system: 0 };
  let leaders = 0;
  for (const row of bySource) {
    sources[SOURCE_KIND_OF[row.source]] += row.n;
    if (LEADER_SOURCES.has(row.source)) leaders += row.n;
  }
  const items = bySource.reduce((s, r) => s + r.n, 0);
  const [shown, strengths] = await Promise.all([
    segmentsOf(db, scope, bySegment.map((g) => g.sampleId)),
    strengthBriefs(db, { insightIds: linked.map((i) => i.id) }),
  ]);
  const divisions = new Map<string | null, number>();
  const staffGroups = new Map<string | null, number>();
  for (const group of bySegment) {
    const segment = shown.get(group.sampleId);
    add(divisions, segment?.division ?? null, group.n);
    add(staffGroups, segment?.staffGroup ?? null, group.n);
  }
  return {
    priorityId: priority.id,
    items,
    sources,
    leaders,
    staff: items - leaders,
    divisions: spreadOfCounts(divisions, k),
    staffGroups: spreadOfCounts(staffGroups, k),
    minGroupSize: effectiveThreshold(k),
    insights: linked.map((i) => ({ ...i, strength: strengths.get(i.id)! })),
  };
}
