/**
 * A word-level comparison of two texts, for reading what changed between two versions of a
 * mission (or any short text). Pure, so the server and the web page compute the same thing.
 *
 * The texts are cut into tokens that together are the whole text: runs of letters and digits
 * (a word), runs of whitespace, and each other character (punctuation) on its own. The longest
 * common subsequence of tokens is kept as unchanged; the rest is removed (from the old text) or
 * added (in the new one). Joining the unchanged and added parts gives the new text exactly, and
 * the unchanged and removed parts the old text, so nothing is lost or invented in the display.
 */

export type DiffKind = 'same' | 'added' | 'removed';
export interface DiffPart {
  kind: DiffKind;
  text: string;
}

const TOKEN = /\s+|[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

/**
 * The table of the comparison has one cell per pair of tokens. Mission texts are at most 5,000
 * characters (about 1,700 words and spaces); beyond this many cells the middle of the two texts
 * is shown as removed and added whole rather than spending the memory.
 */
export const MAX_DIFF_CELLS = 9_000_000;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** The parts of the comparison of `before` with `after`, neighbouring parts of one kind joined. */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = tokenize(before);
  const b = tokenize(after);
  // The unchanged start and end need no table: most edits touch a few words in the middle.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const parts: DiffPart[] = [];
  const push = (kind: DiffKind, text: string) => {
    if (!text) return;
    const last = parts.at(-1);
    if (last?.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  push('same', a.slice(0, start).join(''));
  for (const part of middleDiff(a.slice(start, endA), b.slice(start, endB))) push(part.kind, part.text);
  push('same', a.slice(endA).join(''));
  return parts;
}

function middleDiff(a: string[], b: string[]): DiffPart[] {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0 || (n + 1) * (m + 1) > MAX_DIFF_CELLS) {
    return [
      { kind: 'removed', text: a.join('') },
      { kind: 'added', text: b.join('') },
    ];
  }
  // lcs[i * (m + 1) + j]: the length of the longest common subsequence of a[i..] and b[j..].
  const width = m + 1;
  const lcs = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] = a[i] === b[j] ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      parts.push({ kind: 'same', text: a[i++]! });
      j++;
    } else if (lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!) {
      parts.push({ kind: 'removed', text: a[i++]! });
    } else {
      parts.push({ kind: 'added', text: b[j++]! });
    }
  }
  while (i < n) parts.push({ kind: 'removed', text: a[i++]! });
  while (j < m) parts.push({ kind: 'added', text: b[j++]! });
  return parts;
}

/** The old text, from a comparison: the unchanged and removed parts. */
export const beforeText = (parts: DiffPart[]) => parts.filter((p) => p.kind !== 'added').map((p) => p.text).join('');
/** The new text, from a comparison: the unchanged and added parts. */
export const afterText = (parts: DiffPart[]) => parts.filter((p) => p.kind !== 'removed').map((p) => p.text).join('');
