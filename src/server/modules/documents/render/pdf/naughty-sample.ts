import { naughtyStrings } from '../../../../testing/test-data.js';

/**
 * About sixty naughty strings for the PDF tests: every eighth of the Big List, plus the ones this
 * renderer most needs to survive — markup and template syntax, right-to-left text, emoji, control
 * characters and NUL, and unbroken strings far wider than a page.
 */
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
/**
 * The Big List's line of invisible format characters (soft hyphen, Arabic marks, zero-width and
 * direction controls, tag characters), written out here: older copies of the list lack it, and
 * PDFKit once drew it far wider than it measured.
 */
export const INVISIBLE_FORMAT = String.fromCodePoint(
  0xad, ...range(0x600, 0x605), 0x61c, 0x6dd, 0x70f, 0x180e, ...range(0x200b, 0x200f), ...range(0x202a, 0x202e), ...range(0x2060, 0x2064), ...range(0x2066, 0x206f),
  0xfeff, ...range(0xfff9, 0xfffb), 0x110bd, ...range(0x1bca0, 0x1bca3), ...range(0x1d173, 0x1d17a), 0xe0001, ...range(0xe0020, 0xe007f),
);

export function naughtySample(): string[] {
  const all = naughtyStrings().strings;
  const rtl = all.filter((s) => /[\u0590-\u06FF]/.test(s)).slice(0, 3);
  const emoji = all.filter((s) => /\p{Extended_Pictographic}/u.test(s)).slice(0, 3);
  return [
    '<script>alert(123)</script>',
    '{{7*7}}',
    '${7*7}',
    '<b>bold</b> & <i>italic</i>',
    ...rtl,
    ...emoji,
    'Ward 5\u0000 notes',
    '\u0007\u001b[31mred\u001b[0m',
    '\uD800 lone surrogate',
    'x'.repeat(5_001),
    'https://example.org/'.repeat(40),
    INVISIBLE_FORMAT,
    ...all.filter((_, i) => i % 8 === 0),
  ];
}

/**
 * A `text` callback for the samples that hands out the strings in turn, one per place: a place
 * asked for twice (an initiative in the timeline and again in its table) gets the same string.
 * `planted` lists what was handed out, for the test to look for.
 */
export function planter(strings: string[]): { text: (place: string) => string; planted: () => string[] } {
  const given = new Map<string, string>();
  return {
    text: (place) => {
      if (!given.has(place)) given.set(place, strings[given.size % strings.length]!);
      return given.get(place)!;
    },
    planted: () => [...new Set(given.values())],
  };
}

/** The planted strings a test can look for verbatim: printable ASCII with something to see. */
export const findable = (strings: string[]) => strings.filter((s) => /^[\x20-\x7e]+$/.test(s) && s.trim() !== '');
