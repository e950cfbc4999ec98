import { and, count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { StrengthLevel } from '../../../shared/contracts/insights.js';
import type { Db } from '../../platform/db/client.js';
import { evidenceItems } from '../evidence/index.js';
import { insightEvidence, insights, SOURCE_KIND_OF, strengthLevel } from '../insights/index.js';

/**
 * The kind of source (survey, interview, workshop, system) of an evidence item, in SQL, from the
 * insights module's own map, so counting kinds in the database agrees with its strength rule.
 * The keys and kinds are this code's constants, never input, so they are written as literals.
 */
export const sourceKindSql: SQL<string> = sql.raw(
  `case "evidence_items"."source" ${Object.entries(SOURCE_KIND_OF)
    .map(([source, kind]) => `when '${source}' then '${kind}'`)
    .join(' ')} end`,
) as SQL<string>;

export interface StrengthBrief {
  level: StrengthLevel;
  items: number;
  sourceKinds: number;
}

const none: StrengthBrief = { level: 'emerging', items: 0, sourceKinds: 0 };

/**
 * Level, items and kinds of source per insight, counted by the database: the level depends on
 * nothing else, so it is the same as the insights module's, without loading every link.
 */
export async function strengthBriefs(db: Db, where: { strategyId: string } | { insightIds: string[] }): Promise<Map<string, StrengthBrief>> {
  const filter = 'strategyId' in where ? eq(insights.strategyId, where.strategyId) : inArray(insights.id, where.insightIds.length ? where.insightIds : ['00000000-0000-0000-0000-000000000000']);
  const [all, counted] = await Promise.all([
    db.select({ id: insights.id }).from(insights).where(filter),
    db
      .select({ id: insightEvidence.insightId, items: count(), kinds: sql<number>`count(distinct ${sourceKindSql})::int` })
      .from(insightEvidence)
      .innerJoin(insights, eq(insights.id, insightEvidence.insightId))
      .innerJoin(evidenceItems, eq(evidenceItems.id, insightEvidence.evidenceItemId))
      .where(and(filter))
      .groupBy(insightEvidence.insightId),
  ]);
  const out = new Map<string, StrengthBrief>(all.map((r) => [r.id, none]));
  for (const r of counted) out.set(r.id, { level: strengthLevel(r.items, r.kinds), items: r.items, sourceKinds: r.kinds });
  return out;
}
