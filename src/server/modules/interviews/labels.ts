/**
 * How labels of drivers and priorities are compared. Two rules, deliberately different:
 * - `labelKey` decides that a new item *is* an existing topic: only case and spacing may
 *   differ ("Patient portal" = "patient  portal"). Anything looser would merge by itself.
 * - `significantWords` only *suggests* that two topics may be the same, for a person to
 *   confirm: "Single EPR across sites" and "One EPR for all sites" share "epr" and "site".
 */

export function labelKey(label: string): string {
  return label.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLowerCase();
}

/** Common English words, and words every NHS priority uses, which say nothing about the topic. */
const STOP_WORDS = new Set(
  (
    'a an and are as at be been but by can do for from get has have in into is it its more most ' +
    'much no not of on or our over so than that the their them there these they this to too ' +
    'up us was we were what when which who will with within without across all any each every ' +
    'other same some such via per new better improve improving improved make making use using ' +
    'need needs want wants nhs trust'
  ).split(' '),
);

/** Plural and singular count as one word ("sites" ~ "site"); nothing cleverer, so it stays predictable. */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

export function significantWords(label: string): Set<string> {
  const words = labelKey(label).match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(words.filter((w) => !STOP_WORDS.has(w) && (w.length > 1 || /\p{N}/u.test(w))).map(stem));
}

export interface LabelledTopic {
  id: string;
  label: string;
}

export interface Suggestion<T extends LabelledTopic> {
  topics: [T, T];
  sharedWords: string[];
}

/**
 * Pairs of topics that look alike, most alike first (more shared words, then a higher share
 * of their words in common). Two shared words are enough; one shared word only when it is
 * a large part of both labels, or every topic would pair with every other that says
 * "patient". Quadratic, which is fine for the tens or low hundreds of topics one strategy's
 * interviews produce.
 */
export function suggestDuplicates<T extends LabelledTopic>(topics: readonly T[], limit = 15): Suggestion<T>[] {
  const words = topics.map((t) => significantWords(t.label));
  const found: (Suggestion<T> & { score: number })[] = [];
  for (let i = 0; i < topics.length; i += 1) {
    for (let j = i + 1; j < topics.length; j += 1) {
      const shared = [...words[i]!].filter((w) => words[j]!.has(w));
      const union = new Set([...words[i]!, ...words[j]!]).size;
      if (shared.length === 0 || (shared.length === 1 && shared.length / union <= 0.3)) continue;
      found.push({ topics: [topics[i]!, topics[j]!], sharedWords: shared.sort(), score: shared.length + shared.length / union });
    }
  }
  return found
    .sort((a, b) => b.score - a.score || a.topics[0].label.localeCompare(b.topics[0].label))
    .slice(0, limit)
    .map(({ topics: pair, sharedWords }) => ({ topics: pair, sharedWords }));
}
