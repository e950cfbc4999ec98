import type { CommentSubject } from '../../../shared/contracts/comments.js';
import type { Db } from '../../platform/db/client.js';

/**
 * How the comments module finds out which strategy a subject belongs to without importing the
 * modules above it: each owning module registers a finder for its subject type when its index loads.
 * A finder returns null for an id that is not its own (or not of the organisation).
 */
export type SubjectFinder = (db: Db, organisationId: string, subjectId: string) => Promise<{ strategyId: string; label: string } | null>;

const finders = new Map<CommentSubject, SubjectFinder>();

export function registerCommentSubject(type: CommentSubject, finder: SubjectFinder): void {
  finders.set(type, finder);
}

export function finderFor(type: CommentSubject): SubjectFinder | undefined {
  return finders.get(type);
}
