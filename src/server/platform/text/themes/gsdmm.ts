import type { Doc } from './preprocess.js';

/**
 * Dirichlet-multinomial mixture by collapsed Gibbs sampling (GSDMM, Yin & Wang 2014): each short
 * text belongs to exactly one theme, and empty themes die out, so the number of themes is found
 * by the sampler rather than fixed. Distinct texts carry a weight (how many items share them).
 */
export interface MixtureOptions {
  clusters: number;
  alpha: number;
  beta: number;
  iterations: number;
  seed: number;
}

export interface Mixture {
  assignment: Int32Array;
  /** Weighted number of items per cluster. */
  size: Int32Array;
  /** Weighted word counts per cluster, cluster-major: counts[z * V + w]. */
  counts: Int32Array;
  total: Int32Array;
  vocabularySize: number;
  /** The largest count any cell can reach (all weighted tokens plus one text's length). */
  capacity: number;
}

/** mulberry32: small, fast and fully determined by the seed. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Log of the (unnormalised) probability that `doc` belongs to cluster z, given the others. */
export function logFit(
  m: Mixture,
  doc: Doc,
  z: number,
  alpha: number,
  beta: number,
  repeats = repeatsOf(doc),
  tables = tablesFor(m, alpha, beta),
): number {
  const V = m.vocabularySize;
  const tokens = doc.tokens;
  const base = z * V;
  let score = lookup(tables.size, m.size[z]!, alpha);
  for (let i = 0; i < tokens.length; i++) score += lookup(tables.word, m.counts[base + tokens[i]!]! + repeats[i]!, beta);
  const total = m.total[z]!;
  for (let i = 0; i < tokens.length; i++) score -= lookup(tables.total, total + i, V * beta);
  return score;
}

// Counts are whole numbers, so log(count + constant) comes from a table: the sampler's inner
// loop would otherwise spend most of its time in Math.log. Tables stop at TABLE_SIZE entries.
const TABLE_SIZE = 1 << 20;
interface Tables {
  alpha: number;
  beta: number;
  size: Float64Array;
  word: Float64Array;
  total: Float64Array;
}
// Keyed by the mixture's size and priors so the seeded runs of one call share their tables.
let lastTables: (Tables & { length: number; vbeta: number }) | undefined;

function table(length: number, constant: number): Float64Array {
  const values = new Float64Array(length);
  for (let n = 0; n < length; n++) values[n] = Math.log(n + constant);
  return values;
}

function tablesFor(m: Mixture, alpha: number, beta: number): Tables {
  const length = Math.min(TABLE_SIZE, m.capacity + 1);
  const vbeta = m.vocabularySize * beta;
  const t = lastTables;
  if (t && t.alpha === alpha && t.beta === beta && t.length === length && t.vbeta === vbeta) return t;
  lastTables = { alpha, beta, length, vbeta, size: table(length, alpha), word: table(length, beta), total: table(length, vbeta) };
  return lastTables;
}

function lookup(values: Float64Array, n: number, constant: number): number {
  return n < values.length ? values[n]! : Math.log(n + constant);
}

// The n-th repeat of a word within one text (0 for its first use): the sampler's inner loop
// reads it for every cluster, so it is worked out once per text.
const repeatCache = new WeakMap<Doc, Int32Array>();
function repeatsOf(doc: Doc): Int32Array {
  let repeats = repeatCache.get(doc);
  if (!repeats) {
    const seen = new Map<number, number>();
    repeats = Int32Array.from(doc.tokens, (w) => {
      const n = seen.get(w) ?? 0;
      seen.set(w, n + 1);
      return n;
    });
    repeatCache.set(doc, repeats);
  }
  return repeats;
}

function move(m: Mixture, doc: Doc, z: number, sign: 1 | -1): void {
  const weight = doc.ids.length * sign;
  m.size[z]! += weight;
  m.total[z]! += weight * doc.tokens.length;
  for (const w of doc.tokens) m.counts[z * m.vocabularySize + w]! += weight;
}

export function emptyMixture(clusters: number, vocabularySize: number, docs: Doc[]): Mixture {
  let capacity = 0;
  for (const doc of docs) capacity += doc.ids.length * doc.tokens.length + doc.ids.length + doc.tokens.length;
  return {
    assignment: new Int32Array(docs.length).fill(-1),
    size: new Int32Array(clusters),
    counts: new Int32Array(clusters * vocabularySize),
    total: new Int32Array(clusters),
    vocabularySize,
    capacity,
  };
}

export function place(m: Mixture, docs: Doc[], d: number, z: number): void {
  const previous = m.assignment[d]!;
  if (previous >= 0) move(m, docs[d]!, previous, -1);
  m.assignment[d] = z;
  if (z >= 0) move(m, docs[d]!, z, 1);
}

/** Docs without tokens are left out (assignment -1): they carry nothing to group on. */
export function fitMixture(
  docs: Doc[],
  vocabularySize: number,
  options: MixtureOptions,
  onIteration?: (done: number) => void,
): Mixture {
  const { clusters: K, alpha, beta, iterations } = options;
  const next = random(options.seed);
  const m = emptyMixture(K, vocabularySize, docs);
  docs.forEach((doc, d) => {
    if (doc.tokens.length > 0) place(m, docs, d, Math.floor(next() * K));
  });
  const scores = new Float64Array(K);
  const tables = tablesFor(m, alpha, beta);
  for (let iteration = 0; iteration < iterations; iteration++) {
    for (let d = 0; d < docs.length; d++) {
      const doc = docs[d]!;
      if (doc.tokens.length === 0) continue;
      place(m, docs, d, -1);
      let best = -Infinity;
      // Every empty cluster gives the same score: work it out once per text.
      let emptyScore = NaN;
      const repeats = repeatsOf(doc);
      for (let z = 0; z < K; z++) {
        if (m.size[z] === 0) {
          if (Number.isNaN(emptyScore)) emptyScore = logFit(m, doc, z, alpha, beta, repeats, tables);
          scores[z] = emptyScore;
        } else scores[z] = logFit(m, doc, z, alpha, beta, repeats, tables);
        if (scores[z]! > best) best = scores[z]!;
      }
      let sum = 0;
      for (let z = 0; z < K; z++) {
        scores[z] = Math.exp(scores[z]! - best);
        sum += scores[z]!;
      }
      let pick = next() * sum;
      let chosen = K - 1;
      for (let z = 0; z < K; z++) {
        pick -= scores[z]!;
        if (pick <= 0) {
          chosen = z;
          break;
        }
      }
      place(m, docs, d, chosen);
    }
    onIteration?.(iteration + 1);
  }
  return m;
}

/**
 * How well the whole assignment explains the texts (sum over docs of the log fit to their own
 * cluster), used to pick the best of several seeded runs.
 */
export function fitScore(m: Mixture, docs: Doc[], alpha: number, beta: number): number {
  let score = 0;
  docs.forEach((doc, d) => {
    const z = m.assignment[d]!;
    if (z < 0) return;
    place(m, docs, d, -1);
    score += doc.ids.length * logFit(m, doc, z, alpha, beta);
    place(m, docs, d, z);
  });
  return score;
}
