/**
 * Pure geometry for the assessment charts, kept out of the components so it can be tested.
 */

/**
 * Spreads points that share a fit pair around the cell's centre on a small spiral, so ten
 * systems rated 3/3 show as ten dots rather than one. Deterministic: the same register
 * draws the same chart.
 */
export function jitter<T extends { technicalFit: number; functionalFit: number }>(points: T[], radius = 0.3): (T & { x: number; y: number })[] {
  const seen = new Map<string, number>();
  return points.map((p) => {
    const key = `${p.technicalFit}/${p.functionalFit}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    if (n === 0) return { ...p, x: p.technicalFit, y: p.functionalFit };
    // Golden-angle spiral: evenly spread, never on top of an earlier point.
    const angle = n * 2.399963;
    const r = Math.min(radius, 0.06 * Math.sqrt(n) + 0.04);
    return { ...p, x: p.technicalFit + r * Math.cos(angle), y: p.functionalFit + r * Math.sin(angle) };
  });
}
