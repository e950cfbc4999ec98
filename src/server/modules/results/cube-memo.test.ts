import { describe, expect, it } from 'vitest';
import { ALL, suppressSmallGroups } from '../../platform/anonymity.js';
import { ContentMemo } from './cube-memo.js';

const dims = [{ key: 'group', values: ['a', 'b', 'c'] }];

describe('remembering suppressed cubes by their inputs', () => {
  it('makes a cube once for the same inputs, and again for any change to them', () => {
    const memo = new ContentMemo<ReturnType<typeof suppressSmallGroups>>();
    let made = 0;
    const cube = (atoms: { coords: string[]; count: number }[], k: number) =>
      memo.get({ dims, atoms, k }, () => {
        made += 1;
        return suppressSmallGroups(dims, atoms, k);
      });
    const atoms = [{ coords: ['a'], count: 12 }, { coords: ['b'], count: 3 }, { coords: ['c'], count: 20 }];
    const first = cube(atoms, 10);
    expect(cube(structuredClone(atoms), 10)).toBe(first);
    expect(made).toBe(1);
    // One more response in group b: a new cube, in which b (now 4) is still hidden but the total moved.
    const more = cube([atoms[0]!, { coords: ['b'], count: 4 }, atoms[2]!], 10);
    expect(made).toBe(2);
    expect(more.get([ALL])).toEqual({ value: 36, suppressed: false });
    expect(first.get([ALL])).toEqual({ value: 35, suppressed: false });
    // A lower threshold shows b: never the cube remembered for the higher one.
    expect(cube(atoms, 5).get(['b'])).toMatchObject({ suppressed: true });
    expect(cube(atoms, 3).get(['b'])).toMatchObject({ suppressed: true }); // the floor is 5
    expect(cube([...atoms.slice(0, 1), { coords: ['b'], count: 6 }, atoms[2]!], 5).get(['b'])).toEqual({ value: 6, suppressed: false });
  });

  it('keeps only the most recently used', () => {
    const memo = new ContentMemo<number>(2);
    memo.get('a', () => 1);
    memo.get('b', () => 2);
    memo.get('a', () => 99); // used again: now the most recent
    memo.get('c', () => 3); // b, the least recently used, goes
    expect(memo.size).toBe(2);
    expect(memo.get('a', () => 99)).toBe(1);
    expect(memo.get('b', () => 22)).toBe(22);
  });
});
