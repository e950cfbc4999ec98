import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { afterText, beforeText, MAX_DIFF_CELLS, tokenize, wordDiff, type DiffPart } from './word-diff.js';

// Texts built from a small vocabulary share many words, so the comparison has real work to do;
// full Unicode strings (astral characters, lone surrogates, controls) check nothing is lost.
const vocabulary = fc.constantFrom('care', 'staff', 'time', 'patients', 'digital', ' ', '  ', '\n', ',', '.', '—', 'é', '😀', 'ﷺ', '\t');
const wordy = fc.array(vocabulary, { maxLength: 60 }).map((t) => t.join(''));
const anyText = fc.oneof(wordy, fc.string({ unit: 'binary', maxLength: 80 }));

describe('word diff', () => {
  it('tokens join back into the text they came from', () => {
    fc.assert(fc.property(anyText, (text) => {
        expect(tokenize(text).join('')).toBe(text);
      }));
  });

  it('unchanged and added parts make the new text; unchanged and removed the old', () => {
    fc.assert(
      fc.property(anyText, anyText, (before, after) => {
        const parts = wordDiff(before, after);
        expect(afterText(parts)).toBe(after);
        expect(beforeText(parts)).toBe(before);
        // No empty parts and no two neighbours of one kind: the display shows each change once.
        for (const [i, part] of parts.entries()) {
          expect(part.text).not.toBe('');
          if (i > 0) expect(parts[i - 1]!.kind).not.toBe(part.kind);
        }
      }),
    );
  });

  it('marks whole words, not letters, as changed', () => {
    const parts = wordDiff('Digital that gives staff time.', 'Digital that gives our staff time back to care.');
    expect(parts).toEqual<DiffPart[]>([
      { kind: 'same', text: 'Digital that gives ' },
      { kind: 'added', text: 'our ' },
      { kind: 'same', text: 'staff time' },
      { kind: 'added', text: ' back to care' },
      { kind: 'same', text: '.' },
    ]);
  });

  it('shows a replaced word as removed then added', () => {
    expect(wordDiff('Safe care for every patient', 'Safe care for each patient')).toEqual<DiffPart[]>([
      { kind: 'same', text: 'Safe care for ' },
      { kind: 'removed', text: 'every' },
      { kind: 'added', text: 'each' },
      { kind: 'same', text: ' patient' },
    ]);
  });

  it('gives one unchanged part for identical texts, and nothing for two empty ones', () => {
    expect(wordDiff('One vision.', 'One vision.')).toEqual([{ kind: 'same', text: 'One vision.' }]);
    expect(wordDiff('', '')).toEqual([]);
    expect(wordDiff('', 'New')).toEqual([{ kind: 'added', text: 'New' }]);
  });

  it('still reconstructs both texts when they are too long to compare word by word', () => {
    // Punctuation-only texts make one token per character: beyond the table's size limit.
    const before = 'x.'.repeat(3_100);
    const after = 'y,'.repeat(3_100);
    expect(tokenize(before).length * tokenize(after).length).toBeGreaterThan(MAX_DIFF_CELLS);
    const parts = wordDiff(before, after);
    expect(beforeText(parts)).toBe(before);
    expect(afterText(parts)).toBe(after);
  });
});
