import type { CommentSubject } from '../../../shared/contracts/comments.js';
import type { Db } from '../../platform/db/client.js';
import { notFound } from '../../platform/errors.js';
import type { Actor } from '../../platform/http/access.js';
import { loadStrategy } from '../strategies/index.js';
import { finderFor } from './subjects.js';

const SUBJECT_WORDS: Record<CommentSubject, string> = {
  mission: 'The mission version',
  priority: 'The priority',
  programme: 'The programme',
  initiative: 'The initiative',
  measure: 'The measure',
  partnership: 'The partnership version',
};

/** The subject of a comment, checked to be the actor's organisation's and of the strategy in the path. */
export async function loadSubject(db: Db, actor: Actor, strategyId: string, type: CommentSubject, subjectId: string) {
  const strategy = await loadStrategy(db, actor, strategyId);
  const found = await finderFor(type)?.(db, actor.member.organisationId, subjectId);
  if (!found || found.strategyId !== strategy.id) throw notFound(SUBJECT_WORDS[type]);
  return { strategy, label: found.label };
}
