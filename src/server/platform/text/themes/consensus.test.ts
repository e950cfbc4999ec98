import { describe, expect, it } from 'vitest';
import { consensusAssignment } from './consensus.js';

const runsOf = (...labels: number[][]) => labels.map((l) => Int32Array.from(l));

describe('the consensus of several runs', () => {
  it('moves a text to the theme it sat with in most runs, whatever the starting run said', () => {
    // Texts 0–2 sit together in every run but the first; 3–5 likewise. The first run (the start)
    // put text 2 with 3–5 by chance.
    const runs = runsOf([0, 0, 1, 1, 1, 1], [0, 0, 0, 1, 1, 1], [2, 2, 2, 0, 0, 0], [1, 1, 1, 2, 2, 2]);
    const agreed = consensusAssignment(runs, runs[0]!, [0, 1, 2, 3, 4, 5], () => 1, 3);
    expect(agreed[2]).toBe(agreed[0]);
    expect(agreed[3]).not.toBe(agreed[0]);
    expect(new Set([agreed[3], agreed[4], agreed[5]]).size).toBe(1);
  });

  it('leaves a start that every run agrees with as it is, and texts it was not given untouched', () => {
    const runs = runsOf([0, 0, 1, 1, -1], [1, 1, 0, 0, -1]);
    const agreed = consensusAssignment(runs, Int32Array.from([0, 0, 1, 1, -1]), [0, 1, 2, 3], () => 1, 2);
    expect([...agreed]).toEqual([0, 0, 1, 1, -1]);
  });

  it('counts a text that stands for many identical answers by its weight', () => {
    // Text 2 sat with texts 0 and 5 in three runs of four, and with 1 and 3 in two. Theme 0 also
    // holds text 4, which never sat with it: one answer, or ten identical ones in text 0, decides.
    const runs = runsOf([0, 1, 0, 1, 2, 0], [0, 0, 0, 0, 2, 0], [0, 1, 0, 1, 2, 0], [0, 1, 1, 1, 2, 0]);
    const start = Int32Array.from([0, 1, 1, 1, 0, 0]);
    const texts = [0, 1, 2, 3, 4, 5];
    expect(consensusAssignment(runs, start, texts, () => 1, 3)[2]).toBe(1);
    expect(consensusAssignment(runs, start, texts, (d) => (d === 0 ? 10 : 1), 3)[2]).toBe(0);
  });
});
