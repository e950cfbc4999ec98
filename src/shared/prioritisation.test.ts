import { describe, expect, it } from 'vitest';
import { rankThemes, valueCriteriaCarryWeight, type RankCriterion, type RankTheme } from './prioritisation.js';

const criteria: RankCriterion[] = [
  { id: 'patients', kind: 'value', weight: 50 },
  { id: 'staff', kind: 'value', weight: 50 },
  { id: 'cost', kind: 'effort', weight: 100 },
];
const theme = (id: string, title: string, scores: Record<string, number>): RankTheme => ({ id, title, scores });

describe('rankThemes', () => {
  it('computes value, effort and overall as the rule says', () => {
    const [row] = rankThemes([theme('a', 'A', { patients: 5, staff: 3, cost: 2 })], criteria);
    expect(row).toMatchObject({ value: 4, effort: 2, overall: 3, rank: 1, scored: true });
  });

  it('changing a weight changes the order', () => {
    const themes = [theme('p', 'Patients first', { patients: 5, staff: 1, cost: 2 }), theme('s', 'Staff first', { patients: 1, staff: 4, cost: 2 })];
    expect(rankThemes(themes, criteria).map((r) => r.id)).toEqual(['p', 's']);
    const staffHeavy = criteria.map((c) => (c.id === 'staff' ? { ...c, weight: 100 } : c.id === 'patients' ? { ...c, weight: 10 } : c));
    expect(rankThemes(themes, staffHeavy).map((r) => r.id)).toEqual(['s', 'p']);
  });

  it('counts effort against a theme', () => {
    const themes = [theme('cheap', 'Cheap', { patients: 3, staff: 3, cost: 1 }), theme('dear', 'Dear', { patients: 4, staff: 4, cost: 5 })];
    expect(rankThemes(themes, criteria).map((r) => r.id)).toEqual(['cheap', 'dear']);
  });

  it('breaks ties by title', () => {
    const same = { patients: 3, staff: 4, cost: 2 };
    const themes = [theme('z', 'Zebra crossing', same), theme('a', 'apple', same), theme('m', 'Mango', same)];
    expect(rankThemes(themes, criteria).map((r) => r.title)).toEqual(['apple', 'Mango', 'Zebra crossing']);
  });

  it('ranks unscored themes last and flags them, whatever their title', () => {
    const themes = [theme('u', 'Aardvark', { patients: 5 }), theme('s', 'Zulu', { patients: 1, staff: 1, cost: 5 })];
    const ranked = rankThemes(themes, criteria);
    expect(ranked.map((r) => [r.id, r.scored, r.rank])).toEqual([['s', true, 1], ['u', false, 2]]);
    expect(ranked[1]).toMatchObject({ value: null, overall: null });
  });

  it('ignores criteria weighted zero, so a missing score there does not count', () => {
    const zeroCost = criteria.map((c) => (c.id === 'cost' ? { ...c, weight: 0 } : c));
    const [row] = rankThemes([theme('a', 'A', { patients: 2, staff: 4 })], zeroCost);
    expect(row).toMatchObject({ scored: true, value: 3, effort: 0, overall: 3 });
  });
});

describe('valueCriteriaCarryWeight', () => {
  it('refuses value weights summing to zero but allows no criteria at all', () => {
    expect(valueCriteriaCarryWeight([])).toBe(true);
    expect(valueCriteriaCarryWeight(criteria)).toBe(true);
    expect(valueCriteriaCarryWeight(criteria.map((c) => ({ ...c, weight: c.kind === 'value' ? 0 : 10 })))).toBe(false);
    expect(valueCriteriaCarryWeight([{ id: 'cost', kind: 'effort', weight: 50 }])).toBe(false);
  });
});
