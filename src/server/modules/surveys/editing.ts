import { and, eq, sql } from 'drizzle-orm';
import type { QuestionDefinition, SurveyDefinition } from '../../../shared/contracts/survey-definition.js';
import { PROFILE_DIMENSION_LABELS } from '../../../shared/survey-builder.js';
import { checkDefinition } from '../../../shared/survey-logic.js';
import { auditActor } from '../../platform/audit-actor.js';
import { writeAudit } from '../../platform/audit.js';
import type { Db } from '../../platform/db/client.js';
import { AppError, conflict, notFound } from '../../platform/errors.js';
import type { Actor } from '../../platform/http/access.js';
import { loadStrategy } from '../strategies/index.js';
import { loadAnswered, type Answered } from './answered.js';
import { loadSurveyDefinition } from './definition.js';
import type { SurveyRow } from './queries.js';
import { surveyQuestions, surveyResponses, surveys, surveySections } from './tables.js';

/**
 * What every builder command shares: the survey locked for the length of the transaction
 * (so two people reordering at once cannot leave two questions at one position), its
 * definition, and what has been answered already.
 */
export interface Editing {
  survey: SurveyRow;
  definition: SurveyDefinition;
  answered: Answered;
  hasResponses: boolean;
}

export async function beginEditing(tx: Db, actor: Actor, surveyId: string): Promise<Editing> {
  const [survey] = await tx
    .select()
    .from(surveys)
    .where(and(eq(surveys.id, surveyId), eq(surveys.organisationId, actor.member.organisationId)))
    .for('update');
  if (!survey) throw notFound('The survey');
  const strategy = await loadStrategy(tx, actor, survey.strategyId);
  if (strategy.archivedAt) throw conflict('This strategy is archived. Restore it before changing its surveys.');
  const definition = await loadSurveyDefinition(tx, surveyId);
  const answered = await loadAnswered(tx, surveyId, definition);
  return { survey, definition, answered, hasResponses: answered.questions.size > 0 || (await hasResponses(tx, surveyId)) };
}

async function hasResponses(tx: Db, surveyId: string): Promise<boolean> {
  const rows = await tx.select({ id: surveyResponses.id }).from(surveyResponses).where(eq(surveyResponses.surveyId, surveyId)).limit(1);
  return rows.length > 0;
}

export function findQuestion(editing: Editing, questionId: string): QuestionDefinition {
  const question = editing.definition.questions.find((q) => q.id === questionId);
  if (!question) throw notFound('The question');
  return question;
}

export function findSection(editing: Editing, sectionId: string) {
  const section = editing.definition.sections.find((s) => s.id === sectionId);
  if (!section) throw notFound('The section');
  return section;
}

/** "Question 4 (“Which systems…”)" — how messages name a question, numbered as respondents see it. */
export function nameQuestion(definition: SurveyDefinition, questionId: string): string {
  const index = definition.questions.findIndex((q) => q.id === questionId);
  const question = definition.questions[index];
  if (!question) return 'A question';
  const title = question.title.length > 60 ? `${question.title.slice(0, 57)}…` : question.title;
  return `Question ${index + 1} (“${title}”)`;
}

/**
 * Conditions must point to an earlier question. Questions are named as the person sees them
 * now (`seenAs`, the definition before the change). A move or delete that would break that is
 * refused rather than silently clearing the condition: the builder says which question
 * depends on which, and the person decides.
 */
export function assertConditionsHold(definition: SurveyDefinition, doing: string, seenAs: SurveyDefinition): void {
  const index = new Map(definition.questions.map((q, i) => [q.id, i]));
  for (const [i, question] of definition.questions.entries()) {
    if (!question.showIf) continue;
    const parent = index.get(question.showIf.questionId);
    if (parent === undefined) {
      throw conflict(`${doing} would leave ${nameQuestion(seenAs, question.id)} depending on a question that no longer exists. Remove or change its condition first.`);
    }
    if (parent >= i) {
      throw conflict(
        `${doing} would put ${nameQuestion(seenAs, question.id)} before the question it depends on, ${nameQuestion(seenAs, question.showIf.questionId).replace('Question', 'question')}. ` +
          'A question can only depend on an earlier one: change or remove its condition first.',
      );
    }
  }
}

