import { describe, expect, it } from 'vitest';
import { labelKey, significantWords, suggestDuplicates } from './labels.js';

describe('labels', () => {
  it('treats case, spacing and compatibility characters as the same label', () => {
    expect(labelKey('  Patient\u00a0  PORTAL ')).toBe('patient portal');
    expect(labelKey('ﬁnance')).toBe('finance');
    expect(labelKey('Single EPR')).not.toBe(labelKey('Single EPRs'));
  });

  it('keeps the words that say what a label is about', () => {
    expect([...significantWords('Workforce shortages in therapeutic radiography')]).toEqual([
      'workforce',
      'shortage',
      'therapeutic',
      'radiography',
    ]);
    expect([...significantWords('Elective recovery and the 62-day cancer target')]).toEqual(['elective', 'recovery', '62', 'day', 'cancer', 'target']);
    expect([...significantWords('Better use of the NHS App')]).toEqual(['app']);
    expect([...significantWords('Reduce duplicate entries')]).toEqual(['reduce', 'duplicate', 'entry']);
  });

  it('suggests pairs that share significant words, most alike first', () => {
    const topics = [
      { id: 'a', label: 'Elective recovery and 62-day cancer target' },
      { id: 'b', label: 'Meeting the 62-day cancer standard' },
      { id: 'c', label: 'Patient portal' },
      { id: 'd', label: 'Research growth' },
      { id: 'e', label: 'Patient app and portal' },
      // Shares only "patient" with c and e: one common word is not enough to suggest a merge.
      { id: 'f', label: 'Patient experience and safety' },
    ];
    const suggestions = suggestDuplicates(topics);
    expect(suggestions.map((s) => [s.topics[0].id, s.topics[1].id, s.sharedWords])).toEqual([
      ['a', 'b', ['62', 'cancer', 'day']],
      ['c', 'e', ['patient', 'portal']],
    ]);
    expect(suggestDuplicates(topics, 1)).toHaveLength(1);
  });
});
