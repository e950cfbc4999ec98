/**
 * Ranking priority themes by weighted criteria. Shared by the server (the agreed order's check)
 * and the web (which re-ranks live while a weight moves), so both always agree.
 */
export interface RankCriterion {
  id: string;
  kind: 'value' | 'effort';
  weight: number;
}
export interface RankTheme {
  id: string;
  title: string;
  /** Score (1–5) by criterion id; a criterion not yet scored is absent. */
  scores: Readonly<Record<string, number>>;
}
export interface RankedTheme {
  id: string;
  title: string;
  /** Weighted mean of the value scores, 1–5; null until every weighted value criterion is scored. */
  value: number | null;
  /** Weighted mean of the effort scores, 1–5; 0 when no effort criterion carries weight. */
  effort: number | null;
  overall: number | null;
  /** 1 first. Unscored themes follow every scored one. */
  rank: number;
  scored: boolean;
}

export const RANKING_RULE =
  'Value is the weighted average of a theme’s value scores and effort the weighted average of its effort scores (each 1 to 5); ' +
  'the overall score is value minus half the effort, highest first, ties in title order, and themes not yet scored on every weighted criterion come last.';

// Scores are small whole numbers and weights at most 100: rounding away float noise makes equal
// scores compare equal, so ties fall to the title as the rule says.
const round = (n: number) => Math.round(n * 1e6) / 1e6;

function weightedMean(theme: RankTheme, criteria: RankCriterion[]): number | null | 'missing' {
  const weighted = criteria.filter((c) => c.weight > 0);
  if (weighted.length === 0) return null;
  let sum = 0;
  let weights = 0;
  for (const c of weighted) {
    const score = theme.scores[c.id];
    if (score === undefined) return 'missing';
    sum += score * c.weight;
    weights += c.weight;
  }
  return round(sum / weights);
}

const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title, 'en-GB', { sensitivity: 'base' });

export function rankThemes(themes: readonly RankTheme[], criteria: readonly RankCriterion[]): RankedTheme[] {
  const valueCriteria = criteria.filter((c) => c.kind === 'value');
  const effortCriteria = criteria.filter((c) => c.kind === 'effort');
  const rows = themes.map((theme) => {
    const value = weightedMean(theme, valueCriteria);
    const effort = weightedMean(theme, effortCriteria);
    const scored = typeof value === 'number' && effort !== 'missing';
    const effortValue = typeof effort === 'number' ? effort : 0;
    return {
      id: theme.id,
      title: theme.title,
      value: typeof value === 'number' ? value : null,
      effort: typeof effort === 'number' ? effort : scored ? 0 : null,
      overall: scored ? round((value as number) - effortValue / 2) : null,
      rank: 0,
      scored,
    };
  });
  rows.sort((a, b) => {
    if (a.scored !== b.scored) return a.scored ? -1 : 1;
    return (a.scored && b.scored ? b.overall! - a.overall! : 0) || byTitle(a, b) || a.id.localeCompare(b.id);
  });
  return rows.map((row, i) => ({ ...row, rank: i + 1 }));
}

/** True when no criteria are set yet or at least one value criterion carries weight: otherwise nothing can be ranked. */
export function valueCriteriaCarryWeight(criteria: readonly RankCriterion[]): boolean {
  return criteria.length === 0 || criteria.some((c) => c.kind === 'value' && c.weight > 0);
}
