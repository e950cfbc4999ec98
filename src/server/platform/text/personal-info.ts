import { GIVEN_NAMES, NOT_NAME_WORDS, PERSON_CUES, SURNAMES, TITLES } from './names.js';

/**
 * Finds personal information in free text on this machine, so quotes can be shown masked before
 * they leave the evidence library. Structured identifiers (emails, UK phone numbers, NHS numbers
 * that pass their check digit, postcodes, labelled dates of birth and hospital numbers) are found
 * by pattern and validation; people's names by titles, a list of given names and context, with
 * care not to take systems, places, wards or sentence-initial words for names. Offsets are UTF-16
 * indices into the original string, as JavaScript slices it.
 */
export type PersonalInfoKind = 'name' | 'email' | 'phone' | 'nhs_number' | 'postcode' | 'date_of_birth' | 'hospital_number';

export interface PersonalInfoSpan {
  start: number;
  end: number;
  kind: PersonalInfoKind;
  text: string;
}

const LABELS: Record<PersonalInfoKind, string> = {
  name: '[name]',
  email: '[email]',
  phone: '[phone]',
  nhs_number: '[NHS number]',
  postcode: '[postcode]',
  date_of_birth: '[date of birth]',
  hospital_number: '[hospital number]',
};

type Found = Omit<PersonalInfoSpan, 'text'>;

/** NHS numbers carry a modulus-11 check digit; ten digits that fail it are some other number. */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const NHS = /(?<![\d+])\d{3}([ -]?)\d{3}\1\d{4}(?!\d)/g;
// A phone-shaped run: starts with +44 or 0 (maybe in brackets); its length is settled digit by digit.
const PHONE = /(?<![\w+])(?:\+44|\(0|0)[\d\s().-]{8,20}/g;
const EXTENSION = /\b(?:ext(?:ension)?\.?|bleep|x)\s?(\d{3,6})(?!\d)/gi;
const POSTCODE = /(?<![\w])(?:[A-Z]{1,2}\d[A-Z\d]?|[a-z]{1,2}\d[a-z\d]?)\s?\d[ABD-HJLNP-UW-Zabd-hjlnp-uw-z]{2}(?![\w])/g;
const DATE = String.raw`\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}`;
const DOB = new RegExp(String.raw`\b(?:d\.?o\.?b\.?|date of birth|born(?: on)?)\s*[:\-]?\s*(${DATE})`, 'gi');
const HOSPITAL_NUMBER = /\b(?:MRN|hospital (?:no\.?|number)|hosp\.? no\.?|patient (?:id|no\.?|number)|unit (?:no\.?|number)|case (?:no\.?|number))\s*[:#-]?\s*([A-Z]{0,3}\d{5,10})\b/gi;

function structured(text: string): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(EMAIL)) found.push({ start: m.index, end: m.index + m[0].length, kind: 'email' });
  for (const m of text.matchAll(NHS)) {
    if (isValidNhsNumber(m[0].replace(/\D/g, ''))) found.push({ start: m.index, end: m.index + m[0].length, kind: 'nhs_number' });
  }
  for (const m of text.matchAll(PHONE)) {
    const end = phoneEnd(m[0]);
    // "(07700 900461, …)": a bracket that opens an aside, not an area code, is not the number's.
    const skip = m[0].startsWith('(') && !m[0].slice(0, end).includes(')') ? 1 : 0;
    if (end > 0) found.push({ start: m.index + skip, end: m.index + end, kind: 'phone' });
  }
  for (const m of text.matchAll(EXTENSION)) found.push({ start: m.index, end: m.index + m[0].length, kind: 'phone' });
  for (const m of text.matchAll(POSTCODE)) found.push({ start: m.index, end: m.index + m[0].length, kind: 'postcode' });
  for (const [pattern, kind] of [[DOB, 'date_of_birth'], [HOSPITAL_NUMBER, 'hospital_number']] as const) {
    for (const m of text.matchAll(pattern)) {
      const value = m[1]!;
      const start = m.index + m[0].lastIndexOf(value);
      found.push({ start, end: start + value.length, kind });
    }
  }
  return found;
}

