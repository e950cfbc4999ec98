import { and, asc, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { maturityAssessments, maturityScores } from '../maturity/index.js';

const monthDay = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export interface CurrentLevel {
  level: number;
  /** "Baseline, 10 January 2026": the assessment the level comes from. */
  from: string;
}

/**
 * Each measure's level in the latest assessment that scored it: completed assessments before
 * drafts, then the most recent day. One query for any number of measures.
 */
export async function currentLevels(db: Db, organisationId: string, measureIds: string[]): Promise<Map<string, CurrentLevel>> {
  const out = new Map<string, CurrentLevel>();
  if (!measureIds.length) return out;
  const rows = await db
    .selectDistinctOn([maturityScores.measureId], {
      measureId: maturityScores.measureId,
      score: maturityScores.score,
      title: maturityAssessments.title,
      assessedOn: maturityAssessments.assessedOn,
    })
    .from(maturityScores)
    .innerJoin(maturityAssessments, eq(maturityAssessments.id, maturityScores.assessmentId))
    .where(and(eq(maturityAssessments.organisationId, organisationId), inArray(maturityScores.measureId, measureIds), isNotNull(maturityScores.score)))
    .orderBy(asc(maturityScores.measureId), sql`(${maturityAssessments.status} = 'complete') desc`, desc(maturityAssessments.assessedOn), desc(maturityAssessments.createdAt));
  for (const r of rows) out.set(r.measureId, { level: r.score!, from: `${r.title}, ${monthDay.format(new Date(`${r.assessedOn}T00:00:00Z`))}` });
  return out;
}
