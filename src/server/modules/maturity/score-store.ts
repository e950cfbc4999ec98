import { and, eq } from 'drizzle-orm';
import type { ScoreInput } from '../../../shared/contracts/maturity.js';
import type { Db } from '../../platform/db/client.js';
import { badRequest } from '../../platform/errors.js';
import type { Actor } from '../../platform/http/access.js';
import { strategies } from '../strategies/index.js';
import type { MeasureRow, ScoreRow } from './presenter.js';
import { maturityScores } from './tables.js';

type ParsedScore = { measureId: string; score: number | null; rationale: string; evidence: { label: string; url: string | null }[] };

/** Writes the scores named (score, rationale and evidence together), after checking them against the framework. */
export async function saveScores(tx: Db, assessmentId: string, scaleMax: number, measures: MeasureRow[], scores: ScoreInput[]): Promise<void> {
  for (const input of scores as ParsedScore[]) {
    const measure = measures.find((m) => m.id === input.measureId);
    if (!measure) {
      throw badRequest('A score names a measure this framework does not have', [{ field: 'scores', message: 'A score names a measure this framework does not have' }]);
    }
    if (input.score !== null && input.score > scaleMax) {
      const message = `The score for ${measure.name} must be from 1 to ${scaleMax}`;
      throw badRequest(message, [{ field: `scores.${measure.id}`, message }]);
    }
    const values = { score: input.score, rationale: input.rationale, evidence: input.evidence };
    await tx
      .insert(maturityScores)
      .values({ assessmentId, measureId: measure.id, ...values })
      .onConflictDoUpdate({ target: [maturityScores.assessmentId, maturityScores.measureId], set: values });
  }
}

/** What the audit trail keeps of the scores: numbers and sizes, not the rationale's text. */
export function scoresSnapshot(measures: MeasureRow[], scores: ScoreRow[]): Record<string, { score: number | null; rationaleLength: number; evidence: number }> {
  return Object.fromEntries(
    measures.map((m) => {
      const s = scores.find((x) => x.measureId === m.id);
      return [m.name, { score: s?.score ?? null, rationaleLength: s?.rationale.length ?? 0, evidence: s?.evidence.length ?? 0 }];
    }),
  );
}

/** A linked strategy must be one of the organisation's own. */
export async function assertStrategyIsOwn(tx: Db, actor: Actor, strategyId: string | null | undefined): Promise<void> {
  if (!strategyId) return;
  const [row] = await tx
    .select({ id: strategies.id, archivedAt: strategies.archivedAt })
    .from(strategies)
    .where(and(eq(strategies.id, strategyId), eq(strategies.organisationId, actor.member.organisationId)));
  if (!row) throw badRequest('Choose a strategy from this organisation', [{ field: 'strategyId', message: 'Choose a strategy from this organisation' }]);
  if (row.archivedAt) throw badRequest('Choose a strategy that is not archived', [{ field: 'strategyId', message: 'This strategy is archived: choose one in use, or none' }]);
}
