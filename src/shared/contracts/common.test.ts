import { describe, expect, it } from 'vitest';
import { ZName, ZOneLine } from './common.js';

describe('names and titles', () => {
  it('lose text-direction overrides and isolates, which would make them read backwards', () => {
    const title = ZName('a title').parse(' \u202EStaff survey\u202C \u20672026\u2069 ');
    expect(title).toBe('Staff survey 2026');
    expect([...title].some((c) => /[\u202A-\u202E\u2066-\u2069]/.test(c))).toBe(false);
  });

  it('keep right-to-left scripts and emoji as typed', () => {
    expect(ZName('a title').parse('استطلاع الموظفين 👩🏽‍⚕️')).toBe('استطلاع الموظفين 👩🏽‍⚕️');
  });

  it('refuse a title made only of direction characters, as an empty one', () => {
    const result = ZName('a title').safeParse('\u202E\u202D');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Enter a title');
  });

  it('refuse a tab or line break in one-line text, naming the field', () => {
    const result = ZOneLine('a title for the survey', 200).safeParse('Staff\tsurvey');
    expect(result.error?.issues[0]?.message).toBe('A title for the survey must be on one line, without tabs');
  });
});
