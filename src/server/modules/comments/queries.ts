import { and, asc, eq } from 'drizzle-orm';
import type { CommentSubject, DevelopComments } from '../../../shared/contracts/comments.js';
import { ROLE_LABELS } from '../../../shared/contracts/common.js';
import type { Db } from '../../platform/db/client.js';
import type { Actor } from '../../platform/http/access.js';
import { can } from '../../platform/policy.js';
import { users } from '../accounts/index.js';
import { memberships } from '../organisations/index.js';
import { loadSubject } from './load.js';
import { developComments } from './tables.js';

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });

/** A subject's comments, oldest first, each with its author's name and role in the organisation. */
export async function listDevelopComments(db: Db, actor: Actor, strategyId: string, subjectType: CommentSubject, subjectId: string): Promise<DevelopComments> {
  await loadSubject(db, actor, strategyId, subjectType, subjectId);
  const rows = await db
    .select({ id: developComments.id, body: developComments.body, createdAt: developComments.createdAt, author: users.name, role: memberships.role })
    .from(developComments)
    .leftJoin(users, eq(users.id, developComments.authorUserId))
    .leftJoin(memberships, and(eq(memberships.userId, developComments.authorUserId), eq(memberships.organisationId, developComments.organisationId)))
    .where(and(eq(developComments.subjectType, subjectType), eq(developComments.subjectId, subjectId), eq(developComments.organisationId, actor.member.organisationId)))
    .orderBy(asc(developComments.createdAt));
  return {
    comments: rows.map((r) => ({
      id: r.id,
      author: r.author ?? 'A former member',
      authorRole: r.role ? ROLE_LABELS[r.role] : '',
      body: r.body,
      createdAt: r.createdAt.toISOString(),
      createdOn: dayFormat.format(r.createdAt),
    })),
    can: { comment: can(actor.member.role, 'create', 'develop_comment') },
  };
}

/** Removes a subject's comments with the subject (they have no foreign key to cascade). */
export async function deleteCommentsOf(db: Db, subjectType: CommentSubject, subjectIds: string[]): Promise<void> {
  for (const subjectId of subjectIds) {
    await db.delete(developComments).where(and(eq(developComments.subjectType, subjectType), eq(developComments.subjectId, subjectId)));
  }
}
