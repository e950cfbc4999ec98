import type { Assessment, AssessmentSummary, Framework } from '../../../shared/contracts/maturity.js';
import type { Role } from '../../platform/policy.js';
import { assessmentAbilities, frameworkAbilities } from './policy.js';
import type { maturityAssessments, maturityFrameworks, maturityMeasures, maturityScores } from './tables.js';

type FrameworkRow = typeof maturityFrameworks.$inferSelect;
type AssessmentRow = typeof maturityAssessments.$inferSelect;
export type MeasureRow = typeof maturityMeasures.$inferSelect;
export type ScoreRow = typeof maturityScores.$inferSelect;

export function presentFramework(row: FrameworkRow, measures: MeasureRow[], assessmentCount: number, role: Role): Framework {
  return {
    id: row.id,
    builtIn: row.builtIn,
    name: row.name,
    description: row.description,
    scaleMax: row.scaleMax,
    measures: measures.map((m) => ({ id: m.id, name: m.name, description: m.description, chorusSummary: m.chorusSummary, position: m.position })),
    assessmentCount,
    can: frameworkAbilities(role, row.builtIn !== null, assessmentCount),
  };
}

/** A measure is finished when it has a score and a rationale that is more than spaces. */
export const isFinished = (score: ScoreRow | undefined) => !!score && score.score !== null && score.rationale.trim().length > 0;

/** Names of the measures not yet finished, in framework order: what stops completion. */
export function missingMeasures(measures: MeasureRow[], scores: ScoreRow[]): string[] {
  return measures.filter((m) => !isFinished(scores.find((s) => s.measureId === m.id))).map((m) => m.name);
}

export function presentSummary(
  row: AssessmentRow,
  framework: FrameworkRow,
  measures: MeasureRow[],
  scores: ScoreRow[],
  strategy: { id: string; name: string; archived: boolean } | null,
): AssessmentSummary {
  const ids = new Set(measures.map((m) => m.id));
  return {
    id: row.id,
    title: row.title,
    assessedOn: row.assessedOn,
    status: row.status,
    framework: { id: framework.id, name: framework.name, scaleMax: framework.scaleMax },
    strategy,
    scoredCount: scores.filter((s) => ids.has(s.measureId) && s.score !== null).length,
    measureCount: measures.length,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentAssessment(
  row: AssessmentRow,
  framework: FrameworkRow,
  measures: MeasureRow[],
  scores: ScoreRow[],
  strategy: { id: string; name: string; archived: boolean } | null,
  role: Role,
): Assessment {
  return {
    ...presentSummary(row, framework, measures, scores, strategy),
    assessors: row.assessors,
    completedAt: row.completedAt?.toISOString() ?? null,
    measures: measures.map((m) => {
      const score = scores.find((s) => s.measureId === m.id);
      return {
        measureId: m.id,
        name: m.name,
        description: m.description,
        chorusSummary: m.chorusSummary,
        score: score?.score ?? null,
        rationale: score?.rationale ?? '',
        evidence: score?.evidence ?? [],
      };
    }),
    missing: missingMeasures(measures, scores),
    can: assessmentAbilities(role, row.status, strategy?.archived ?? false),
  };
}
