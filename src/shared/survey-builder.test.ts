import { describe, expect, it } from 'vitest';
import { QUESTION_TYPES, type QuestionDefinition } from './contracts/survey-definition.js';
import { conditionOperators, conditionProblem, conditionValues, defaultQuestion, freshKey } from './survey-builder.js';
import { checkDefinition } from './survey-logic.js';

const question = (id: string, patch: Partial<QuestionDefinition>): QuestionDefinition => ({
  id,
  sectionId: '00000000-0000-4000-8000-000000000000',
  type: 'short_text',
  title: 'Q',
  help: '',
  required: false,
  options: [],
  rows: [],
  dimension: null,
  showIf: null,
  ...patch,
});

describe('survey builder rules', () => {
  it('gives every type a default that passes the publishing check', () => {
    // A systems question's systems come from the organisation's register when it is created
    // (the surveys module); without any it cannot be published, and says so.
    const types = QUESTION_TYPES.filter((type) => type !== 'systems');
    const questions = types.map((type, i) => question(`00000000-0000-4000-8000-00000000000${i}`, { type, ...defaultQuestion(type) }));
    expect(checkDefinition({ sections: [], questions })).toEqual([]);
    const systems = question('00000000-0000-4000-8000-000000000010', { type: 'systems', ...defaultQuestion('systems') });
    expect(checkDefinition({ sections: [], questions: [systems] }).map((p) => p.message)).toEqual(['Choose at least one system from the register']);
  });

  it('offers conditions only on answers that can be tested', () => {
    expect(conditionOperators('multiple_choice')).toEqual(['includes', 'not_equals']);
    expect(conditionOperators('rating')).toEqual(['equals', 'not_equals']);
    expect(conditionOperators('long_text')).toEqual([]);
    expect(conditionValues(question('a', { type: 'likert' })).map((v) => v.key)).toEqual(['1', '2', '3', '4', '5']);
    const profile = question('p', { type: 'profile', dimension: 'site' });
    expect(conditionValues(profile, { staff_group: [], division: [], site: [{ key: 's1', label: 'Royal' }] }).map((v) => v.label)).toEqual(['Royal', 'Prefer not to say']);
  });

  it('explains a condition that cannot work', () => {
    const parent = question('a', { type: 'single_choice', options: [{ key: 'yes', label: 'Yes' }, { key: 'no', label: 'No' }] });
    const child = question('b', {});
    expect(conditionProblem(child, parent, { questionId: 'a', operator: 'equals', value: 'yes' })).toBeNull();
    expect(conditionProblem(child, parent, { questionId: 'a', operator: 'equals', value: 'perhaps' })).toBe('Choose one of the answers of the earlier question');
    expect(conditionProblem(child, undefined, { questionId: 'z', operator: 'equals', value: 'yes' })).toBe('A condition must depend on a question in this survey');
  });

  it('makes keys that are not taken', () => {
    expect(freshKey('option', new Set(['option-1', 'option-3']))).toBe('option-4');
    expect(freshKey('row', new Set(['row-2']))).toBe('row-3');
    expect(freshKey('option', new Set(['option-2', 'epr']))).toBe('option-3');
  });
});
