import { describeThemes, type Theme } from './describe.js';
import { fitMixture, fitScore, logFit, place, type Mixture } from './gsdmm.js';
import { consensusAssignment } from './consensus.js';
import { preprocess, type Doc } from './preprocess.js';

export type { Theme } from './describe.js';

export interface ThemeItem {
  id: string;
  text: string;
}

export interface ThemeOptions {
  seed?: number;
  /** 'auto' lets the sampler find the number; a number asks for about that many. */
  themes?: number | 'auto';
  /** Called with the fraction done (0 to 1). */
  onProgress?: (fraction: number) => void;
}

export interface ThemeSuggestion {
  themes: Theme[];
  /** Items that fitted no theme well (or had no words to group on). */
  unfitted: string[];
  /** For each unfitted item that has words: the index in `themes` of the theme it is closest to. */
  nearest: Record<string, number>;
  message?: string;
}

const ALPHA = 0.1;
const BETA = 0.05;
// Several seeded runs, keeping the one that explains the texts best: one run can get stuck.
const RUNS = 12;
const ITERATIONS = 6;
// A small set is cheap to sweep more often, and six sweeps may not settle it: about 48,000 text
// visits a run, between 6 and 30 sweeps.
const sweepsFor = (texts: number) => Math.max(ITERATIONS, Math.min(30, Math.round(48_000 / Math.max(1, texts))));
const AUTO_CLUSTERS = 40;
// An item is "unfitted" when even its best theme explains it with less than this probability.
const FIT_THRESHOLD = 0.5;

export function suggestThemes(items: ThemeItem[], options: ThemeOptions = {}): ThemeSuggestion {
  const progress = options.onProgress ?? (() => undefined);
  const seed = Number.isFinite(options.seed) ? Math.trunc(options.seed!) : 1;
  if (items.length === 0) {
    return { themes: [], unfitted: [], nearest: {}, message: 'There are no texts to group. Choose a set with some answers in it.' };
  }
  const { docs, vocabulary } = preprocess(items);
  progress(0.2);
  const wordy = docs.map((doc, d) => (doc.tokens.length > 0 ? d : -1)).filter((d) => d >= 0);
  const wordless = docs.filter((doc) => doc.tokens.length === 0).flatMap((doc) => doc.ids);
  if (wordy.length === 0) {
    progress(1);
    return {
      themes: [],
      unfitted: wordless,
      nearest: {},
      message: 'None of these texts has words to group on (they are empty, or only emoji, symbols or numbers), so no themes were suggested.',
    };
  }
  if (wordy.length === 1) {
    const themes = describeThemes(docs, vocabulary, [wordy]);
    progress(1);
    const count = themes[0]!.memberIds.length;
    return {
      themes,
      unfitted: wordless,
      nearest: {},
      message:
        count === 1
          ? 'There is only one text with words in it, so it makes one theme on its own. Themes need more texts to compare.'
          : `All ${count} texts with words say the same thing, so they make one theme.`,
    };
  }
  const requested = options.themes === undefined || options.themes === 'auto' ? undefined : Math.max(1, Math.round(options.themes));
  const clusters = Math.min(requested ?? AUTO_CLUSTERS, wordy.length);
  const best = bestOfRuns(docs, vocabulary.length, clusters, seed, wordy, (f) => progress(0.2 + 0.7 * f));
  const totalItems = wordy.reduce((sum, d) => sum + docs[d]!.ids.length, 0);
  // Tiny clusters are noise from the sampler; their texts join the theme that fits them best.
  const minimum = requested ? Math.max(2, Math.floor(totalItems / (requested * 10))) : Math.max(3, Math.ceil(totalItems * 0.004));
  const groups = settle(best, docs, wordy, minimum);
  const { members, unfitted, nearest } = fitOrNot(best, docs, wordy, groups);
  const themes = describeThemes(docs, vocabulary, members);
  progress(1);
  const nearestIds: Record<string, number> = {};
  for (const [d, g] of nearest) for (const id of docs[d]!.ids) nearestIds[id] = g;
  return { themes, unfitted: [...unfitted.flatMap((d) => docs[d]!.ids), ...wordless], nearest: nearestIds };
}

