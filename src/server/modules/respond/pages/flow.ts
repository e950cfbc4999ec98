import type {
  AnswerValue,
  Answers,
  ProfileChoices,
  QuestionDefinition,
  SectionDefinition,
  SurveyDefinition,
} from '../../../../shared/contracts/survey-definition.js';
import { isShown, NOT_USED_BUT_RATED, validateAnswers, type AnswerProblem } from '../../../../shared/survey-logic.js';

/**
 * The respondent's path through a survey, one section a page. Pure: the pages call it with the
 * answers so far and what the form posted. The server decides what is shown (conditions are
 * honoured here, never only in the browser), so the pages work with JavaScript off.
 */

export type FormBody = Record<string, string | string[] | undefined>;

export const fieldName = (questionId: string) => `q_${questionId}`;

export function shownQuestions(definition: SurveyDefinition, sectionId: string, answers: Answers): QuestionDefinition[] {
  return definition.questions.filter((q) => q.sectionId === sectionId && isShown(q, answers, definition));
}

/** Sections a respondent sees: those with a question shown to them, and pages of text alone. */
export function visibleSections(definition: SurveyDefinition, answers: Answers): SectionDefinition[] {
  return definition.sections.filter((s) => {
    const questions = definition.questions.filter((q) => q.sectionId === s.id);
    return questions.length === 0 || questions.some((q) => isShown(q, answers, definition));
  });
}

const one = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);
const many = (value: string | string[] | undefined): string[] => (value === undefined ? [] : [value].flat()).filter((v) => v !== '');
const whole = (text: string | undefined): number | undefined => (text !== undefined && /^\d{1,3}$/.test(text) ? Number(text) : undefined);

/** Reads one question's answer from a posted form, in the shape `validateAnswers` expects. */
export function readAnswer(question: QuestionDefinition, body: FormBody): AnswerValue | undefined {
  const name = fieldName(question.id);
  switch (question.type) {
    case 'single_choice':
    case 'profile': {
      const value = one(body[name]);
      return value ? value : undefined;
    }
    case 'multiple_choice': {
      const values = many(body[name]);
      return values.length > 0 ? values : undefined;
    }
    case 'likert':
    case 'rating': {
      const value = one(body[name]);
      if (value === undefined || value === '') return undefined;
      // Anything that is not a whole number is kept as text so the check says what is wrong.
      return whole(value) ?? value;
    }
    case 'short_text':
    case 'long_text': {
      const value = one(body[name]);
      return value === undefined || value.trim() === '' ? undefined : value.replace(/\r\n/g, '\n');
    }
    case 'ranking': {
      const ranked = question.options
        .map((o) => ({ key: o.key, rank: whole(one(body[`${name}_${o.key}`])) }))
        .filter((r): r is { key: string; rank: number } => r.rank !== undefined)
        .sort((a, b) => a.rank - b.rank);
      if (ranked.length === 0) return undefined;
      // Two options given the same rank cannot both be kept: the check then asks for different ranks.
      const byRank = ranked.filter((r, i) => i === 0 || r.rank !== ranked[i - 1]!.rank);
      return byRank.map((r) => r.key);
    }
    case 'matrix': {
      const levels: Record<string, number> = {};
      for (const row of question.rows) {
        const level = whole(one(body[`${name}_${row.key}`]));
        if (level !== undefined) levels[row.key] = level;
      }
      return Object.keys(levels).length > 0 ? levels : undefined;
    }
    case 'systems': {
      // Per system an "I use this" box and a 1–5 rating. Ticked without a rating reads as 0 and
      // a rating without the tick as NOT_USED_BUT_RATED, so the check names the contradiction.
      const levels: Record<string, number> = {};
      for (const system of question.options) {
        const used = one(body[`${name}_${system.key}_use`]) === 'yes';
        const level = one(body[`${name}_${system.key}`]);
        const given = level !== undefined && level !== '';
        if (used) levels[system.key] = given ? (whole(level) ?? 0) : 0;
        else if (given) levels[system.key] = NOT_USED_BUT_RATED;
      }
      return Object.keys(levels).length > 0 ? levels : undefined;
    }
  }
}

/** The answers so far with this section's posted answers in place of what it held before. */
export function mergeSection(definition: SurveyDefinition, sectionId: string, answers: Answers, body: FormBody): Answers {
  const merged: Answers = { ...answers };
  const inSection = definition.questions.filter((q) => q.sectionId === sectionId);
  for (const question of inSection) delete merged[question.id];
  // Conditions within a section depend on earlier questions of the same page, so read in order.
  for (const question of inSection) {
    if (!isShown(question, merged, definition)) continue;
    const value = readAnswer(question, body);
    if (value !== undefined) merged[question.id] = value;
  }
  return merged;
}

/** Problems with the questions the respondent was shown on this page. */
export function sectionProblems(
  definition: SurveyDefinition,
  answers: Answers,
  profile: ProfileChoices,
  renderedIds: ReadonlySet<string>,
): AnswerProblem[] {
  return validateAnswers(definition, answers, profile, renderedIds).problems.filter((p) => renderedIds.has(p.questionId));
}

export function nextSection(definition: SurveyDefinition, answers: Answers, fromId: string | null): SectionDefinition | null {
  const sections = visibleSections(definition, answers);
  if (fromId === null) return sections[0] ?? null;
  const fromOrder = definition.sections.findIndex((s) => s.id === fromId);
  return sections.find((s) => definition.sections.findIndex((d) => d.id === s.id) > fromOrder) ?? null;
}

export function previousSection(definition: SurveyDefinition, answers: Answers, fromId: string): SectionDefinition | null {
  const sections = visibleSections(definition, answers);
  const fromOrder = definition.sections.findIndex((s) => s.id === fromId);
  return sections.filter((s) => definition.sections.findIndex((d) => d.id === s.id) < fromOrder).at(-1) ?? null;
}

/** "Section 2 of 5", counting only the sections this respondent will see. */
export function progress(definition: SurveyDefinition, answers: Answers, sectionId: string): { number: number; total: number } {
  const sections = visibleSections(definition, answers);
  return { number: sections.findIndex((s) => s.id === sectionId) + 1, total: sections.length };
}

/** Drops answers to questions the respondent can no longer see, e.g. after changing an earlier answer. */
export function keptAnswers(definition: SurveyDefinition, answers: Answers): Answers {
  const kept: Answers = {};
  for (const question of definition.questions) {
    if (answers[question.id] !== undefined && isShown(question, answers, definition)) kept[question.id] = answers[question.id];
  }
  return kept;
}
