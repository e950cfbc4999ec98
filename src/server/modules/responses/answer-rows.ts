import type { Answers, ProfileChoices, SurveyDefinition } from '../../../shared/contracts/survey-definition.js';
import { PREFER_NOT_TO_SAY } from '../../../shared/contracts/survey-definition.js';

export interface AnswerRow {
  questionId: string;
  item: string;
  number: number | null;
  text: string | null;
}

/** What is counted for results: (question, item, value) — free text is listed, never counted. */
export interface CountKey {
  questionId: string;
  item: string;
  value: string;
}

export interface Segment {
  staffGroupId: string | null;
  divisionId: string | null;
  siteId: string | null;
}

/**
 * Flattens validated answers into their elements and the keys they add to the running counts
 * (an import calls this for every one of 100,000 rows: `add` is made once per call, not once per
 * question, because making a closure is what cost most here).
 */
export function flattenAnswers(definition: SurveyDefinition, answers: Answers): { rows: AnswerRow[]; counts: CountKey[] } {
  const rows: AnswerRow[] = [];
  const counts: CountKey[] = [];
  let questionId = '';
  const add = (item: string, number: number | null, text: string | null, countValue: string | null) => {
    rows.push({ questionId, item, number, text });
    if (countValue !== null) counts.push({ questionId, item, value: countValue });
  };
  for (const question of definition.questions) {
    const value = answers[question.id];
    if (value === undefined) continue;
    questionId = question.id;
    switch (question.type) {
      case 'single_choice':
      case 'profile':
        add(String(value), null, null, '1');
        break;
      case 'multiple_choice':
        for (const key of value as string[]) add(key, null, null, '1');
        break;
      case 'ranking':
        (value as string[]).forEach((key, rank) => add(key, rank + 1, null, String(rank + 1)));
        break;
      case 'likert':
      case 'rating':
        add('', value as number, null, String(value));
        break;
      // A systems answer is stored like a matrix row: item = system id, number = support 1–5.
      case 'matrix':
      case 'systems':
        for (const [row, level] of Object.entries(value as Record<string, number>)) add(row, level, null, String(level));
        break;
      case 'short_text':
      case 'long_text':
        add('', null, value as string, null);
        break;
    }
  }
  return { rows, counts };
}

/** The respondent's segment from their profile answers; anything unknown is "not stated". */
export function segmentOf(definition: SurveyDefinition, answers: Answers, profile: ProfileChoices): Segment {
  const pick = (dimension: 'staff_group' | 'division' | 'site') => {
    const question = definition.questions.find((q) => q.type === 'profile' && q.dimension === dimension);
    const value = question ? answers[question.id] : undefined;
    if (typeof value !== 'string' || value === PREFER_NOT_TO_SAY) return null;
    return profile[dimension].some((c) => c.key === value) ? value : null;
  };
  return { staffGroupId: pick('staff_group'), divisionId: pick('division'), siteId: pick('site') };
}
