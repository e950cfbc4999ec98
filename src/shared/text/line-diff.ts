import type { DiffPart } from './word-diff.js';

/**
 * A line-by-line comparison of two texts: the lines both share (by the longest common
 * subsequence), the ones only the old text has (removed) and the ones only the new one has
 * (added). A section of a strategy document runs to a few hundred lines, so the table of
 * lines × lines is small; a word-level comparison of whole sections would not be.
 */
export function lineDiff(before: string, after: string): DiffPart[] {
  const a = before === '' ? [] : before.split('\n');
  const b = after === '' ? [] : after.split('\n');
  // common[i][j]: the length of the longest common run of lines of a[i..] and b[j..].
  const common = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      common[i]![j] = a[i] === b[j] ? common[i + 1]![j + 1]! + 1 : Math.max(common[i + 1]![j]!, common[i]![j + 1]!);
    }
  }
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      parts.push({ kind: 'same', text: a[i]! });
      i += 1;
      j += 1;
    } else if (j < b.length && (i === a.length || common[i]![j + 1]! >= common[i + 1]![j]!)) {
      parts.push({ kind: 'added', text: b[j]! });
      j += 1;
    } else {
      parts.push({ kind: 'removed', text: a[i]! });
      i += 1;
    }
  }
  return parts;
}
