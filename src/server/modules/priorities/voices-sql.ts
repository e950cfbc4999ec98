import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { type SOURCE_KIND_OF, strengthLevel } from '../insights/index.js';
import { sourceKindSql, type StrengthBrief } from './strength-sql.js';

/** The priority's distinct evidence items counted by source and survey segment, with one item of each group. */
export interface EvidenceGroup {
  source: keyof typeof SOURCE_KIND_OF;
  surveyId: string | null;
  divisionId: string | null;
  staffGroupId: string | null;
  n: number;
  sampleId: string;
}

interface Row {
  insight_id: string | null;
  source: string | null;
  survey_id: string | null;
  division_id: string | null;
  staff_group_id: string | null;
  n: number;
  kinds: number;
  sample_id: string | null;
}

/**
 * Everything the "voices behind" view counts, in one pass over the priority's evidence links: the
 * join from links to evidence items is the whole cost on a large library (one index lookup per
 * link), so it is done once, materialised, and both aggregates read it. Groups count distinct
 * items (an item behind two insights is one voice); per-insight figures count each insight's
 * own links, as the insights module's strength rule does.
 */
export async function countPriorityEvidence(db: Db, priorityId: string): Promise<{ groups: EvidenceGroup[]; strengths: Map<string, StrengthBrief> }> {
  const result = await db.execute(sql`
    WITH links AS MATERIALIZED (
      SELECT ie.insight_id, evidence_items.id, evidence_items.source, evidence_items.survey_id,
             evidence_items.division_id, evidence_items.staff_group_id, ${sourceKindSql} AS kind
        FROM priority_insights pi
        JOIN insight_evidence ie ON ie.insight_id = pi.insight_id
        JOIN evidence_items ON evidence_items.id = ie.evidence_item_id
       WHERE pi.priority_id = ${priorityId}
    )
    SELECT NULL::uuid AS insight_id, source, survey_id, division_id, staff_group_id,
           count(DISTINCT id)::int AS n, 0 AS kinds, (array_agg(id))[1] AS sample_id
      FROM links GROUP BY source, survey_id, division_id, staff_group_id
    UNION ALL
    SELECT insight_id, NULL, NULL, NULL, NULL, count(*)::int, count(DISTINCT kind)::int, NULL
      FROM links GROUP BY insight_id`);
  const rows = (result as unknown as { rows: Row[] }).rows;
  const groups: EvidenceGroup[] = [];
  const strengths = new Map<string, StrengthBrief>();
  for (const row of rows) {
    if (row.insight_id) strengths.set(row.insight_id, { level: strengthLevel(row.n, row.kinds), items: row.n, sourceKinds: row.kinds });
    else groups.push({ source: row.source as EvidenceGroup['source'], surveyId: row.survey_id, divisionId: row.division_id, staffGroupId: row.staff_group_id, n: row.n, sampleId: row.sample_id! });
  }
  return { groups, strengths };
}
