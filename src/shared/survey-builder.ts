import {
  LIKERT_LABELS,
  PREFER_NOT_TO_SAY,
  RATING_MAX,
  RATING_MIN,
  type Choice,
  type ProfileChoices,
  type ProfileDimension,
  type QuestionDefinition,
  type QuestionType,
  type ShowIf,
} from './contracts/survey-definition.js';

/**
 * Rules of the survey builder shared by the server (which enforces them) and the web
 * builder (which offers only what the server would accept).
 */

export const PROFILE_QUESTION_TITLES: Record<ProfileDimension, string> = {
  staff_group: 'Which staff group do you belong to?',
  division: 'Which division do you work in?',
  site: 'Where do you mainly work?',
};

export const PROFILE_DIMENSION_LABELS: Record<ProfileDimension, string> = {
  staff_group: 'Staff group',
  division: 'Division',
  site: 'Site',
};

export const CHOICE_TYPES: readonly QuestionType[] = ['single_choice', 'multiple_choice', 'ranking'];
export const usesOptions = (type: QuestionType) => CHOICE_TYPES.includes(type);

export const SYSTEMS_QUESTION_TITLE = 'Which of these systems do you use, and how well does each support your work?';
/** A survey of 60 systems is too long: a new systems question starts with the most-used live ones. */
export const DEFAULT_SYSTEMS_IN_QUESTION = 12;

/** What a new question of each type starts with, so it is valid the moment it is added. */
export function defaultQuestion(type: QuestionType, dimension: ProfileDimension = 'staff_group') {
  const options = (labels: string[]): Choice[] => labels.map((label, i) => ({ key: `option-${i + 1}`, label }));
  switch (type) {
    case 'single_choice':
      return { title: 'New question', options: options(['Yes', 'No']), rows: [], dimension: null };
    case 'multiple_choice':
      return { title: 'New question', options: options(['First option', 'Second option']), rows: [], dimension: null };
    case 'ranking':
      return { title: 'Put these in order of importance to you', options: options(['First option', 'Second option', 'Third option']), rows: [], dimension: null };
    case 'matrix':
      return {
        title: 'How much do you agree with each statement?',
        options: [],
        rows: [{ key: 'row-1', label: 'First statement' }],
        dimension: null,
      };
    case 'profile':
      return { title: PROFILE_QUESTION_TITLES[dimension], options: [], rows: [], dimension };
    case 'likert':
      return { title: 'How much do you agree with this statement?', options: [], rows: [], dimension: null };
    case 'rating':
      return { title: 'On a scale of 0 to 10, how would you rate this?', options: [], rows: [], dimension: null };
    case 'short_text':
    case 'long_text':
      return { title: 'New question', options: [], rows: [], dimension: null };
    case 'systems':
      // The systems themselves come from the register when the question is created (see the surveys module).
      return { title: SYSTEMS_QUESTION_TITLE, options: [], rows: [], dimension: null };
  }
}

/** Questions whose answer can decide whether a later question is shown. */
export const CONDITION_PARENT_TYPES: readonly QuestionType[] = ['single_choice', 'multiple_choice', 'likert', 'rating', 'profile'];

export const OPERATOR_LABELS: Record<ShowIf['operator'], string> = {
  equals: 'is',
  not_equals: 'is not',
  includes: 'includes',
};

export function conditionOperators(type: QuestionType): ShowIf['operator'][] {
  if (!CONDITION_PARENT_TYPES.includes(type)) return [];
  return type === 'multiple_choice' ? ['includes', 'not_equals'] : ['equals', 'not_equals'];
}

/** The answers of a question a condition may test, as value and label. */
export function conditionValues(parent: QuestionDefinition, profile?: ProfileChoices): Choice[] {
  switch (parent.type) {
    case 'single_choice':
    case 'multiple_choice':
      return parent.options;
    case 'likert':
      return LIKERT_LABELS.map((label, i) => ({ key: String(i + 1), label }));
    case 'rating':
      return Array.from({ length: RATING_MAX - RATING_MIN + 1 }, (_, i) => ({ key: String(RATING_MIN + i), label: String(RATING_MIN + i) }));
    case 'profile':
      return [
        ...(profile && parent.dimension ? profile[parent.dimension] : []),
        { key: PREFER_NOT_TO_SAY, label: 'Prefer not to say' },
      ];
    default:
      return [];
  }
}

/**
 * Why a condition cannot work, or null. Order (the parent must come earlier) is checked
 * separately, over the whole survey, because moves can break it too.
 */
export function conditionProblem(question: Pick<QuestionDefinition, 'id'>, parent: QuestionDefinition | undefined, showIf: ShowIf): string | null {
  if (!parent) return 'A condition must depend on a question in this survey';
  if (parent.id === question.id) return 'A question cannot depend on its own answer';
  if (!CONDITION_PARENT_TYPES.includes(parent.type)) {
    return 'A condition can depend only on a choice, agreement, rating or "about you" question';
  }
  if (!conditionOperators(parent.type).includes(showIf.operator)) {
    return parent.type === 'multiple_choice'
      ? 'For a multiple choice question, use "includes" or "is not"'
      : 'Use "is" or "is not" for this question';
  }
  // Profile values come from the workforce, which may change; any value is accepted there.
  if (parent.type !== 'profile' && !conditionValues(parent).some((c) => c.key === showIf.value)) {
    return 'Choose one of the answers of the earlier question';
  }
  return null;
}

/** A fresh option key not used in the list, readable in exports (`option-4`). */
export function freshKey(prefix: 'option' | 'row', taken: ReadonlySet<string>): string {
  let n = taken.size + 1;
  while (taken.has(`${prefix}-${n}`)) n += 1;
  return `${prefix}-${n}`;
}
