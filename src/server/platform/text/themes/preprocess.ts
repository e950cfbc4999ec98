import { englishNlp } from '../nlp.js';

/** One distinct text after preprocessing: identical texts are grouped so 50,000 copies cost one. */
export interface Doc {
  /** Lemma ids in text order (vocabulary indexes). Empty when the text has no words at all. */
  tokens: number[];
  /** Ids of every input item with this exact token sequence. */
  ids: string[];
}

export interface Corpus {
  docs: Doc[];
  vocabulary: string[];
}

// Long texts are cut: the opening words carry the topic, and a 10,000-word paste must not
// dominate a cluster's word counts or the run time.
const MAX_TOKENS = 120;
const MAX_CHARS = 4000;

/**
 * Lemmas of the content words (stop words, punctuation, numbers and emoji dropped). A text made
 * only of stop words ("Nothing.", "Not at all") keeps them, since then they are the message.
 */
function lemmas(text: string): string[] {
  const nlp = englishNlp();
  const its = nlp.its;
  const doc = nlp.readDoc(text.slice(0, MAX_CHARS));
  const words: string[] = [];
  const stops: string[] = [];
  const tokens = doc.tokens();
  const types = tokens.out(its.type);
  // wink-nlp's typings do not list lemma as a token property, though the model provides it.
  const lemmaList = tokens.out(its.lemma as unknown as typeof its.value);
  const stopFlags = tokens.out(its.stopWordFlag) as unknown as boolean[];
  types.forEach((type, i) => {
    if (type !== 'word') return;
    const lemma = String(lemmaList[i]).toLowerCase();
    if (lemma.length < 2 || /^\d+$/.test(lemma)) return;
    (stopFlags[i] ? stops : words).push(lemma);
  });
  return (words.length > 0 ? words : stops).slice(0, MAX_TOKENS);
}

export function preprocess(items: { id: string; text: string }[]): Corpus {
  const vocabulary: string[] = [];
  const index = new Map<string, number>();
  const byKey = new Map<string, Doc>();
  const byText = new Map<string, Doc>();
  const docs: Doc[] = [];
  for (const item of items) {
    const text = typeof item.text === 'string' ? item.text.trim() : '';
    // Identical raw texts skip the language pipeline entirely.
    const known = byText.get(text);
    if (known) {
      known.ids.push(item.id);
      continue;
    }
    const words = lemmas(text);
    const key = words.join(' ');
    let doc = byKey.get(key);
    if (!doc) {
      const tokens = words.map((word) => {
        let id = index.get(word);
        if (id === undefined) {
          id = vocabulary.length;
          vocabulary.push(word);
          index.set(word, id);
        }
        return id;
      });
      doc = { tokens, ids: [] };
      byKey.set(key, doc);
      docs.push(doc);
    }
    doc.ids.push(item.id);
    byText.set(text, doc);
  }
  return { docs, vocabulary };
}
