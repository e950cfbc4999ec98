import type { Doc } from './preprocess.js';

export interface Theme {
  label: string;
  keywords: string[];
  memberIds: string[];
  /** The most typical members (up to 3), each with a different text. */
  representativeIds: string[];
  /** Mean cosine similarity of members' words to the theme's words, 0 to 1. */
  cohesion: number;
}

function wordCounts(docs: Doc[], members: number[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const d of members) {
    const doc = docs[d]!;
    for (const w of doc.tokens) counts.set(w, (counts.get(w) ?? 0) + doc.ids.length);
  }
  return counts;
}

/** How many texts (counting copies) contain each phrase, and how the phrase was most often written. */
function phraseCounts(docs: Doc[], members: number[]): Map<string, { n: number; surfaces: Map<string, number> }> {
  const counts = new Map<string, { n: number; surfaces: Map<string, number> }>();
  for (const d of members) {
    const doc = docs[d]!;
    for (const [key, surface] of doc.phrases) {
      const entry = counts.get(key) ?? { n: 0, surfaces: new Map<string, number>() };
      entry.n += doc.ids.length;
      entry.surfaces.set(surface, (entry.surfaces.get(surface) ?? 0) + doc.ids.length);
      counts.set(key, entry);
    }
  }
  return counts;
}

// A phrase names a theme only when enough of its texts use it and it is mostly theirs.
const PHRASE_COVERAGE = 0.2;
const PHRASE_OWNERSHIP = 0.5;

/**
 * The theme's most distinctive phrase ("computers on wheels", "remote desktop"): scored by the
 * share of the theme's texts that use it times the share of its uses that fall in this theme.
 * Null when no phrase is common enough, and then the label is made of keywords.
 */
function phraseLabel(
  own: Map<string, { n: number; surfaces: Map<string, number> }>,
  overall: Map<string, number>,
  size: number,
): string | null {
  let best: { score: number; key: string; surface: string } | null = null;
  for (const [key, { n, surfaces }] of own) {
    if (n < 2) continue;
    const coverage = n / size;
    const ownership = n / overall.get(key)!;
    if (coverage < PHRASE_COVERAGE || ownership < PHRASE_OWNERSHIP) continue;
    // Longer phrases read better when they are as well supported.
    const score = coverage * ownership * (1 + 0.1 * key.split(' ').length);
    if (!best || score > best.score || (score === best.score && key < best.key)) {
      const surface = [...surfaces].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
      best = { score, key, surface };
    }
  }
  return best ? best.surface : null;
}

function cosine(doc: Doc, weights: Map<number, number>, norm: number): number {
  const own = new Map<number, number>();
  for (const w of doc.tokens) own.set(w, (own.get(w) ?? 0) + 1);
  let dot = 0;
  let self = 0;
  for (const [w, n] of own) {
    dot += n * (weights.get(w) ?? 0);
    self += n * n;
  }
  return self === 0 || norm === 0 ? 0 : dot / Math.sqrt(self) / norm;
}

/**
 * Labels by the theme's most distinctive phrase when it has one, else by class-based TF-IDF (c-TF-IDF, as in BERTopic): a word scores by its share of the
 * theme's words times how rare it is across all themes, so "staff" that is everywhere does not
 * name every theme.
 */
export function describeThemes(docs: Doc[], vocabulary: string[], groups: number[][]): Theme[] {
  const perGroup = groups.map((members) => wordCounts(docs, members));
  const overall = new Map<number, number>();
  let allWords = 0;
  for (const counts of perGroup) {
    for (const [w, n] of counts) {
      overall.set(w, (overall.get(w) ?? 0) + n);
      allWords += n;
    }
  }
  const averageWords = allWords / Math.max(1, groups.length);
  const phrasesPerGroup = groups.map((members) => phraseCounts(docs, members));
  const phrasesOverall = new Map<string, number>();
  for (const counts of phrasesPerGroup) for (const [key, { n }] of counts) phrasesOverall.set(key, (phrasesOverall.get(key) ?? 0) + n);
  return groups.map((members, g) => {
    const counts = perGroup[g]!;
    let groupWords = 0;
    for (const n of counts.values()) groupWords += n;
    const scored = [...counts]
      .map(([w, n]) => ({ w, score: (n / groupWords) * Math.log(1 + averageWords / overall.get(w)!) }))
      .sort((a, b) => b.score - a.score || vocabulary[a.w]!.localeCompare(vocabulary[b.w]!));
    const keywords = scored.slice(0, 8).map((entry) => vocabulary[entry.w]!);
    let norm = 0;
    for (const n of counts.values()) norm += n * n;
    norm = Math.sqrt(norm);
    const typicality = members.map((d) => ({ d, fit: cosine(docs[d]!, counts, norm) }));
    let cohesion = 0;
    let weight = 0;
    for (const { d, fit } of typicality) {
      cohesion += fit * docs[d]!.ids.length;
      weight += docs[d]!.ids.length;
    }
    // Distinct docs are distinct texts already, so the top three are never duplicates.
    const representativeIds = [...typicality]
      .sort((a, b) => b.fit - a.fit || a.d - b.d)
      .slice(0, 3)
      .map(({ d }) => docs[d]!.ids[0]!);
    const size = members.reduce((sum, d) => sum + docs[d]!.ids.length, 0);
    const phrase = phraseLabel(phrasesPerGroup[g]!, phrasesOverall, size);
    return {
      label: phrase ? capitalise(phrase) : labelFrom(keywords),
      keywords,
      memberIds: members.flatMap((d) => docs[d]!.ids),
      representativeIds,
      cohesion: weight === 0 ? 0 : Math.round((cohesion / weight) * 1000) / 1000,
    };
  });
}

function labelFrom(keywords: string[]): string {
  const words = keywords.slice(0, 3);
  if (words.length === 0) return 'Texts without words';
  return capitalise(words.join(', '));
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
