import { and, asc, eq, ne } from 'drizzle-orm';
import type { PlaybackChart, PlaybackCoverage, Playback } from '../../../shared/contracts/playback.js';
import type { QuestionDefinition } from '../../../shared/contracts/survey-definition.js';
import { ALL } from '../../platform/anonymity.js';
import type { Db } from '../../platform/db/client.js';
import type { Actor } from '../../platform/http/access.js';
import { coverage, loadResultsContext, present, questionResult } from '../results/index.js';
import { surveys } from '../surveys/index.js';

/** The questions a chart says most about: one answer per person on a scale or a list. */
const CHARTED: readonly QuestionDefinition['type'][] = ['likert', 'single_choice', 'rating', 'multiple_choice'];
/** A leader reads a few charts per survey, not every question: the rest are on the results pages. */
export const CHARTS_PER_SURVEY = 3;
/** The coverage page's default target: the same words as there. */
const TARGET_RATE = 0.3;

type SurveyPart = Pick<Playback['heard'], 'surveys'> & { coverage: PlaybackCoverage[]; charts: PlaybackChart[] };

/**
 * What the strategy's surveys say, every figure from the results module (the suppressed cubes):
 * responses per survey, coverage against headcount with the groups still unheard, and charts of
 * each survey's first few closed questions. Draft surveys have no answers and are left out.
 */
export async function surveyPart(db: Db, actor: Actor, strategyId: string): Promise<SurveyPart> {
  const rows = await db
    .select({ id: surveys.id, title: surveys.title, status: surveys.status })
    .from(surveys)
    .where(and(eq(surveys.strategyId, strategyId), eq(surveys.organisationId, actor.member.organisationId), ne(surveys.status, 'draft')))
    .orderBy(asc(surveys.createdAt), asc(surveys.id));
  const out: SurveyPart = { surveys: [], coverage: [], charts: [] };
  for (const row of rows) {
    const loaded = await loadResultsContext(db, actor, row.id);
    out.surveys.push({ ...row, responses: present(loaded.cubes.respondents.get([ALL, ALL, ALL])) });
    const covered = await coverage(db, actor.member.organisationId, loaded.profile, loaded.cubes, TARGET_RATE);
    const label = (key: string, list: { key: string; label: string }[]) => list.find((o) => o.key === key)?.label ?? 'Not stated';
    const named = (g: { staffGroup: string; division: string }) => ({
      staffGroup: label(g.staffGroup, covered.staffGroups),
      division: label(g.division, covered.divisions),
    });
    out.coverage.push({
      surveyId: row.id,
      title: row.title,
      responses: covered.total.responses,
      headcount: covered.total.headcount,
      rate: covered.total.rate,
      neverHeard: covered.neverHeard.map(named),
      belowTarget: covered.belowTarget.map(named),
      targetRate: covered.targetRate,
    });
    const questions = loaded.definition.questions.filter((q) => CHARTED.includes(q.type)).slice(0, CHARTS_PER_SURVEY);
    for (const question of questions) {
      const result = await questionResult({ db, surveyId: row.id, question, profile: loaded.profile, cubes: loaded.cubes, filter: {}, segmentLabels: loaded.segmentLabels });
      out.charts.push({
        surveyId: row.id,
        surveyTitle: row.title,
        questionId: question.id,
        title: question.title,
        respondents: result.respondents,
        bars: result.items.map((i) => ({ label: i.label, count: i.count, percent: i.percent })),
      });
    }
  }
  return out;
}
