import { describe, expect, it } from 'vitest';
import { parseTargetPercent } from './target-rate.js';

describe('parseTargetPercent', () => {
  it('accepts whole and decimal percentages, with or without a % sign', () => {
    expect(parseTargetPercent('30')).toEqual({ percent: 30 });
    expect(parseTargetPercent(' 12.5 % ')).toEqual({ percent: 12.5 });
    expect(parseTargetPercent('100')).toEqual({ percent: 100 });
  });

  it('explains what is wrong in plain English', () => {
    expect(parseTargetPercent('')).toEqual({ error: 'Enter a target response rate' });
    expect(parseTargetPercent('thirty')).toEqual({ error: 'Target response rate must be a number, like 30' });
    expect(parseTargetPercent('0')).toEqual({ error: 'Target response rate must be between 1% and 100%' });
    expect(parseTargetPercent('101')).toEqual({ error: 'Target response rate must be between 1% and 100%' });
  });
});
