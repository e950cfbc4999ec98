import { describe, expect, it } from 'vitest';
import { FREE_FAILURES, lockSeconds } from './sign-in.js';

describe('lockSeconds', () => {
  it('allows the free failures, then doubles the wait, capped at 15 minutes', () => {
    expect(Array.from({ length: FREE_FAILURES }, (_, i) => lockSeconds(i))).toEqual([0, 0, 0, 0, 0]);
    expect(lockSeconds(FREE_FAILURES)).toBe(1);
    expect(lockSeconds(FREE_FAILURES + 1)).toBe(2);
    expect(lockSeconds(FREE_FAILURES + 4)).toBe(16);
    expect(lockSeconds(FREE_FAILURES + 30)).toBe(900);
  });
});
