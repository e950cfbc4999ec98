import { createHash } from 'node:crypto';

/*
 * Suppressing a cube is the costly part of every result (the least-loss search runs over every
 * cell), and the same survey's cubes are rebuilt for each page that shows them: the results, the
 * playback, the strategy document's live preview. A cube is a pure function of its inputs, so it
 * is remembered by a digest of exactly those inputs (the counts read from the database that
 * moment, the groups, the threshold and the question) and never by the survey's id alone: a new
 * response, a changed threshold or a renamed group gives a different digest, so nothing remembered
 * can ever be out of date. Only the most recent are kept.
 */

const KEPT = 256;

export class ContentMemo<T> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly kept = KEPT) {}

  /** The value for these inputs, made by `make` the first time they are seen. */
  get(inputs: unknown, make: () => T): T {
    const key = createHash('sha256').update(JSON.stringify(inputs)).digest('base64');
    const found = this.entries.get(key);
    if (found !== undefined) {
      // Most recently used last, so the oldest is the first to go.
      this.entries.delete(key);
      this.entries.set(key, found);
      return found;
    }
    const made = make();
    this.entries.set(key, made);
    if (this.entries.size > this.kept) this.entries.delete(this.entries.keys().next().value!);
    return made;
  }

  get size(): number {
    return this.entries.size;
  }
}
