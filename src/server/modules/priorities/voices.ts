import { eq } from 'drizzle-orm';
import type { SourceKind } from '../../../shared/contracts/insights.js';
import type { PriorityVoices } from '../../../shared/contracts/priorities.js';
import { effectiveThreshold } from '../../platform/anonymity.js';
import type { Db } from '../../platform/db/client.js';
import type { Actor } from '../../platform/http/access.js';
import { segmentsOf } from '../evidence/index.js';
import { insights, SOURCE_KIND_OF, spreadOfCounts } from '../insights/index.js';
import { organisations } from '../organisations/index.js';
import { loadPriority } from './load.js';
import type { StrengthBrief } from './strength-sql.js';
import { countPriorityEvidence } from './voices-sql.js';
import { priorityInsights } from './tables.js';

const NO_EVIDENCE: StrengthBrief = { level: 'emerging', items: 0, sourceKinds: 0 };
const LEADER_SOURCES = new Set(['interview_note', 'interview_excerpt']);

function add(map: Map<string | null, number>, key: string | null, n: number) {
  map.set(key, (map.get(key) ?? 0) + n);
}

/**
 * "Voices behind this priority": its insights → their evidence → where it came from. Counting is
 * done by the database in one pass (`countPriorityEvidence`), so a priority resting on thousands of
 * answers costs one grouped query. Each segment group is then
 * judged once by evidence's `segmentsOf` (what the results show) through one of its items, and the
 * counts per division and staff group go through the suppression function in `spreadOfCounts`.
 */
export async function priorityVoices(db: Db, actor: Actor, priorityId: string): Promise<PriorityVoices> {
  const { priority, strategy } = await loadPriority(db, actor, priorityId);
  const scope = { organisationId: strategy.organisationId, strategyId: strategy.id };
  const [{ groups, strengths }, linked, [org]] = await Promise.all([
    countPriorityEvidence(db, priority.id),
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
  for (const row of groups) {
    sources[SOURCE_KIND_OF[row.source]] += row.n;
    if (LEADER_SOURCES.has(row.source)) leaders += row.n;
  }
  const items = groups.reduce((s, r) => s + r.n, 0);
  const bySegment = groups.filter((g) => g.source === 'survey_answer');
  const shown = await segmentsOf(db, scope, bySegment.map((g) => g.sampleId));
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
    insights: linked.map((i) => ({ ...i, strength: strengths.get(i.id) ?? NO_EVIDENCE })),
  };
}
