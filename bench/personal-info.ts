import { findPersonalInfo } from '../src/server/platform/text/personal-info.js';
import { plantedCorpus, type PlantedText } from '../src/server/testing/planted-identifiers.js';

/**
 * Personal information on the generated corpus of planted identifiers: name recall and precision
 * (a found name counts when it covers a planted one; exact boundaries are checked by the tests),
 * structured recall at exact offsets, and the time per 10,000 texts beside a plain regex-only pass
 * (the four patterns the evidence module used before this detector) over the same texts.
 */
const STRUCTURED = new Set(['email', 'phone', 'nhs_number', 'postcode', 'date_of_birth', 'hospital_number']);
const REGEX_ONLY = [
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g,
  /\b\d{3}[ -]?\d{3}[ -]?\d{4}\b/g,
  /(?:\+44\s?|\b0)\d(?:[\s-]?\d){8,9}\b/g,
  /\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b/gi,
];

function regexOnly(text: string): number {
  let n = 0;
  for (const pattern of REGEX_ONLY) for (const _ of text.matchAll(pattern)) n++;
  return n;
}

function perTenThousand(corpus: PlantedText[], pass: (text: string) => unknown): number {
  const rounds = 3;
  const started = performance.now();
  for (let r = 0; r < rounds; r++) for (const { text } of corpus) pass(text);
  return ((performance.now() - started) / rounds / corpus.length) * 10_000;
}

export function benchPersonalInfo(): string[] {
  const corpus = plantedCorpus(5000);
  let namesPlanted = 0;
  let namesCaught = 0;
  let namesFound = 0;
  let namesRight = 0;
  let structuredPlanted = 0;
  let structuredCaught = 0;
  for (const { text, planted } of corpus) {
    const found = findPersonalInfo(text);
    const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
    for (const p of planted) {
      if (p.kind === 'name') {
        namesPlanted++;
        if (found.some((f) => f.kind === 'name' && overlaps(f, p))) namesCaught++;
      } else if (STRUCTURED.has(p.kind)) {
        structuredPlanted++;
        if (found.some((f) => f.kind === p.kind && f.start === p.start && f.end === p.end)) structuredCaught++;
      }
    }
    for (const f of found.filter((f) => f.kind === 'name')) {
      namesFound++;
      if (planted.some((p) => p.kind === 'name' && overlaps(f, p))) namesRight++;
    }
  }
  // Warm both passes once so neither pays for compiling the patterns inside the measurement.
  perTenThousand(corpus.slice(0, 200), findPersonalInfo);
  perTenThousand(corpus.slice(0, 200), regexOnly);
  const detector = perTenThousand(corpus, findPersonalInfo);
  const baseline = perTenThousand(corpus, regexOnly);
  const share = (a: number, b: number) => (b === 0 ? 'n/a' : (a / b).toFixed(3));
  return [
    `bench pii-names: recall ${share(namesCaught, namesPlanted)} | precision ${share(namesRight, namesFound)} (${namesPlanted} planted names in ${corpus.length} texts)`,
    `bench pii-structured: recall ${share(structuredCaught, structuredPlanted)} (${structuredPlanted} planted emails, phones, NHS numbers, postcodes, dates of birth, hospital numbers)`,
    `bench pii-10k: ${detector.toFixed(0)} ms per 10,000 texts | baseline regex-only: ${baseline.toFixed(0)} ms | ratio ${(detector / baseline).toFixed(2)}`,
  ];
}
