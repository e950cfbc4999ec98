import { describe, expect, it } from 'vitest';
import type { QuestionResult } from '../../../shared/contracts/results.js';
import { shareFromResult } from './survey-series.js';
import { progressOf } from './summary.js';

type Count = { value: number | null; suppressed: boolean };
const shown = (value: number): Count => ({ value, suppressed: false });
const hidden: Count = { value: null, suppressed: true };
const likert = (counts: Record<string, Count>, respondents = shown(20)): QuestionResult => ({
  questionId: '00000000-0000-4000-8000-000000000000',
  type: 'likert',
  title: 'Systems help me',
  respondents,
  items: Object.entries(counts).map(([key, count]) => ({ key, label: key, count, percent: null })),
  rows: [],
  comparison: [],
  texts: null,
});
const keys = ['1', '2', '3', '4', '5'];

describe('the share of a wave, from what the results page shows', () => {
  it('divides the counted answers by those who answered the question', () => {
    const result = likert({ 1: shown(0), 2: shown(5), 3: shown(0), 4: shown(5), 5: shown(5), no_answer: shown(5) });
    expect(shareFromResult(result, keys, ['4', '5'])).toBe(66.7);
  });

  it('works the counted share out from the other answers when a counted one is hidden', () => {
    const result = likert({ 1: shown(0), 2: shown(10), 3: shown(0), 4: hidden, 5: hidden, no_answer: shown(0) });
    expect(shareFromResult(result, keys, ['4', '5'])).toBe(50);
  });

  it('hides the share when a number it needs is hidden either way', () => {
    const result = likert({ 1: hidden, 2: shown(10), 3: shown(0), 4: shown(6), 5: shown(0), no_answer: hidden });
    expect(shareFromResult(result, keys, ['4', '5'])).toBeNull();
    expect(shareFromResult(likert({ 4: shown(3) }, hidden), keys, ['4'])).toBeNull();
  });
});

describe('progress towards the target', () => {
  const base = { baseline: 100, baselineOn: '2026-01-01', target: 50, targetOn: '2028-01-01' };
  it('is the distance travelled, on track when at least as far as the time gone', () => {
    expect(progressOf({ ...base, latest: { value: 75, on: '2027-01-01' } })).toMatchObject({ progress: 0.5, status: 'on_track' });
    expect(progressOf({ ...base, latest: { value: 80, on: '2027-01-01' } })).toMatchObject({ progress: 0.4, status: 'not_yet' });
    expect(progressOf({ ...base, latest: { value: 110, on: '2026-06-01' } })).toMatchObject({ progress: -0.2, status: 'not_yet' });
    expect(progressOf({ ...base, latest: { value: 45, on: '2026-06-01' } })).toMatchObject({ status: 'target_met', statusWords: 'Target met' });
    expect(progressOf({ ...base, latest: null })).toMatchObject({ progress: null, status: 'no_data' });
    // Only the baseline so far (a survey's first wave): neither on track nor behind.
    expect(progressOf({ ...base, latest: { value: base.baseline, on: base.baselineOn } })).toMatchObject({ progress: 0, status: 'no_data', statusWords: 'No value since the baseline yet' });
  });
});
