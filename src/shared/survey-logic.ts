import {
  LIKERT_LABELS,
  LONG_TEXT_MAX,
  PREFER_NOT_TO_SAY,
  RATING_MAX,
  RATING_MIN,
  SHORT_TEXT_MAX,
  SUPPORT_LABELS,
  type AnswerValue,
  type Answers,
  type ProfileChoices,
  type QuestionDefinition,
  type SurveyDefinition,
} from './contracts/survey-definition.js';

/**
 * Pure rules of a survey, used on the server (the source of truth) and in the builder's preview.
 */

/**
 * How the respondent pages hand a contradictory systems answer to the check: a rating given
 * for a system whose "I use this" box was not ticked. 0 (ticked, no rating) fails the 1–5 check.
 */
export const NOT_USED_BUT_RATED = -1;

export interface AnswerProblem {
  questionId: string;
  message: string;
}

/** The keys a choice-like question accepts. */
export function allowedKeys(question: QuestionDefinition, profile: ProfileChoices): string[] {
  if (question.type === 'profile' && question.dimension) {
    return [...profile[question.dimension].map((c) => c.key), PREFER_NOT_TO_SAY];
  }
  return question.options.map((o) => o.key);
}

function matches(answer: AnswerValue | undefined, operator: 'equals' | 'not_equals' | 'includes', value: string): boolean {
  if (answer === undefined) return operator === 'not_equals';
  const text = Array.isArray(answer) ? answer : typeof answer === 'object' ? [] : [String(answer)];
  const hit = text.includes(value);
  if (operator === 'not_equals') return !hit;
  return hit;
}

/** Whether a question is shown, given the answers so far (a question hidden by its condition is skipped). */
export function isShown(question: QuestionDefinition, answers: Answers, definition: SurveyDefinition): boolean {
  if (!question.showIf) return true;
  const parent = definition.questions.find((q) => q.id === question.showIf!.questionId);
  // A condition on a question that is itself hidden is false: its answer does not count.
  if (!parent || !isShown(parent, answers, definition)) return false;
  return matches(answers[parent.id], question.showIf.operator, question.showIf.value);
}

const isBlank = (value: AnswerValue | undefined) =>
  value === undefined ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0);

/** Checks one answer against its question; returns a plain-English problem or null. */
export function checkAnswer(question: QuestionDefinition, value: AnswerValue | undefined, profile: ProfileChoices): string | null {
  if (isBlank(value)) return question.required ? requiredMessage(question) : null;
  const keys = allowedKeys(question, profile);
  switch (question.type) {
    case 'single_choice':
    case 'profile':
      return typeof value === 'string' && keys.includes(value) ? null : 'Select one of the options';
    case 'multiple_choice':
      if (!Array.isArray(value) || value.some((v) => !keys.includes(v))) return 'Select from the options given';
      return new Set(value).size === value.length ? null : 'Select each option only once';
    case 'ranking':
      if (!Array.isArray(value) || value.some((v) => !keys.includes(v)) || new Set(value).size !== value.length) {
        return 'Rank the options given, each once';
      }
      return value.length === keys.length ? null : 'Give every option a different rank';
    case 'likert':
      return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= LIKERT_LABELS.length
        ? null
        : 'Select how much you agree';
    case 'rating':
      return Number.isInteger(value) && (value as number) >= RATING_MIN && (value as number) <= RATING_MAX
        ? null
        : `Select a number from ${RATING_MIN} to ${RATING_MAX}`;
    case 'short_text':
    case 'long_text': {
      if (typeof value !== 'string') return 'Enter your answer as text';
      const max = question.type === 'short_text' ? SHORT_TEXT_MAX : LONG_TEXT_MAX;
      return value.length <= max ? null : `Your answer must be ${max.toLocaleString('en-GB')} characters or fewer`;
    }
    case 'matrix': {
      if (typeof value !== 'object' || Array.isArray(value)) return 'Answer each statement';
      const rows = question.rows.map((r) => r.key);
      for (const [row, level] of Object.entries(value)) {
        if (!rows.includes(row)) return 'Answer only the statements given';
        if (!Number.isInteger(level) || level < 1 || level > LIKERT_LABELS.length) return 'Select how much you agree with each statement';
      }
      if (question.required && rows.some((r) => value[r] === undefined)) return 'Answer every statement';
      return null;
    }
    case 'systems': {
      // Only the systems a respondent uses are answered; leaving one out means "I do not use it".
      if (typeof value !== 'object' || Array.isArray(value)) return 'Say which systems you use and how well each supports your work';
      for (const [system, level] of Object.entries(value)) {
        const name = question.options.find((o) => o.key === system)?.label;
        if (!name) return 'Answer only for the systems listed';
        // The respondent pages read "rated but not ticked as used" as NOT_USED_BUT_RATED (see respond/pages/flow.ts).
        if (level === NOT_USED_BUT_RATED) return `You rated ${name} but did not tick “I use this”. Tick it and rate ${name} again, or leave both empty if you do not use it`;
        if (!Number.isInteger(level) || level < 1 || level > SUPPORT_LABELS.length) return `Select how well ${name} supports your work`;
      }
      return null;
    }
  }
}

