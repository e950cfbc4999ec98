import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineDiff } from './line-diff.js';

const join = (lines: string[]) => lines.join('\n');

describe('lineDiff', () => {
  it('marks a changed line as removed then added, and keeps the rest', () => {
    expect(lineDiff('a\nb\nc', 'a\nB\nc')).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'added', text: 'B' },
      { kind: 'removed', text: 'b' },
      { kind: 'same', text: 'c' },
    ]);
  });

  it('rebuilds both texts exactly from its parts, and keeps as many lines as the longest common run', () => {
    const lines = fc.array(fc.constantFrom('alpha', 'beta', 'gamma', 'delta', ''), { maxLength: 12 });
    fc.assert(
      fc.property(lines, lines, (a, b) => {
        const parts = lineDiff(join(a), join(b));
        expect(join(parts.filter((p) => p.kind !== 'added').map((p) => p.text))).toBe(join(a));
        expect(join(parts.filter((p) => p.kind !== 'removed').map((p) => p.text))).toBe(join(b));
        // Comparing a text with itself changes nothing.
        expect(lineDiff(join(a), join(a)).every((p) => p.kind === 'same')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