/** An open or closed survey must stay publishable after every change. */
export function assertStillPublishable(editing: Editing, next: SurveyDefinition): void {
  if (editing.survey.status === 'draft') return;
  const problems = checkDefinition(next);
  if (problems.length === 0) return;
  throw new AppError(
    409,
    'survey_would_break',
    `This survey is ${editing.survey.status}, so every question must stay complete: ${problems[0]!.message.toLowerCase()}.`,
    problems.map((p) => ({ field: p.questionId, message: `${nameQuestion(next, p.questionId)}: ${p.message}` })),
  );
}

/**
 * Writes the order of `next` (sections in order, questions section by section) as dense
 * positions 0..n-1, touching only the rows whose place changed.
 */
export async function saveOrder(tx: Db, before: SurveyDefinition, next: SurveyDefinition): Promise<void> {
  const place = (definition: SurveyDefinition) => {
    const sections = new Map(definition.sections.map((s, i) => [s.id, i]));
    const questions = new Map<string, { sectionId: string; position: number }>();
    const seen = new Map<string, number>();
    for (const q of definition.questions) {
      const position = seen.get(q.sectionId) ?? 0;
      questions.set(q.id, { sectionId: q.sectionId, position });
      seen.set(q.sectionId, position + 1);
    }
    return { sections, questions };
  };
  const was = place(before);
  const now = place(next);
  for (const [id, position] of now.sections) {
    if (was.sections.get(id) !== position) await tx.update(surveySections).set({ position }).where(eq(surveySections.id, id));
  }
  for (const [id, where] of now.questions) {
    const old = was.questions.get(id);
    if (old && old.sectionId === where.sectionId && old.position === where.position) continue;
    await tx.update(surveyQuestions).set(where).where(eq(surveyQuestions.id, id));
  }
}

/** Questions in the order respondents meet them, after sections are reordered or a question moves. */
export function inSectionOrder(sections: SurveyDefinition['sections'], questions: QuestionDefinition[]): QuestionDefinition[] {
  return sections.flatMap((s) => questions.filter((q) => q.sectionId === s.id));
}

export async function touchSurvey(tx: Db, surveyId: string): Promise<void> {
  await tx.update(surveys).set({ updatedAt: sql`now()` }).where(eq(surveys.id, surveyId));
}

export async function auditSurvey(
  tx: Db,
  actor: Actor,
  survey: SurveyRow,
  entry: { action: string; subjectType?: string; subjectId?: string; before?: Record<string, unknown> | null; after?: Record<string, unknown> | null },
): Promise<void> {
  // Section and question records name their survey, so the trail can be read per survey.
  const extra = entry.subjectType && entry.subjectType !== 'survey' ? { surveyId: survey.id } : {};
  await writeAudit(tx, auditActor(actor), {
    organisationId: actor.member.organisationId,
    action: entry.action,
    subjectType: entry.subjectType ?? 'survey',
    subjectId: entry.subjectId ?? survey.id,
    before: entry.before ? { ...entry.before, ...extra } : null,
    after: entry.after ? { ...entry.after, ...extra } : null,
  });
}

/** Segmentation reads one answer per dimension, so a survey asks about each at most once. */
export function assertOneProfilePerDimension(definition: SurveyDefinition, seenAs: SurveyDefinition): void {
  const seen = new Map<string, string>();
  for (const question of definition.questions) {
    if (question.type !== 'profile' || !question.dimension) continue;
    const earlier = seen.get(question.dimension);
    if (earlier) {
      const what = PROFILE_DIMENSION_LABELS[question.dimension].toLowerCase();
      throw conflict(`${nameQuestion(seenAs, earlier)} already asks for the respondent's ${what}. A survey asks about each only once.`, [
        { field: 'dimension', message: `This survey already asks for the ${what}` },
      ]);
    }
    seen.set(question.dimension, question.id);
  }
}
