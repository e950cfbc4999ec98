import { englishNlp } from './nlp.js';

/**
 * The feeling of one comment, on this machine: wink-nlp scores each clause (it handles negation such
 * as "not good" and emoji), a few words staff use about systems that its general lexicon misses
 * ("crashes", "clunky", "saves time") adjust the score, and a comment with a clearly positive and a
 * clearly negative clause is "mixed" ("The nurses were great but the system is awful").
 */
export type SentimentLabel = 'positive' | 'neutral' | 'negative' | 'mixed';

/** A clause at or beyond this score, either way, counts as clearly positive or negative. */
export const CLEAR = 0.2;

// Staff words about systems, with the weight each adds to a clause's score.
const DOMAIN: [RegExp, number][] = [
  // wink counts "works" as praise, so "nothing works" needs to outweigh it.
  [/\bnothing (?:ever )?works\b/gi, -0.8],
  [/\b(?:crash(?:es|ed|ing)?|freez(?:es|ing)|froze|frozen|unusable|clunky|nightmare|outdated|glitch(?:y|es)?|unreliable|logged out|time-?consuming|takes? forever|takes? ages)\b/gi, -0.5],
  [/\b(?:slow(?:er|ly)?|los(?:e|es|ing|t)|fail(?:s|ed|ing)?|duplicat(?:e|ed|ion)|waste(?:d|s)?|frustrat(?:ing|ed|es)|difficult|hard to|can'?t|cannot|doesn'?t work|don'?t work|never works?|keeps? going down|down again|again and again|struggl(?:e|es|ing))\b/gi, -0.35],
  // Work done twice or by hand: the commonest complaint in NHS comments, in plain words.
  [/\b(?:by hand|manually|re-?type[sd]?|re-?key(?:s|ed|ing)?|(?:have|has|had) to chase|workarounds?)\b/gi, -0.35],
  [/\b(?:typ(?:e|ed|ing)|enter(?:s|ed|ing)?|key(?:s|ed|ing)?|writ(?:e|ing)|cop(?:y|ies|ied|ying))\b[^.;]{0,40}\b(?:again|twice|three times)\b|\bthe same (?:data|details|information|things?)\b[^.;]{0,30}\binto\b/gi, -0.35],
  [/\b(?:saves?(?: us)? time|easy|easier|intuitive|reliable|quick(?:er|ly)?|smooth(?:ly)?|works? well|supportive|helpful|brilliant|excellent|fantastic|improved)\b/gi, 0.3],
];
const CLAUSE_BREAK = /\s*(?:\b(?:but|however|although|though|whereas|except that|yet)\b|;|—| - )\s*/i;

function clauses(text: string): string[] {
  const nlp = englishNlp();
  return nlp
    .readDoc(text)
    .sentences()
    .out()
    .flatMap((sentence: string) => sentence.split(CLAUSE_BREAK))
    .filter((clause: string) => /[\p{L}\p{N}\p{Extended_Pictographic}]/u.test(clause));
}

/**
 * Words that are praise in a general lexicon but names in a hospital: "the other trust" is an
 * organisation and "patient care" a service, not trust or care felt. They are read as neutral.
 */
const NAMES_NOT_FEELINGS = [
  /\b(?:the|our|this|that|other|another|each|every|neighbouring|partner|acute|foundation|nhs|hospital|host)\s+trusts?\b/gi,
  /\b(?:patient|nursing|social|critical|intensive|palliative|cancer|primary|secondary|urgent|direct|day|end[- ]of[- ]life)\s+care\b/gi,
  /\bcare (?:plans?|homes?|records?|pathways?|teams?|settings?)\b/gi,
];

/** wink-nlp's score for a clause, moved by the staff words it contains, kept within -1..1. */
export function clauseScore(clause: string): number {
  const nlp = englishNlp();
  const plain = NAMES_NOT_FEELINGS.reduce((text, pattern) => text.replace(pattern, 'organisation'), clause);
  let score = nlp.readDoc(plain).out(nlp.its.sentiment) as number;
  for (const [pattern, weight] of DOMAIN) score += (clause.match(pattern)?.length ?? 0) * weight;
  return Math.max(-1, Math.min(1, score));
}

export function sentimentOf(text: string): SentimentLabel {
  const scores = clauses(text.trim()).map(clauseScore);
  if (scores.length === 0) return 'neutral';
  const positive = scores.some((s) => s >= CLEAR);
  const negative = scores.some((s) => s <= -CLEAR);
  if (positive && negative) return 'mixed';
  if (positive) return 'positive';
  if (negative) return 'negative';
  return 'neutral';
}
