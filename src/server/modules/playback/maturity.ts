import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Playback } from '../../../shared/contracts/playback.js';
import type { Db } from '../../platform/db/client.js';
import { maturityAssessments, maturityFrameworks, maturityMeasures, maturityScores } from '../maturity/index.js';

/**
 * The maturity radar of the playback: the latest assessment, preferring one made for this
 * strategy, then a complete one, then the most recent of the organisation's.
 */
export async function latestMaturity(db: Db, organisationId: string, strategyId: string): Promise<Playback['maturity']> {
  const a = maturityAssessments;
  const [latest] = await db
    .select({ id: a.id, title: a.title, assessedOn: a.assessedOn, frameworkId: a.frameworkId, framework: maturityFrameworks.name, max: maturityFrameworks.scaleMax })
    .from(a)
    .innerJoin(maturityFrameworks, eq(maturityFrameworks.id, a.frameworkId))
    .where(eq(a.organisationId, organisationId))
    .orderBy(
      desc(sql`${a.strategyId} IS NOT DISTINCT FROM ${strategyId}::uuid`),
      desc(sql`${a.status} = 'complete'`),
      desc(a.assessedOn),
      desc(a.createdAt),
    )
    .limit(1);
  if (!latest) return null;
  const measures = await db
    .select({ name: maturityMeasures.name, score: maturityScores.score })
    .from(maturityMeasures)
    .leftJoin(maturityScores, and(eq(maturityScores.measureId, maturityMeasures.id), eq(maturityScores.assessmentId, latest.id)))
    .where(eq(maturityMeasures.frameworkId, latest.frameworkId))
    .orderBy(asc(maturityMeasures.position));
  return { title: latest.title, framework: latest.framework, assessedOn: latest.assessedOn, max: latest.max, measures: measures.map((m) => ({ name: m.name, score: m.score ?? null })) };
}
