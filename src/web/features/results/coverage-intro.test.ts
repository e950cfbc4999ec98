import { describe, expect, it } from 'vitest';
import { coverageIntro } from './coverage-intro.js';

describe('coverageIntro', () => {
  it('speaks of chasing responses only while the survey can still get them', () => {
    expect(coverageIntro('open')).toContain('before the survey closes');
    expect(coverageIntro('closed')).not.toContain('before the survey closes');
    expect(coverageIntro('closed')).toContain('missed');
  });
});
