import { describe, expect, it } from 'vitest';
import { compareScores, describeChange } from './maturity-compare.js';

const measures = [
  { measureId: 'a', name: 'Well led' },
  { measureId: 'b', name: 'Safe practice' },
  { measureId: 'c', name: 'Improve care' },
  { measureId: 'd', name: 'Healthy populations' },
];

describe('compareScores', () => {
  it('gives the change per measure in framework order, and null when either side is not scored', () => {
    const from = [
      { measureId: 'b', name: '', score: 4 },
      { measureId: 'a', name: '', score: 2 },
      { measureId: 'c', name: '', score: null },
    ];
    const to = [
      { measureId: 'a', name: '', score: 3 },
      { measureId: 'b', name: '', score: 2 },
      { measureId: 'c', name: '', score: 5 },
      { measureId: 'd', name: '', score: 1 },
    ];
    expect(compareScores(measures, from, to)).toEqual([
      { measureId: 'a', name: 'Well led', from: 2, to: 3, change: 1 },
      { measureId: 'b', name: 'Safe practice', from: 4, to: 2, change: -2 },
      { measureId: 'c', name: 'Improve care', from: null, to: 5, change: null },
      { measureId: 'd', name: 'Healthy populations', from: null, to: 1, change: null },
    ]);
  });

  it('reports no change as 0 and ignores scores of measures outside the framework', () => {
    const rows = compareScores(measures.slice(0, 1), [{ measureId: 'a', name: '', score: 3 }, { measureId: 'z', name: '', score: 1 }], [{ measureId: 'a', name: '', score: 3 }]);
    expect(rows).toEqual([{ measureId: 'a', name: 'Well led', from: 3, to: 3, change: 0 }]);
  });
});

describe('describeChange', () => {
  it('words a change for people', () => {
    expect(describeChange(1)).toBe('+1');
    expect(describeChange(-2)).toBe('\u22122');
    expect(describeChange(0)).toBe('unchanged');
    expect(describeChange(null)).toBe('not scored');
  });
});
