/**
 * The theming quality metric of ../shared/tools/theming_eval.py, in TypeScript so the bench and
 * tests need no Python: AMI as scikit-learn's adjusted_mutual_info_score (arithmetic mean,
 * expected mutual information under the permutation model) and label-recovery F1.
 */
export interface LabelledRow {
  id: string;
  text: string;
  labels: string[];
}

export interface ThemeScore {
  scored: number;
  ami: number;
  f1: number;
  codes: number;
}

const CATCH_ALL = new Set(['Labelling not possible', 'Not assigned']);

/** Same rows as the script: exactly one label, not a catch-all, and at least 3 words. */
export function scorableRows<T extends LabelledRow>(rows: T[]): T[] {
  return rows.filter(
    (row) => row.labels.length === 1 && !CATCH_ALL.has(row.labels[0]!) && row.text.split(/\s+/).filter(Boolean).length >= 3,
  );
}

export function evaluateThemes(rows: LabelledRow[], assignment: Record<string, string | number>): ThemeScore {
  const kept = scorableRows(rows).filter((row) => Object.hasOwn(assignment, row.id));
  const truth = kept.map((row) => row.labels[0]!);
  const predicted = kept.map((row) => String(assignment[row.id]));
  const byLabel = new Map<string, Set<string>>();
  const byTheme = new Map<string, Set<string>>();
  kept.forEach((row, i) => {
    if (!byLabel.has(truth[i]!)) byLabel.set(truth[i]!, new Set());
    byLabel.get(truth[i]!)!.add(row.id);
    if (!byTheme.has(predicted[i]!)) byTheme.set(predicted[i]!, new Set());
    byTheme.get(predicted[i]!)!.add(row.id);
  });
  const f1s: number[] = [];
  for (const members of byLabel.values()) {
    if (members.size < 30) continue;
    let best = 0;
    for (const theme of byTheme.values()) {
      let inter = 0;
      for (const id of members) if (theme.has(id)) inter++;
      if (inter > 0) best = Math.max(best, (2 * inter) / (members.size + theme.size));
    }
    f1s.push(best);
  }
  return {
    scored: kept.length,
    ami: adjustedMutualInformation(truth, predicted),
    f1: f1s.length === 0 ? 0 : f1s.reduce((a, b) => a + b, 0) / f1s.length,
    codes: f1s.length,
  };
}

function contingency(a: string[], b: string[]) {
  const rows = new Map<string, number>();
  const cols = new Map<string, number>();
  for (const x of a) if (!rows.has(x)) rows.set(x, rows.size);
  for (const x of b) if (!cols.has(x)) cols.set(x, cols.size);
  const table = new Map<number, number>();
  const R = rows.size;
  a.forEach((x, i) => {
    const key = cols.get(b[i]!)! * R + rows.get(x)!;
    table.set(key, (table.get(key) ?? 0) + 1);
  });
  const rowSums = new Array<number>(R).fill(0);
  const colSums = new Array<number>(cols.size).fill(0);
  for (const [key, n] of table) {
    rowSums[key % R]! += n;
    colSums[Math.floor(key / R)]! += n;
  }
  return { table, R, rowSums, colSums };
}

function entropy(sums: number[], n: number): number {
  let h = 0;
  for (const s of sums) if (s > 0) h -= (s / n) * Math.log(s / n);
  return h;
}

export function adjustedMutualInformation(truth: string[], predicted: string[]): number {
  const N = truth.length;
  const { table, R, rowSums, colSums } = contingency(truth, predicted);
  // scikit-learn's special cases: identical trivial labellings are a perfect match.
  if ((rowSums.length === 1 && colSums.length === 1) || (rowSums.length === 0 && colSums.length === 0)) return 1;
  let mi = 0;
  for (const [key, nij] of table) {
    const a = rowSums[key % R]!;
    const b = colSums[Math.floor(key / R)]!;
    mi += (nij / N) * (Math.log(nij) + Math.log(N) - Math.log(a) - Math.log(b));
  }
  mi = Math.max(0, mi);
  const emi = expectedMutualInformation(rowSums, colSums, N);
  const normalizer = (entropy(rowSums, N) + entropy(colSums, N)) / 2;
  let denominator = normalizer - emi;
  const eps = Number.EPSILON;
  denominator = denominator < 0 ? Math.min(denominator, -eps) : Math.max(denominator, eps);
  return (mi - emi) / denominator;
}

/** scikit-learn's expected_mutual_information, term for term. */
function expectedMutualInformation(a: number[], b: number[], N: number): number {
  if (a.length === 1 || b.length === 1) return 0;
  const glnA = a.map((x) => logGamma(x + 1));
  const glnB = b.map((x) => logGamma(x + 1));
  const glnNA = a.map((x) => logGamma(N - x + 1));
  const glnNB = b.map((x) => logGamma(N - x + 1));
  const glnN = logGamma(N + 1);
  const maxN = Math.max(...a, ...b);
  const glnNij = Array.from({ length: maxN + 1 }, (_, n) => logGamma(Math.max(n, 1) + 1) + glnN);
  let emi = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      const start = Math.max(1, a[i]! - N + b[j]!);
      const end = Math.min(a[i]!, b[j]!) + 1;
      for (let nij = start; nij < end; nij++) {
        const term1 = nij / N;
        const term2 = Math.log(N * nij) - Math.log(a[i]!) - Math.log(b[j]!);
        const gln =
          glnA[i]! + glnB[j]! + glnNA[i]! + glnNB[j]! - glnNij[nij]! -
          logGamma(a[i]! - nij + 1) - logGamma(b[j]! - nij + 1) - logGamma(N - a[i]! - b[j]! + nij + 1);
        emi += term1 * term2 * Math.exp(gln);
      }
    }
  }
  return emi;
}

/** ln Γ(x) for x > 0: Stirling's series after shifting x above 10, accurate to ~1e-14. */
export function logGamma(x: number): number {
  let shift = 0;
  while (x < 10) {
    shift += Math.log(x);
    x += 1;
  }
  const inv = 1 / x;
  const inv2 = inv * inv;
  const series = inv * (1 / 12 - inv2 * (1 / 360 - inv2 * (1 / 1260 - inv2 * (1 / 1680 - inv2 / 1188))));
  return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + series - shift;
}