function requiredMessage(question: QuestionDefinition): string {
  switch (question.type) {
    case 'short_text':
    case 'long_text':
      return 'Enter your answer';
    case 'multiple_choice':
      return 'Select at least one option';
    case 'ranking':
      return 'Rank the options';
    case 'matrix':
      return 'Answer every statement';
    case 'systems':
      return 'Select at least one system you use';
    default:
      return 'Select an answer';
  }
}

/**
 * Validates a whole response. Answers to questions hidden by their conditions are dropped,
 * so what is stored is exactly what the respondent was asked.
 */
export function validateAnswers(
  definition: SurveyDefinition,
  answers: Answers,
  profile: ProfileChoices,
  onlyQuestionIds?: ReadonlySet<string>,
): { answers: Answers; problems: AnswerProblem[] } {
  const kept: Answers = {};
  const problems: AnswerProblem[] = [];
  for (const question of definition.questions) {
    if (onlyQuestionIds && !onlyQuestionIds.has(question.id)) {
      if (answers[question.id] !== undefined) kept[question.id] = answers[question.id];
      continue;
    }
    if (!isShown(question, answers, definition)) continue;
    const value = answers[question.id];
    const problem = checkAnswer(question, value, profile);
    if (problem) problems.push({ questionId: question.id, message: problem });
    else if (!isBlank(value)) kept[question.id] = typeof value === 'string' ? value.trim() : value;
  }
  return { answers: kept, problems };
}

/** Problems in a definition that would confuse respondents, for the builder to show before publishing. */
export function checkDefinition(definition: SurveyDefinition): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  definition.questions.forEach((question, index) => {
    const needsOptions = ['single_choice', 'multiple_choice', 'ranking'].includes(question.type);
    if (needsOptions && question.options.length < 2) problems.push({ questionId: question.id, message: 'Give at least two options' });
    if (question.type === 'matrix' && question.rows.length < 1) problems.push({ questionId: question.id, message: 'Give at least one statement' });
    if (question.type === 'systems' && question.options.length < 1) problems.push({ questionId: question.id, message: 'Choose at least one system from the register' });
    if (question.type === 'profile' && !question.dimension) problems.push({ questionId: question.id, message: 'Choose staff group, division or site' });
    for (const list of [question.options, question.rows]) {
      if (new Set(list.map((o) => o.key)).size !== list.length) problems.push({ questionId: question.id, message: 'Two options share a key' });
    }
    if (question.showIf) {
      const parentIndex = definition.questions.findIndex((q) => q.id === question.showIf!.questionId);
      if (parentIndex < 0 || parentIndex >= index) {
        problems.push({ questionId: question.id, message: 'A condition can only depend on an earlier question' });
      }
    }
  });
  return problems;
}
