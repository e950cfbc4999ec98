import { desc, eq } from 'drizzle-orm';
import type { InitiativeDelivery } from '../../../shared/contracts/delivery.js';
import { formatDate } from '../../../shared/dates.js';
import type { Db } from '../../platform/db/client.js';
import type { Actor } from '../../platform/http/access.js';
import { can } from '../../platform/policy.js';
import { users } from '../accounts/index.js';
import { loadInitiative } from '../roadmap/index.js';
import { milestonesOf } from './milestones.js';
import { initiativeUpdates } from './tables.js';

/** An initiative's delivery updates, newest first, each with who recorded it, and its milestones. */
export async function initiativeDelivery(db: Db, actor: Actor, initiativeId: string): Promise<InitiativeDelivery> {
  const { initiative, strategy } = await loadInitiative(db, actor, initiativeId);
  const rows = await db
    .select({ update: initiativeUpdates, author: users.name })
    .from(initiativeUpdates)
    .leftJoin(users, eq(users.id, initiativeUpdates.authorUserId))
    .where(eq(initiativeUpdates.initiativeId, initiative.id))
    .orderBy(desc(initiativeUpdates.recordedOn), desc(initiativeUpdates.createdAt));
  return {
    initiativeId: initiative.id,
    updates: rows.map(({ update, author }) => ({
      id: update.id,
      recordedOn: update.recordedOn,
      recordedOnLabel: formatDate(update.recordedOn),
      status: update.status as InitiativeDelivery['updates'][number]['status'],
      rag: update.rag,
      ragReason: update.ragReason,
      percentComplete: update.percentComplete,
      note: update.note,
      blockers: update.blockers,
      author: author ?? 'A former member',
    })),
    milestones: await milestonesOf(db, initiative.id),
    can: {
      record: can(actor.member.role, 'create', 'delivery') && !strategy.archivedAt,
      manageMilestones: can(actor.member.role, 'update', 'delivery') && !strategy.archivedAt,
    },
  };
}