/**
 * Where a UK phone number in this phone-shaped run ends, or 0 when there is none: after +44 or 0,
 * ten national digits starting 1, 2, 3, 7 or 8 (01/02 landlines, 03 non-geographic, 07 mobiles,
 * 08 freephone), with spaces, dashes, dots or brackets between. Extra digits mean another number.
 */
function phoneEnd(run: string): number {
  let national = 0;
  let i = run.startsWith('+44') ? 3 : 0;
  if (run.startsWith('+44')) {
    const trunk = /^\s?\(0\)/.exec(run.slice(3));
    if (trunk) i += trunk[0].length;
  }
  for (; i < run.length; i++) {
    const c = run[i]!;
    if (c < '0' || c > '9') continue;
    if (national === 0 && c === '0' && !run.startsWith('+44')) continue;
    if (national === 0 && !'12378'.includes(c)) return 0;
    national++;
    if (national === 10) {
      const rest = run.slice(i + 1);
      return /^[\s().-]?\d/.test(rest) ? 0 : i + 1;
    }
  }
  return 0;
}

interface Token {
  start: number;
  end: number;
  word: string;
  lower: string;
  capitalised: boolean;
  sentenceStart: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const CAPITALISED = /^\p{Lu}(?:\p{Ll}+(?:\p{Lu}\p{Ll}+)?|['’]\p{Lu}\p{Ll}+)(?:-\p{Lu}\p{Ll}+)*$/u;
// Words after a capitalised word that make it a place or a ward, not a person ("Rose Ward").
const PLACE_AFTER = new Set('ward wards unit hospital centre center house building wing road street lane clinic surgery practice suite theatre block court'.split(' '));
const PLACE_BEFORE = new Set('st saint queen king prince princess royal lady'.split(' '));
// Given names that are also everyday words: a name only with a surname, a title or a cue before it.
const AMBIGUOUS = new Set('will mark bill sue grace joy rose hope faith dawn jack pat amber holly ruth gail jay kay mona eve jan may lee dean rob chris ben sam florence georgia jordan victoria'.split(' '));
const ABBREVIATED = new Set('dr mr mrs ms mx prof sr'.split(' '));
// Cues strong enough that any capitalised word after them is a person ("thanks O'Brien").
const STRONG_CUES = new Set('ask asked thank thanks called named emailed phoned rang contact'.split(' '));

function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const m of text.matchAll(WORD)) {
    // A possessive ("Patel's") is still the name.
    const word = m[0].replace(/['’]s$/u, '').replace(/['’-]+$/u, '');
    const gap = text.slice(previousEnd, m.index);
    tokens.push({
      start: m.index,
      end: m.index + word.length,
      word,
      lower: word.toLowerCase(),
      capitalised: CAPITALISED.test(word),
      sentenceStart: tokens.length === 0 || /[.!?\n:;•*"“(]/u.test(gap),
    });
    previousEnd = m.index + m[0].length;
  }
  return tokens;
}

function names(text: string): Found[] {
  const tokens = tokenise(text);
  const found: Found[] = [];
  const candidate = (t: Token | undefined) =>
    t !== undefined && t.capitalised && !NOT_NAME_WORDS.has(t.lower) && !TITLES.has(t.lower) && !PERSON_CUES.has(t.lower) && !STRONG_CUES.has(t.lower);
  // "Rose Ward", "St Thomas", and a two-word place named after someone: "Lynn Jarrett Ward".
  const placeAt = (i: number): boolean =>
    PLACE_AFTER.has(tokens[i + 1]?.lower ?? '') ||
    PLACE_BEFORE.has(tokens[i - 1]?.lower ?? '') ||
    (tokens[i + 1]?.capitalised === true && PLACE_AFTER.has(tokens[i + 2]?.lower ?? ''));
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!candidate(token) || placeAt(i)) continue;
    const before = tokens[i - 1];
    const adjacent = (a: Token, b: Token) => /^[ \t]+$/.test(text.slice(a.end, b.start));
    // "Dr. Hughes" but not "named nurse. Day care": only abbreviations take a full stop.
    const titleGap = before === undefined ? '' : text.slice(before.end, token.start);
    const titled = before !== undefined && TITLES.has(before.lower) && (/^[ \t]+$/.test(titleGap) || (ABBREVIATED.has(before.lower) && /^\.[ \t]+$/.test(titleGap)));
    const cue = before !== undefined && (!before.capitalised || before.sentenceStart) && !token.sentenceStart ? before.lower : undefined;
    const cued = cue !== undefined && PERSON_CUES.has(cue);
    // "thanks to Ngozi", "Dr Begum and Anjali": the cue is the word before the word before.
    const twoBack = tokens[i - 2];
    const strong =
      cue !== undefined &&
      (STRONG_CUES.has(cue) ||
        (cue === 'to' && STRONG_CUES.has(twoBack?.lower ?? '')) ||
        ((cue === 'and' || cue === 'or') && found.at(-1)?.end === twoBack?.end));
    const given = GIVEN_NAMES.has(token.lower);
    const next = tokens[i + 1];
    const surname = next !== undefined && candidate(next) && !next.sentenceStart && adjacent(token, next) && !placeAt(i + 1);
    // An unknown capitalised word before a common surname is a given name ("Ngozi Jones").
    const pairWithKnownSurname = surname && SURNAMES.has(next.lower.split('-')[0]!.replace(/['’]/g, '')) && !AMBIGUOUS.has(token.lower);
    const ambiguous = AMBIGUOUS.has(token.lower);
    const isName = titled || strong || pairWithKnownSurname || (given && (surname || cued || !ambiguous));
    if (!isName) continue;
    const last = surname && (given || titled || strong || pairWithKnownSurname) ? next : token;
    found.push({ start: token.start, end: last.end, kind: 'name' });
    if (last !== token) i++;
  }
  return [...found, ...listed(text, tokens, found, (i) => candidate(tokens[i]) && !placeAt(i))];
}

// Separators of a list of people: "Anna & Alice", "Claire/Rebecca", "Dr Begum and Kayode".
const LIST_GAP = /^\s*[&/+]\s*$|^\s+(?:and|or)\s+$/i;

/** Capitalised words listed beside a name are names too; a comma list only for known given names. */
function listed(text: string, tokens: Token[], found: Found[], candidate: (i: number) => boolean): Found[] {
  const added: Found[] = [];
  const all = () => [...found, ...added];
  for (let grew = true; grew; ) {
    grew = false;
    tokens.forEach((token, i) => {
      if (!candidate(i) || all().some((f) => f.start < token.end && token.start < f.end)) return;
      const gapOk = (gap: string) => LIST_GAP.test(gap) || (/^\s*,\s*$/.test(gap) && GIVEN_NAMES.has(token.lower));
      const beside = all().some((f) => f.kind === 'name' && ((f.end <= token.start && gapOk(text.slice(f.end, token.start))) || (token.end <= f.start && !token.sentenceStart && gapOk(text.slice(token.end, f.start)))));
      if (!beside) return;
      added.push({ start: token.start, end: token.end, kind: 'name' });
      grew = true;
    });
  }
  return added;
}


/** Every piece of personal information in the text: sorted, never overlapping (the first found wins). */
export function findPersonalInfo(text: string): PersonalInfoSpan[] {
  const chosen: Found[] = [];
  // Structured identifiers first: a name inside an email address is the email.
  for (const span of [...structured(text), ...names(text)]) {
    if (!chosen.some((c) => c.start < span.end && span.start < c.end)) chosen.push(span);
  }
  return chosen.sort((a, b) => a.start - b.start).map((s) => ({ ...s, text: text.slice(s.start, s.end) }));
}

/** The text with each span replaced by its label ("[name]", "[phone]"…); overlapping spans after the first are ignored. */
export function maskPersonalInfo(text: string, spans: readonly { start: number; end: number; kind: string }[]): string {
  let out = '';
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < at || span.end <= span.start || span.end > text.length) continue;
    out += text.slice(at, span.start) + (LABELS[span.kind as PersonalInfoKind] ?? `[${span.kind.replace(/_/g, ' ')}]`);
    at = span.end;
  }
  return out + text.slice(at);
}
