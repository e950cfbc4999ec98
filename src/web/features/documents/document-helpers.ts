import type { DiffPart } from '../../../shared/text/word-diff.js';

/**
 * Pure helpers of the document pages, kept apart from React so they can be tested alone.
 */

/** The list with the item at `from` taken out and put back at `to` (clamped to the list); a new array. */
export function moveInList<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  if (from < 0 || from >= list.length) return next;
  const target = Math.min(Math.max(to, 0), list.length - 1);
  const [item] = next.splice(from, 1);
  next.splice(target, 0, item as T);
  return next;
}

/** "850 KB", "1.4 MB": a file's size as people read it (never "0 KB" for a small file). */
export function fileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export type CompareLine = DiffPart | { kind: 'gap'; count: number };

/**
 * A section's line comparison with long runs of unchanged lines folded to "n unchanged lines",
 * keeping `context` lines either side of each change, so a reader sees what changed and where
 * without scrolling through the whole section.
 */
export function foldUnchanged(lines: readonly DiffPart[], context = 1): CompareLine[] {
  const keep = lines.map((line) => line.kind !== 'same');
  const near = lines.map((_, i) => {
    for (let d = -context; d <= context; d += 1) if (keep[i + d]) return true;
    return false;
  });
  const out: CompareLine[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    if (near[i]) {
      out.push(lines[i]!);
      continue;
    }
    const last = out.at(-1);
    if (last?.kind === 'gap') last.count += 1;
    else out.push({ kind: 'gap', count: 1 });
  }
  return out;
}
