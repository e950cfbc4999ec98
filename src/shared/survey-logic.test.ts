import { describe, expect, it } from 'vitest';
import type { ProfileChoices, QuestionDefinition, SurveyDefinition } from './contracts/survey-definition.js';
import { checkDefinition, isShown, validateAnswers } from './survey-logic.js';

const section = '00000000-0000-4000-8000-000000000001';
const id = (n: number) => `00000000-0000-4000-8000-0000000001${String(n).padStart(2, '0')}`;
const question = (n: number, patch: Partial<QuestionDefinition>): QuestionDefinition => ({
  id: id(n),
  sectionId: section,
  type: 'short_text',
  title: `Q${n}`,
  help: '',
  required: false,
  options: [],
  rows: [],
  dimension: null,
  showIf: null,
  ...patch,
});
const yesNo = [{ key: 'yes', label: 'Yes' }, { key: 'no', label: 'No' }];
const profile: ProfileChoices = { staff_group: [{ key: 'g1', label: 'Nursing' }], division: [], site: [] };

const definition: SurveyDefinition = {
  sections: [{ id: section, title: 'About your work', description: '' }],
  questions: [
    question(1, { type: 'single_choice', required: true, options: yesNo, title: 'Do you use the EPR?' }),
    question(2, { type: 'long_text', required: true, showIf: { questionId: id(1), operator: 'equals', value: 'yes' } }),
    question(3, { type: 'likert', required: true }),
    question(4, { type: 'multiple_choice', options: yesNo }),
    question(5, { type: 'matrix', required: true, rows: [{ key: 'r1', label: 'A' }, { key: 'r2', label: 'B' }] }),
    question(6, { type: 'profile', dimension: 'staff_group', required: true }),
    question(7, { type: 'ranking', options: yesNo }),
    question(8, { type: 'rating' }),
  ],
};

describe('validateAnswers', () => {
  it('accepts a complete response and keeps only what was asked', () => {
    const result = validateAnswers(
      definition,
      { [id(1)]: 'no', [id(2)]: 'hidden answer', [id(3)]: 4, [id(5)]: { r1: 1, r2: 5 }, [id(6)]: 'prefer_not_to_say', [id(8)]: 0 },
      profile,
    );
    expect(result.problems).toEqual([]);
    expect(result.answers[id(2)]).toBeUndefined();
    expect(result.answers[id(8)]).toBe(0);
  });

  it('names every problem in plain English', () => {
    const result = validateAnswers(
      definition,
      { [id(1)]: 'yes', [id(3)]: 6, [id(4)]: ['yes', 'yes'], [id(5)]: { r1: 2 }, [id(6)]: 'g9', [id(7)]: ['yes'], [id(8)]: 11 },
      profile,
    );
    expect(result.problems).toEqual([
      { questionId: id(2), message: 'Enter your answer' },
      { questionId: id(3), message: 'Select how much you agree' },
      { questionId: id(4), message: 'Select each option only once' },
      { questionId: id(5), message: 'Answer every statement' },
      { questionId: id(6), message: 'Select one of the options' },
      { questionId: id(7), message: 'Give every option a different rank' },
      { questionId: id(8), message: 'Select a number from 0 to 10' },
    ]);
  });

  it('treats a condition on a hidden question as false', () => {
    const chained: SurveyDefinition = {
      ...definition,
      questions: [
        ...definition.questions,
        question(9, { showIf: { questionId: id(2), operator: 'not_equals', value: 'x' } }),
      ],
    };
    expect(isShown(chained.questions[8]!, { [id(1)]: 'no' }, chained)).toBe(false);
    expect(isShown(chained.questions[8]!, { [id(1)]: 'yes' }, chained)).toBe(true);
  });
});

describe('checkDefinition', () => {
  it('finds choice questions without options and conditions on later questions', () => {
    const broken: SurveyDefinition = {
      sections: definition.sections,
      questions: [
        question(1, { type: 'single_choice', options: [{ key: 'only', label: 'Only' }] }),
        question(2, { showIf: { questionId: id(3), operator: 'equals', value: 'x' } }),
        question(3, { type: 'profile' }),
      ],
    };
    expect(checkDefinition(broken)).toEqual([
      { questionId: id(1), message: 'Give at least two options' },
      { questionId: id(2), message: 'A condition can only depend on an earlier question' },
      { questionId: id(3), message: 'Choose staff group, division or site' },
    ]);
  });
});
