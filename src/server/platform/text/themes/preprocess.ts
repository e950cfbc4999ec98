import { englishNlp } from '../nlp.js';

/** One distinct text after preprocessing: identical texts are grouped so 50,000 copies cost one. */
export interface Doc {
  /** Lemma ids in text order (vocabulary indexes). Empty when the text has no words at all. */
  tokens: number[];
  /** Ids of every input item with this exact token sequence. */
  ids: string[];
  /** Candidate label phrases in this text, by lemma key, with the words as first written. */
  phrases: Map<string, string>;
}

export interface Corpus {
  docs: Doc[];
  vocabulary: string[];
}

// Long texts are cut: the opening words carry the topic, and a 10,000-word paste must not
// dominate a cluster's word counts or the run time.
const MAX_TOKENS = 120;
const MAX_CHARS = 4000;

interface Word {
  lemma: string;
  surface: string;
  stop: boolean;
  /** Universal part of speech (NOUN, ADJ, VERB…): labels are noun phrases. */
  pos: string;
}

const stopCache = new Map<string, boolean>();
/** wink-nlp flags "in." (a stop word with its full stop attached) as a content word: ask again without it. */
function isStopWord(word: string): boolean {
  let known = stopCache.get(word);
  if (known === undefined) {
    const nlp = englishNlp();
    known = (nlp.readDoc(word).tokens().out(nlp.its.stopWordFlag) as unknown as boolean[])[0] ?? false;
    if (stopCache.size < 10_000) stopCache.set(word, known);
  }
  return known;
}

/**
 * The words of a text, in order, with their lemmas; `null` marks a break (punctuation, a number
 * or emoji) that no phrase may cross. Hyphenated words are kept whole ("Wi-Fi", "log-ins"), since
 * wink-nlp splits them and "wi" and "fi" mean nothing on their own.
 */
function wordsOf(text: string): (Word | null)[] {
  const nlp = englishNlp();
  const its = nlp.its;
  const tokens = nlp.readDoc(text.slice(0, MAX_CHARS)).tokens();
  const values = tokens.out();
  const types = tokens.out(its.type);
  // wink-nlp's typings do not list lemma as a token property, though the model provides it.
  const lemmaList = tokens.out(its.lemma as unknown as typeof its.value);
  const stopFlags = tokens.out(its.stopWordFlag) as unknown as boolean[];
  const tags = tokens.out(its.pos) as unknown as string[];
  const out: (Word | null)[] = [];
  for (let i = 0; i < values.length; i++) {
    if (types[i] !== 'word') {
      const previous = out.at(-1);
      if (values[i] === '-' && previous && types[i + 1] === 'word') {
        previous.surface += `-${values[i + 1]!.toLowerCase()}`;
        previous.lemma += `-${String(lemmaList[i + 1]).toLowerCase()}`;
        previous.stop = false;
        // "sign-on", "log-in": a noun made of a verb and a particle.
        previous.pos = ['ADP', 'PART', 'ADV'].includes(tags[i + 1] ?? '') ? 'NOUN' : tags[i + 1] === 'VERB' ? previous.pos : (tags[i + 1] ?? previous.pos);
        i++;
        continue;
      }
      out.push(null);
      continue;
    }
    let lemma = String(lemmaList[i]).toLowerCase();
    let stop = stopFlags[i] ?? false;
    if (lemma.endsWith('.')) {
      lemma = lemma.replace(/\.+$/, '');
      stop = stop || isStopWord(lemma);
    }
    if (lemma.length < 2 || /^\d+$/.test(lemma)) {
      out.push(null);
      continue;
    }
    out.push({ lemma, surface: values[i]!.toLowerCase().replace(/\.+$/, ''), stop, pos: tags[i] ?? 'X' });
  }
  return out;
}

// Short joining words that make one noun phrase of two ("computers on wheels").
const JOINERS = new Set(['of', 'on', 'in', 'for', 'with', 'at']);
const NOUN = new Set(['NOUN', 'PROPN']);
const MODIFIER = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * Candidate label phrases: noun phrases of two or three words ("remote desktop", "chemotherapy
 * day unit", "computers on wheels"): modifiers then a noun, or a noun, a short preposition and a
 * noun. Keyed by lemmas so "computer on wheel" and "computers on wheels" are one phrase; the
 * surface form is kept to read well.
 */
function phrasesOf(words: (Word | null)[]): Map<string, string> {
  const found = new Map<string, string>();
  const content = (w: Word | null | undefined): w is Word => Boolean(w && !w.stop);
  const add = (run: Word[]) => found.set(run.map((w) => w.lemma).join(' '), run.map((w) => w.surface).join(' '));
  for (let i = 0; i < words.length; i++) {
    const a = words[i];
    if (!content(a) || !MODIFIER.has(a.pos)) continue;
    const b = words[i + 1];
    const c = words[i + 2];
    if (content(b) && MODIFIER.has(b.pos)) {
      if (NOUN.has(b.pos)) add([a, b]);
      if (content(c) && NOUN.has(c.pos)) add([a, b, c]);
    } else if (b && NOUN.has(a.pos) && JOINERS.has(b.lemma) && content(c) && NOUN.has(c.pos)) {
      add([a, b, c]);
    }
  }
  return found;
}

/**
 * Lemmas of the content words (stop words, punctuation, numbers and emoji dropped). A text made
 * only of stop words ("Nothing.", "Not at all") keeps them, since then they are the message.
 */
function analyse(text: string): { lemmas: string[]; phrases: Map<string, string> } {
  const words = wordsOf(text);
  const present = words.filter((w): w is Word => w !== null);
  const content = present.filter((w) => !w.stop).map((w) => w.lemma);
  const lemmas = (content.length > 0 ? content : present.map((w) => w.lemma)).slice(0, MAX_TOKENS);
  return { lemmas, phrases: phrasesOf(words.slice(0, MAX_TOKENS * 3)) };
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
    const { lemmas: words, phrases } = analyse(text);
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
      doc = { tokens, ids: [], phrases };
      byKey.set(key, doc);
      docs.push(doc);
    }
    doc.ids.push(item.id);
    byText.set(text, doc);
  }
  return { docs, vocabulary };
}
