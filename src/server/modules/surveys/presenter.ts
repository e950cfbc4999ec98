import type { SurveySummary } from '../../../shared/contracts/surveys.js';
import type { Role } from '../../platform/policy.js';
import { seesResponses, surveyAbilities } from './policy.js';
import type { surveys } from './tables.js';

export interface SurveyFigures {
  questionCount: number;
  responseCount: number;
  strategyArchived: boolean;
}

/** Open, and now falls inside the opening and closing dates when they are set. */
export function isAcceptingResponses(row: Pick<typeof surveys.$inferSelect, 'status' | 'opensAt' | 'closesAt'>, now = new Date()): boolean {
  if (row.status !== 'open') return false;
  if (row.opensAt && row.opensAt > now) return false;
  return !(row.closesAt && row.closesAt <= now);
}

export function presentSurvey(row: typeof surveys.$inferSelect, figures: SurveyFigures, role: Role): SurveySummary {
  return {
    id: row.id,
    organisationId: row.organisationId,
    strategyId: row.strategyId,
    title: row.title,
    intro: row.intro,
    thankYou: row.thankYou,
    status: row.status,
    anonymous: row.anonymous,
    identifyingKept: row.identifyingKept,
    opensAt: row.opensAt?.toISOString() ?? null,
    closesAt: row.closesAt?.toISOString() ?? null,
    acceptingResponses: isAcceptingResponses(row),
    questionCount: figures.questionCount,
    responseCount: seesResponses(role) ? figures.responseCount : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    can: surveyAbilities(role, { status: row.status, responseCount: figures.responseCount, strategyArchived: figures.strategyArchived }),
  };
}
