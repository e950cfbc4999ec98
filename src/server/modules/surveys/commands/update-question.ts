import { eq } from 'drizzle-orm';
import type { Choice, QuestionDefinition } from '../../../../shared/contracts/survey-definition.js';
import type { EditedChoice, UpdateQuestion } from '../../../../shared/contracts/surveys.js';
import { conditionProblem, defaultQuestion, freshKey, usesOptions } from '../../../../shared/survey-builder.js';
import { badRequest, conflict } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import {
  assertConditionsHold,
  assertOneProfilePerDimension,
  assertStillPublishable,
  auditSurvey,
  beginEditing,
  findQuestion,
  nameQuestion,
  touchSurvey,
  type Editing,
} from '../editing.js';
import { resolveSystemChoices } from '../system-choices.js';
import { surveyQuestions } from '../tables.js';

/**
 * Edits a question. Wording, help and the required flag can change at any time. Once people
 * have answered, changes that would corrupt their answers are refused: a new type, another
 * profile dimension, or removing an option or statement someone chose.
 */
export async function updateQuestion(ctx: AppContext, actor: Actor, surveyId: string, questionId: string, input: UpdateQuestion) {
  return ctx.db.transaction(async (tx) => {
    const editing = await beginEditing(tx, actor, surveyId);
    const before = findQuestion(editing, questionId);
    const systemChoices =
      (input.type ?? before.type) === 'systems' && input.systemIds
        ? await resolveSystemChoices(tx, actor.member.organisationId, input.systemIds, before.type === 'systems' ? before.options : [])
        : undefined;
    const after = applyChanges(editing, before, input, systemChoices);
    const next = { sections: editing.definition.sections, questions: editing.definition.questions.map((q) => (q.id === questionId ? after : q)) };
    if (after.showIf) {
      const parent = next.questions.find((q) => q.id === after.showIf!.questionId);
      const problem = conditionProblem(after, parent, after.showIf);
      if (problem) throw badRequest(problem, [{ field: 'showIf', message: problem }]);
      if (next.questions.indexOf(parent!) > next.questions.indexOf(after)) {
        const message = 'A condition can only depend on an earlier question';
        throw badRequest(message, [{ field: 'showIf', message }]);
      }
    }
    assertDependentsStillWork(editing, after, next.questions);
    assertConditionsHold(next, 'This condition', editing.definition);
    assertOneProfilePerDimension(next, editing.definition);
    assertStillPublishable(editing, next);
    await tx
      .update(surveyQuestions)
      .set({
        type: after.type,
        title: after.title,
        help: after.help,
        required: after.required,
        options: after.options,
        rows: after.rows,
        dimension: after.dimension,
        showIf: after.showIf,
      })
      .where(eq(surveyQuestions.id, questionId));
    await touchSurvey(tx, surveyId);
    await auditSurvey(tx, actor, editing.survey, {
      action: 'survey.question_updated',
      subjectType: 'survey_question',
      subjectId: questionId,
      before: auditFields(before),
      after: auditFields(after),
    });
    return after;
  });
}

const auditFields = (q: QuestionDefinition) => ({
  type: q.type,
  title: q.title,
  help: q.help,
  required: q.required,
  options: q.options,
  rows: q.rows,
  dimension: q.dimension,
  showIf: q.showIf,
});

function applyChanges(editing: Editing, before: QuestionDefinition, input: UpdateQuestion, systemChoices?: Choice[]): QuestionDefinition {
  const answered = editing.answered.questions.has(before.id);
  const answeredKeys = editing.answered.keys.get(before.id) ?? new Set<string>();
  const type = input.type ?? before.type;
  if (type !== before.type && answered) {
    throw conflict('People have answered this question, so its type cannot change. Add a new question instead.', [
      { field: 'type', message: 'The type cannot change once the question has answers' },
    ]);
  }
  const defaults = defaultQuestion(type, input.dimension ?? before.dimension ?? undefined);
  let options = usesOptions(type) ? (input.options ? mergeChoices(before.options, input.options, 'option') : before.options) : [];
  if (usesOptions(type) && options.length === 0) options = defaults.options;
  // A systems question's options are systems of the register (see system-choices.ts).
  if (type === 'systems') options = systemChoices ?? (before.type === 'systems' ? before.options : []);
  let rows = type === 'matrix' ? (input.rows ? mergeChoices(before.rows, input.rows, 'row') : before.rows) : [];
  if (type === 'matrix' && rows.length === 0) rows = defaults.rows;
  const dimension = type === 'profile' ? (input.dimension ?? before.dimension ?? 'staff_group') : null;
  if (dimension !== before.dimension && answered) {
    throw conflict('People have answered this question, so it cannot ask about something else now. Add a new question instead.', [
      { field: 'dimension', message: 'The dimension cannot change once the question has answers' },
    ]);
  }
  for (const [kept, old, what] of [[options, before.options, 'option'], [rows, before.rows, 'statement']] as const) {
    const removed = old.find((o) => answeredKeys.has(o.key) && !kept.some((k) => k.key === o.key));
    if (removed) {
      throw conflict(`People chose the ${what} “${removed.label}”, so it cannot be removed. You can reword it instead.`, [
        { field: what === 'option' ? 'options' : 'rows', message: `The ${what} “${removed.label}” has answers and cannot be removed` },
      ]);
    }
  }
  return {
    ...before,
    type,
    title: input.title ?? before.title,
    help: input.help ?? before.help,
    required: input.required ?? before.required,
    options,
    rows,
    dimension,
    showIf: input.showIf === undefined ? before.showIf : input.showIf,
  };
}

/** Existing options keep their keys (and so their answers); new ones get fresh keys. */
function mergeChoices(old: Choice[], edited: EditedChoice[], prefix: 'option' | 'row'): Choice[] {
  const known = new Set(old.map((o) => o.key));
  const taken = new Set<string>([...known]);
  const used = new Set<string>();
  return edited.map((choice) => {
    if (choice.key && known.has(choice.key) && !used.has(choice.key)) {
      used.add(choice.key);
      return { key: choice.key, label: choice.label };
    }
    const key = freshKey(prefix, taken);
    taken.add(key);
    used.add(key);
    return { key, label: choice.label };
  });
}

/** A question that later questions depend on must keep the answers their conditions test. */
function assertDependentsStillWork(editing: Editing, after: QuestionDefinition, questions: QuestionDefinition[]): void {
  for (const dependent of questions) {
    if (dependent.showIf?.questionId !== after.id) continue;
    const problem = conditionProblem(dependent, after, dependent.showIf);
    if (problem) {
      throw conflict(
        `${nameQuestion(editing.definition, dependent.id)} is shown only for certain answers to this question, so this change would break it. ` +
          'Change or remove its condition first.',
      );
    }
  }
}
