import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spreadOf, strengthLevel, strengthOf } from './strength.js';

const groups = ['Surgery', 'Medicine', 'Estates', 'Pharmacy'];

describe('spread of an insight across groups', () => {
  it('never names a group under the threshold, nor lets total minus named isolate one', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.constantFrom(...groups), { nil: null }), { maxLength: 60 }),
        fc.integer({ min: 5, max: 8 }),
        (labels, k) => {
          const spread = spreadOf(labels, k);
          for (const row of spread.named) {
            expect(row.count).toBeGreaterThanOrEqual(k);
            expect(row.count).toBe(labels.filter((l) => l === row.label).length);
          }
          // What is not named is nothing, a figure no single small group could be, or (when no
          // group is named) just the total, which says nothing about any group.
          expect(spread.other === 0 || spread.other >= k || spread.named.length === 0).toBe(true);
          expect(spread.named.reduce((s, r) => s + r.count, 0) + spread.other).toBe(labels.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('hides a second group to protect a small one (2 estates answers beside 20 surgery and 9 not shown)', () => {
    const labels = [...Array<string>(20).fill('Surgery'), 'Estates', 'Estates', ...Array<null>(9).fill(null)];
    const spread = spreadOf(labels, 5);
    expect(spread.named.map((r) => r.label)).toEqual(['Surgery']);
    expect(spread.other).toBe(11);
  });
});

describe('strength level', () => {
  it('follows the written rule', () => {
    expect(strengthLevel(10, 3)).toBe('strong');
    expect(strengthLevel(40, 2)).toBe('moderate');
    expect(strengthLevel(5, 2)).toBe('moderate');
    expect(strengthLevel(4, 4)).toBe('emerging');
    expect(strengthLevel(9, 1)).toBe('emerging');
  });

  it('counts kinds of source, interviews and their excerpts as one kind', () => {
    const s = strengthOf(
      [
        { source: 'interview_note', division: null, staffGroup: null },
        { source: 'interview_excerpt', division: null, staffGroup: null },
        { source: 'sticky_note', division: null, staffGroup: null },
      ],
      5,
    );
    expect(s.sources).toEqual({ survey: 0, interview: 2, workshop: 1, system: 0 });
    expect(s.sourceKinds).toBe(2);
    expect(s.level).toBe('emerging');
  });
});
