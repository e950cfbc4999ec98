import { naughtyStrings } from '../../../../testing/test-data.js';

/**
 * About sixty naughty strings for the PDF tests: every eighth of the Big List, plus the ones this
 * renderer most needs to survive — markup and template syntax, right-to-left text, emoji, control
 * characters and NUL, and unbroken strings far wider than a page.
 */
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
    ...all.filter((s, i) => i % 8 === 0 || s.startsWith('\u00AD\u0600')),
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
