/**
 * The per-measure change between two assessments of one framework. Shared by the API (which
 * answers with the rows) and the web (which words them), so both agree on "not scored".
 */
export interface ScoredMeasure {
  measureId: string;
  name: string;
  score: number | null;
}

export interface MeasureChange {
  measureId: string;
  name: string;
  from: number | null;
  to: number | null;
  change: number | null;
}

/** Rows follow the order of `measures` (the framework's); a measure missing from a side counts as not scored. */
export function compareScores(
  measures: readonly { measureId: string; name: string }[],
  from: readonly ScoredMeasure[],
  to: readonly ScoredMeasure[],
): MeasureChange[] {
  const scoreIn = (side: readonly ScoredMeasure[], id: string) => side.find((s) => s.measureId === id)?.score ?? null;
  return measures.map(({ measureId, name }) => {
    const before = scoreIn(from, measureId);
    const after = scoreIn(to, measureId);
    return { measureId, name, from: before, to: after, change: before === null || after === null ? null : after - before };
  });
}

/** "+1", "−2" (a real minus sign), "unchanged" or "not scored". */
export function describeChange(change: number | null): string {
  if (change === null) return 'not scored';
  if (change === 0) return 'unchanged';
  return change > 0 ? `+${change}` : `\u2212${Math.abs(change)}`;
}
