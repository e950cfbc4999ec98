import { describe, expect, it } from 'vitest';
import { disagreement, MIN_RATINGS_TO_COMPARE, staffSupportOnFitScale } from './staff-voice.js';

describe('staffSupportOnFitScale', () => {
  it('maps the ends of the 1–5 scale onto the ends of the 1–4 scale and the middle halfway', () => {
    expect(staffSupportOnFitScale(1)).toBe(1);
    expect(staffSupportOnFitScale(5)).toBe(4);
    expect(staffSupportOnFitScale(3)).toBe(2.5);
    expect(staffSupportOnFitScale(4.2)).toBeCloseTo(3.4);
  });
});

describe('disagreement', () => {
  it('does not compare when the staff mean is hidden by suppression', () => {
    const result = disagreement(null, 40, 4, 4);
    expect(result).toMatchObject({ status: 'too_few_ratings', disagrees: false, gap: null });
  });

  it('does not compare with fewer ratings than the minimum, and does at exactly the minimum', () => {
    expect(disagreement(1, MIN_RATINGS_TO_COMPARE - 1, 4, 4, 1).status).toBe('too_few_ratings');
    expect(disagreement(1, MIN_RATINGS_TO_COMPARE, 4, 4, 1).status).toBe('staff_lower');
  });

  it('says there is no fit to compare with when neither fit is scored', () => {
    const result = disagreement(2, 30, null, null);
    expect(result).toMatchObject({ status: 'no_fit', basis: null, staffOnFitScale: 1.75, disagrees: false });
  });

  it('uses functional fit when scored, even when technical fit says otherwise', () => {
    // Staff 5 → 4 on the fit scale; functional 4 agrees although technical 1 does not.
    expect(disagreement(5, 30, 4, 1)).toMatchObject({ status: 'agree', basis: 'functional', gap: 0 });
  });

  it('falls back to technical fit when functional fit is not scored, and says so', () => {
    expect(disagreement(5, 30, null, 1)).toMatchObject({ status: 'staff_higher', basis: 'technical', gap: 3, disagrees: true });
  });

  it('counts a gap of exactly the threshold as disagreement, and just under as agreement', () => {
    // Staff 3.4 → 1 + 2.4 × 0.75 = 2.8; fit 4 → gap −1.2. Staff 3.8 → 3.1; gap −0.9.
    expect(disagreement(3.4, 30, 4, null, 1.2)).toMatchObject({ status: 'staff_lower', gap: -1.2, disagrees: true });
    expect(disagreement(3.8, 30, 4, null, 1)).toMatchObject({ status: 'agree', gap: -0.9, disagrees: false });
    // Staff 2.3333… → 2.0; fit 3 → gap exactly −1 despite the recurring decimal.
    expect(disagreement(7 / 3, 30, 3, null, 1)).toMatchObject({ status: 'staff_lower', gap: -1, disagrees: true });
  });

  it('does not read the raw numbers as on the same scale', () => {
    // Staff 4 of 5 and fit 4 of 4 look equal as raw numbers; on one scale staff is at 3.25.
    expect(disagreement(4, 30, 4, null, 0.5)).toMatchObject({ status: 'staff_lower', staffOnFitScale: 3.25, gap: -0.75 });
    // And staff 4 of 5 against fit 3 of 4 agree closely.
    expect(disagreement(4, 30, 3, null, 0.5)).toMatchObject({ status: 'agree', gap: 0.25 });
  });

  it('handles the extremes of both scales', () => {
    expect(disagreement(1, 30, 4, 4)).toMatchObject({ status: 'staff_lower', gap: -3 });
    expect(disagreement(5, 30, 1, 1)).toMatchObject({ status: 'staff_higher', gap: 3 });
    expect(disagreement(1, 30, 1, 1)).toMatchObject({ status: 'agree', gap: 0 });
  });
});
