import { and, eq, inArray } from 'drizzle-orm';
import type { Strength } from '../../../shared/contracts/insights.js';
import type { Db } from '../../platform/db/client.js';
import { evidenceItems, segmentsOf, type EvidenceScope } from '../evidence/index.js';
import { organisations } from '../organisations/index.js';
import { strengthOf } from './strength.js';
import { insightEvidence, insights } from './tables.js';

/**
 * The strength of every insight of a strategy (or of the ones named), computed from the links as
 * they are now: never stored, so it cannot go stale when evidence is added, removed or re-tagged.
 * Segments come from evidence's `segmentsOf` (what the results show) and the counts per group go
 * through the suppression function in `strengthOf`.
 */
export async function insightsWithStrength(db: Db, scope: EvidenceScope, insightIds?: string[]): Promise<Map<string, Strength>> {
  const where = [eq(insights.strategyId, scope.strategyId), eq(insights.organisationId, scope.organisationId)];
  if (insightIds) where.push(inArray(insights.id, insightIds.length ? insightIds : ['00000000-0000-0000-0000-000000000000']));
  const [rows, links, [org]] = await Promise.all([
    db.select({ id: insights.id }).from(insights).where(and(...where)),
    db
      .select({ insightId: insightEvidence.insightId, itemId: evidenceItems.id, source: evidenceItems.source })
      .from(insightEvidence)
      .innerJoin(insights, eq(insights.id, insightEvidence.insightId))
      .innerJoin(evidenceItems, eq(evidenceItems.id, insightEvidence.evidenceItemId))
      .where(and(...where)),
    db.select({ k: organisations.minGroupSize }).from(organisations).where(eq(organisations.id, scope.organisationId)),
  ]);
  const answerIds = [...new Set(links.filter((l) => l.source === 'survey_answer').map((l) => l.itemId))];
  const segments = await segmentsOf(db, scope, answerIds);
  const out = new Map<string, Strength>();
  for (const { id } of rows) {
    const items = links
      .filter((l) => l.insightId === id)
      .map((l) => {
        const segment = segments.get(l.itemId);
        return { source: l.source, division: segment?.division ?? null, staffGroup: segment?.staffGroup ?? null };
      });
    out.set(id, strengthOf(items, org?.k ?? 10));
  }
  return out;
}
