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
 * Labels by class-based TF-IDF (c-TF-IDF, as in BERTopic): a word scores by its share of the
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
    return {
      label: labelFrom(keywords),
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
  const text = words.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
