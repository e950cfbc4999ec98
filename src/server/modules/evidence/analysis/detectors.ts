import type { Analyser } from './analyse.js';

/*
 * The on-machine analyses come from `platform/text` (sentiment.ts, personal-info.ts), written by
 * another part of Define. Until they land this adapter finds only the structured identifiers that
 * need no model (emails, UK phone numbers, NHS numbers, postcodes) and no sentiment, so the job,
 * the queue and the masking work end to end; it is the one place to switch over.
 */
const PATTERNS: { kind: string; pattern: RegExp }[] = [
  { kind: 'email', pattern: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g },
  { kind: 'nhs_number', pattern: /\b\d{3}[ -]?\d{3}[ -]?\d{4}\b/g },
  { kind: 'phone', pattern: /(?:\+44\s?|\b0)\d(?:[\s-]?\d){8,9}\b/g },
  { kind: 'postcode', pattern: /\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b/gi },
];

function findStructured(text: string) {
  const spans: { start: number; end: number; kind: string }[] = [];
  for (const { kind, pattern } of PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const span = { start: m.index, end: m.index + m[0].length, kind };
      if (!spans.some((s) => s.start < span.end && span.start < s.end)) spans.push(span);
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

export function onMachineAnalyser(): Analyser {
  return { sentimentOf: () => null, findPersonalInfo: findStructured };
}
