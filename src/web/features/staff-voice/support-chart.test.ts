import { describe, expect, it } from 'vitest';
import { describeSupport } from './SupportChart.js';

const group = (label: string, mean: number | null, suppressed: boolean) => ({
  staffGroupId: label,
  label,
  mean,
  rated: suppressed ? { suppressed: true as const, value: null } : { suppressed: false as const, value: 12 },
  distribution: [],
});

describe('describeSupport', () => {
  it('says in words what each bar shows, and names hidden groups as hidden without a figure', () => {
    expect(describeSupport('Staff survey', [group('Nursing', 3.84, false), group('Medical', null, true), group('Estates', null, false)])).toBe(
      'Average support out of 5 by staff group, Staff survey: Nursing 3.8, Medical hidden, Estates not shown.',
    );
  });
});