/**
 * Several seeded runs; the one that explains the texts best is the starting point, and every text
 * then moves to the theme it sat with most often across all the runs (see consensus.ts).
 */
function bestOfRuns(docs: Doc[], V: number, clusters: number, seed: number, wordy: number[], progress: (f: number) => void): Mixture {
  let best: Mixture | undefined;
  let bestScore = -Infinity;
  const runs: Int32Array[] = [];
  const iterations = sweepsFor(wordy.length);
  for (let run = 0; run < RUNS; run++) {
    const mixture = fitMixture(docs, V, { clusters, alpha: ALPHA, beta: BETA, iterations, seed: seed * 7919 + run }, (i) =>
      progress((run + i / iterations) / RUNS),
    );
    runs.push(Int32Array.from(mixture.assignment));
    const score = fitScore(mixture, docs, ALPHA, BETA);
    if (score > bestScore) {
      bestScore = score;
      best = mixture;
    }
  }
  const agreed = consensusAssignment(runs, best!.assignment, wordy, (d) => docs[d]!.ids.length, clusters);
  for (const d of wordy) {
    if (agreed[d] === best!.assignment[d]) continue;
    place(best!, docs, d, -1);
    place(best!, docs, d, agreed[d]!);
  }
  return best!;
}

/** Dissolves clusters smaller than `minimum`, then re-places every text in its best surviving cluster. */
function settle(m: Mixture, docs: Doc[], wordy: number[], minimum: number): number[] {
  const K = m.size.length;
  let alive = [...Array(K).keys()].filter((z) => m.size[z]! >= minimum);
  if (alive.length === 0) alive = [[...Array(K).keys()].reduce((a, b) => (m.size[b]! > m.size[a]! ? b : a))];
  for (let pass = 0; pass < 3; pass++) {
    let moved = 0;
    for (const d of wordy) {
      const from = m.assignment[d]!;
      place(m, docs, d, -1);
      let chosen = alive[0]!;
      let bestFit = -Infinity;
      for (const z of alive) {
        const fit = logFit(m, docs[d]!, z, ALPHA, BETA);
        if (fit > bestFit) {
          bestFit = fit;
          chosen = z;
        }
      }
      place(m, docs, d, chosen);
      if (chosen !== from) moved++;
    }
    alive = alive.filter((z) => m.size[z]! > 0);
    if (moved === 0) break;
  }
  return alive.sort((a, b) => m.size[b]! - m.size[a]! || a - b);
}

function fitOrNot(m: Mixture, docs: Doc[], wordy: number[], alive: number[]) {
  const members: number[][] = alive.map(() => []);
  const unfitted: number[] = [];
  const nearest = new Map<number, number>();
  const position = new Map(alive.map((z, g) => [z, g]));
  const emptied = new Set<number>();
  for (const d of wordy) {
    const own = m.assignment[d]!;
    place(m, docs, d, -1);
    const fits = alive.map((z) => logFit(m, docs[d]!, z, ALPHA, BETA));
    place(m, docs, d, own);
    const top = Math.max(...fits);
    const sum = fits.reduce((s, f) => s + Math.exp(f - top), 0);
    const g = position.get(own)!;
    const share = Math.exp(fits[g]! - top) / sum;
    if (share < FIT_THRESHOLD && alive.length > 1) {
      unfitted.push(d);
      nearest.set(d, g);
    } else {
      members[g]!.push(d);
    }
  }
  // A theme is never left empty: if none of its texts fitted well, they are still its texts.
  const stillUnfitted = unfitted.filter((d) => {
    const g = nearest.get(d)!;
    if (members[g]!.length > 0 && !emptied.has(g)) return true;
    emptied.add(g);
    members[g]!.push(d);
    nearest.delete(d);
    return false;
  });
  return { members, unfitted: stillUnfitted, nearest };
}
