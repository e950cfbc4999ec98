import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { SurveyBuilder, SurveySummary } from '../../../shared/contracts/surveys.js';
import { checkDefinition } from '../../../shared/survey-logic.js';
import type { Db } from '../../platform/db/client.js';
import { notFound } from '../../platform/errors.js';
import type { Actor } from '../../platform/http/access.js';
import { loadProfileChoices } from '../workforce/index.js';
import { loadStrategy } from '../strategies/index.js';
import { loadAnswered, responseCounts } from './answered.js';
import { loadSurveyDefinition } from './definition.js';
import { presentSurvey } from './presenter.js';
import { seesResponses } from './policy.js';
import { surveyQuestions, surveys } from './tables.js';

export type SurveyRow = typeof surveys.$inferSelect;

/** A survey of the actor's organisation; anything else is "not found". */
export async function loadSurvey(db: Db, actor: Actor, surveyId: string): Promise<SurveyRow> {
  const [row] = await db
    .select()
    .from(surveys)
    .where(and(eq(surveys.id, surveyId), eq(surveys.organisationId, actor.member.organisationId)));
  if (!row) throw notFound('The survey');
  return row;
}

export async function surveyOwner(db: Db, surveyId: string): Promise<string | null> {
  const [row] = await db.select({ organisationId: surveys.organisationId }).from(surveys).where(eq(surveys.id, surveyId));
  return row?.organisationId ?? null;
}

async function questionCounts(db: Db, surveyIds: string[]): Promise<Map<string, number>> {
  if (surveyIds.length === 0) return new Map();
  const rows = await db
    .select({ surveyId: surveyQuestions.surveyId, n: count() })
    .from(surveyQuestions)
    .where(inArray(surveyQuestions.surveyId, surveyIds))
    .groupBy(surveyQuestions.surveyId);
  return new Map(rows.map((r) => [r.surveyId, Number(r.n)]));
}

async function summaries(db: Db, actor: Actor, rows: SurveyRow[], strategyArchived: boolean): Promise<SurveySummary[]> {
  const ids = rows.map((r) => r.id);
  const [questions, responses] = await Promise.all([questionCounts(db, ids), responseCounts(db, ids)]);
  return rows.map((row) =>
    presentSurvey(row, { questionCount: questions.get(row.id) ?? 0, responseCount: responses.get(row.id) ?? 0, strategyArchived }, actor.member.role),
  );
}

/** The surveys of a strategy, newest first, including those imported from other tools (so their results can be found). */
export async function listSurveys(db: Db, actor: Actor, strategyId: string): Promise<SurveySummary[]> {
  const strategy = await loadStrategy(db, actor, strategyId);
  const rows = await db
    .select()
    .from(surveys)
    .where(and(eq(surveys.strategyId, strategy.id), eq(surveys.organisationId, actor.member.organisationId)))
    .orderBy(desc(surveys.createdAt), asc(surveys.title));
  return summaries(db, actor, rows, strategy.archivedAt !== null);
}

export async function surveySummary(db: Db, actor: Actor, surveyId: string): Promise<SurveySummary> {
  const row = await loadSurvey(db, actor, surveyId);
  const strategy = await loadStrategy(db, actor, row.strategyId);
  return (await summaries(db, actor, [row], strategy.archivedAt !== null))[0]!;
}

/** Everything the builder and the preview show: settings, sections, questions and what blocks publishing. */
export async function surveyBuilder(db: Db, actor: Actor, surveyId: string): Promise<SurveyBuilder> {
  const survey = await surveySummary(db, actor, surveyId);
  const [definition, profileChoices] = await Promise.all([
    loadSurveyDefinition(db, surveyId),
    loadProfileChoices(db, actor.member.organisationId),
  ]);
  // Which choices have answers tells who answered (a staff group, a site): only for those who see responses.
  const answered = seesResponses(actor.member.role) ? await loadAnswered(db, surveyId, definition) : null;
  return {
    survey,
    sections: definition.sections,
    questions: definition.questions.map((q) =>
      answered ? { ...q, answered: answered.questions.has(q.id), answeredKeys: [...(answered.keys.get(q.id) ?? [])].sort() } : q,
    ),
    profileChoices,
    problems: checkDefinition(definition),
  };
}

/** Whether any survey of the strategy has been published (open now, or run and closed). */
export async function hasPublishedSurvey(db: Db, strategyId: string): Promise<boolean> {
  const [row] = await db
    .select({ n: count() })
    .from(surveys)
    .where(and(eq(surveys.strategyId, strategyId), sql`${surveys.status} IN ('open', 'closed')`));
  return Number(row?.n ?? 0) > 0;
}
