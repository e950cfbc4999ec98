/**
 * Do staff and the architects agree about a system? Staff rate how well a system supports their
 * work on 1–5 (a survey's systems question); architects score functional and technical fit on
 * 1–4 (the estate register). Pure, so the register, the system page and the tests share it.
 */

/** A mean of fewer ratings than this moves too much with one person to set against a fit score. */
export const MIN_RATINGS_TO_COMPARE = 10;
/** How far apart (in points of the architects' 1–4 scale) the two must be to count as disagreeing. */
export const DEFAULT_DISAGREEMENT_THRESHOLD = 1;

export type DisagreementStatus = 'staff_lower' | 'staff_higher' | 'agree' | 'no_fit' | 'too_few_ratings';

export interface Disagreement {
  status: DisagreementStatus;
  /** Which fit the staff view was set against: functional when scored, else technical. */
  basis: 'functional' | 'technical' | null;
  /** The staff mean restated on the 1–4 fit scale, to 2 decimal places. */
  staffOnFitScale: number | null;
  /** Staff (on the fit scale) minus the fit; negative when staff rate it lower. */
  gap: number | null;
  disagrees: boolean;
}

/**
 * Restates a 1–5 staff mean on the 1–4 fit scale. The two scales have different numbers of
 * points, so the raw numbers cannot be compared: "3 out of 5" is the middle of its scale while
 * "3 out of 4" is above the middle of its. We map the ends onto the ends (1 → 1, 5 → 4) and
 * everything between linearly: fit = 1 + (staff − 1) × 3/4. So staff 3 ("adequately") sits at
 * 2.5, halfway between fit 2 ("meets some needs") and fit 3 ("meets most needs").
 */
export function staffSupportOnFitScale(staffMean: number): number {
  return 1 + ((staffMean - 1) * 3) / 4;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Compares the staff view with the architects' fit. Staff support is about whether the system
 * helps people do their work, which is what functional fit judges, so functional fit is the
 * comparison; technical fit (reliability, support, integration) is used only when no
 * functional fit has been scored, and the result says which basis was used.
 *
 * `staffMean` must come from counts the suppression function showed (null when hidden);
 * `threshold` is in fit points: a gap of exactly the threshold counts as disagreement.
 */
export function disagreement(
  staffMean: number | null,
  ratedCount: number,
  functionalFit: number | null,
  technicalFit: number | null,
  threshold: number = DEFAULT_DISAGREEMENT_THRESHOLD,
  minRatings: number = MIN_RATINGS_TO_COMPARE,
): Disagreement {
  const basis = functionalFit !== null ? 'functional' : technicalFit !== null ? 'technical' : null;
  const fit = functionalFit ?? technicalFit;
  if (staffMean === null || ratedCount < minRatings) {
    return { status: 'too_few_ratings', basis, staffOnFitScale: null, gap: null, disagrees: false };
  }
  const staff = round2(staffSupportOnFitScale(staffMean));
  if (fit === null) return { status: 'no_fit', basis: null, staffOnFitScale: staff, gap: null, disagrees: false };
  // Rounded before comparing so that a gap of exactly the threshold is not lost to floating point.
  const gap = round2(staff - fit);
  if (Math.abs(gap) < threshold) return { status: 'agree', basis, staffOnFitScale: staff, gap, disagrees: false };
  return { status: gap < 0 ? 'staff_lower' : 'staff_higher', basis, staffOnFitScale: staff, gap, disagrees: true };
}

export const DISAGREEMENT_LABELS: Record<DisagreementStatus, string> = {
  staff_lower: 'Staff rate it lower than the architects',
  staff_higher: 'Staff rate it higher than the architects',
  agree: 'Staff and architects broadly agree',
  no_fit: 'No fit score to compare with',
  too_few_ratings: 'Too few staff ratings to compare',
};
