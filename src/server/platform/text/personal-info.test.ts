import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { plantedCorpus } from '../../testing/planted-identifiers.js';
import { findPersonalInfo, isValidNhsNumber, maskPersonalInfo } from './personal-info.js';

const STRUCTURED = new Set(['email', 'phone', 'nhs_number', 'postcode', 'date_of_birth', 'hospital_number']);
const key = (s: { start: number; end: number; kind: string }) => `${s.start}:${s.end}:${s.kind}`;

describe('structured identifiers on the planted corpus', () => {
  const corpus = plantedCorpus(2000);

  it('catches every planted email, phone, NHS number, postcode, labelled date of birth and hospital number at its exact offsets', () => {
    const missed: string[] = [];
    for (const { text, planted } of corpus) {
      const found = new Set(findPersonalInfo(text).map(key));
      for (const p of planted.filter((p) => STRUCTURED.has(p.kind))) if (!found.has(key(p))) missed.push(`${p.kind} "${text.slice(p.start, p.end)}" in: ${text}`);
    }
    expect(missed).toEqual([]);
  });

  it('finds no structured identifier where none was planted (checksum-failing numbers, versions, dates, counts)', () => {
    const extra: string[] = [];
    for (const { text, planted } of corpus) {
      const plantedKeys = new Set(planted.map(key));
      for (const s of findPersonalInfo(text)) if (STRUCTURED.has(s.kind) && !plantedKeys.has(key(s))) extra.push(`${s.kind} "${s.text}" in: ${text}`);
    }
    expect(extra).toEqual([]);
  });

  it('returns spans sorted, non-overlapping and carrying the text they cover', () => {
    for (const { text } of corpus.slice(0, 300)) {
      const spans = findPersonalInfo(text);
      spans.forEach((s, i) => {
        expect(s.text).toBe(text.slice(s.start, s.end));
        if (i > 0) expect(s.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
      });
    }
  });
});

describe('NHS numbers', () => {
  it('accepts a number whose modulus-11 check digit is right, spaced or not', () => {
    expect(isValidNhsNumber('9434765919')).toBe(true);
    expect(findPersonalInfo('NHS no 943 476 5919.').map((s) => s.kind)).toEqual(['nhs_number']);
    expect(findPersonalInfo('NHS no 9434765919.').map((s) => s.text)).toEqual(['9434765919']);
  });

  it('refuses every other last digit, and numbers whose check digit would be 10', () => {
    for (let d = 0; d <= 9; d++) {
      if (d === 9) continue;
      expect(isValidNhsNumber(`943476591${d}`)).toBe(false);
      expect(findPersonalInfo(`Ref 943 476 591${d} again`)).toEqual([]);
    }
    // 1000000001: weighted sum 1·10 = 10, check 11 − 10 = 1, valid. 100000001x: sum 10 + 1·2 = 12, check 10: no digit fits.
    expect(isValidNhsNumber('1000000001')).toBe(true);
    for (let d = 0; d <= 9; d++) expect(isValidNhsNumber(`100000001${d}`)).toBe(false);
  });
});

describe('phones, postcodes and labelled details', () => {
  it.each([
    ['Call 07700 900461 today', '07700 900461'],
    ['Call +44 7700 900461 today', '+44 7700 900461'],
    ['Call +44 (0)20 7946 0958 today', '+44 (0)20 7946 0958'],
    ['Call 0121-496-0123 today', '0121-496-0123'],
    ['Call (0113) 496 0123 today', '(0113) 496 0123'],
    ['Ring ext 4521 or ext. 452', 'ext 4521'],
  ])('finds the phone in "%s"', (text, phone) => {
    expect(findPersonalInfo(text).find((s) => s.kind === 'phone')?.text).toBe(phone);
  });

  it('does not take too short, too long or non-UK-shaped digit runs for phones', () => {
    for (const text of ['Call 0770 090 046 today', 'Call 07700 900461 23 today', 'We had 0 laptops for 12 staff and 30 beds', 'Version 06.10.2023.1']) {
      expect(findPersonalInfo(text).filter((s) => s.kind === 'phone')).toEqual([]);
    }
  });

  it('finds full postcodes in every outward form and ignores half ones', () => {
    const codes = ['SW1A 1AA', 'M1 1AE', 'B33 8TH', 'CR2 6XH', 'DN55 1PT', 'EC1A 1BB', 'w1a 0ax', 'LS11AB'];
    for (const code of codes) expect(findPersonalInfo(`She lives at ${code} now.`).map((s) => s.text)).toEqual([code]);
    expect(findPersonalInfo('Our base is in LS1, near the M62.')).toEqual([]);
  });

  it('masks a date of birth only when it is labelled as one', () => {
    expect(maskPersonalInfo('DOB 03/04/1961, seen 03/04/2024.', findPersonalInfo('DOB 03/04/1961, seen 03/04/2024.'))).toBe('DOB [date of birth], seen 03/04/2024.');
    expect(maskPersonalInfo('Born on 3 March 1961.', findPersonalInfo('Born on 3 March 1961.'))).toBe('Born on [date of birth].');
    expect(maskPersonalInfo('MRN: RX1234567 has two records.', findPersonalInfo('MRN: RX1234567 has two records.'))).toBe('MRN: [hospital number] has two records.');
  });

  it('keeps UTF-16 offsets right after emoji and accents', () => {
    const text = '😡 Zoë says call 07700 900461';
    const [phone] = findPersonalInfo(text).filter((s) => s.kind === 'phone');
    expect(text.slice(phone!.start, phone!.end)).toBe('07700 900461');
  });
});

describe('people\'s names', () => {
  it.each([
    ['Dr Patel was great with the new system.', 'Dr [name] was great with the new system.'],
    ['Sister Jones showed us the dashboard.', 'Sister [name] showed us the dashboard.'],
    ['ask Mike on ward 3, he knows', 'ask [name] on ward 3, he knows'],
    ['Jane Smith was brilliant when EPIC went down.', '[name] was brilliant when EPIC went down.'],
    ["Thanks Siobhan O'Brien for the training.", 'Thanks [name] for the training.'],
    ['Speak to Ngozi Okafor in the digital team.', 'Speak to [name] in the digital team.'],
    ['Dr. Hughes and Kayode carried the team.', 'Dr. [name] and [name] carried the team.'],
    ['Email priya.shah@example.nhs.uk please.', 'Email [email] please.'],
    ['Anna & Alice deserve a pay rise.', '[name] & [name] deserve a pay rise.'],
    ['Without Claire/Bryony/Megan we would not cope.', 'Without [name]/[name]/[name] we would not cope.'],
    ['Thanks to Dr Croft and Ngozi, Tina and Bryony.', 'Thanks to Dr [name] and [name], [name] and [name].'],
  ])('masks "%s"', (text, masked) => {
    expect(maskPersonalInfo(text, findPersonalInfo(text))).toBe(masked);
  });

  it.each([
    'Cerner crashes every Monday and EPIC is slow.',
    'We moved to Teams in March.',
    'Royal Marsden share records with us.',
    'Rose Ward and Victoria Ward need laptops.',
    'Queen Elizabeth Hospital uses a different system.',
    "St Thomas' Hospital letters will not open.",
    'Will the new EPR be ready by June?',
    'Mark the form as complete.',
    'Grace periods for training are too short.',
    'Ask the Digital Team, they know.',
    'Datix and ESR and HealthRoster do not talk to each other.',
    'Ask your named nurse. Day care is on Level 2.',
    'Pharmacy, Radiology and Estates all use different systems.',
    'The Lynn Jarrett Ward has no wifi.',
    'Thanks indeed, we were called into the office.',
  ])('finds no one in "%s"', (text) => {
    expect(findPersonalInfo(text)).toEqual([]);
  });
});

describe('masking', () => {
  it('replaces each span with its label and leaves the rest exactly as written', () => {
    const text = 'Dr Patel (07700 900461, 943 476 5919) lives at SW1A 1AA; email a.b@example.org.';
    expect(maskPersonalInfo(text, findPersonalInfo(text))).toBe('Dr [name] ([phone], [NHS number]) lives at [postcode]; email [email].');
  });

  it('takes spans in any order, skips overlapping or out-of-range ones, and labels unknown kinds by name', () => {
    const text = 'abcdefghij';
    const spans = [
      { start: 6, end: 8, kind: 'ward_number' },
      { start: 0, end: 3, kind: 'name' },
      { start: 2, end: 5, kind: 'phone' },
      { start: 9, end: 20, kind: 'email' },
    ];
    expect(maskPersonalInfo(text, spans)).toBe('[name]def[ward number]ij');
  });
});

describe('naughty strings', () => {
  const blns = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('big-list-of-naughty-strings/blns.json'), 'utf8')) as string[];

  it(`survives all ${blns.length} strings of the big list of naughty strings with spans inside each text`, () => {
    for (const text of [...blns, blns.join('\n')]) {
      const spans = findPersonalInfo(text);
      for (const s of spans) expect(s.end <= text.length && s.start >= 0 && s.end > s.start).toBe(true);
      expect(typeof maskPersonalInfo(text, spans)).toBe('string');
    }
  });
});
