import { auditActor } from '../../../platform/audit-actor.js';
import { writeAudit, type AuditEntry } from '../../../platform/audit.js';
import type { Db } from '../../../platform/db/client.js';
import type { Actor } from '../../../platform/http/access.js';

/** Every workshop change is recorded against the workshop, so its history reads in one place. */
export function auditWorkshop(tx: Db, actor: Actor, workshopId: string, entry: Pick<AuditEntry, 'action' | 'before' | 'after'>) {
  return writeAudit(tx, auditActor(actor), {
    organisationId: actor.member.organisationId,
    subjectType: 'workshop',
    subjectId: workshopId,
    ...entry,
  });
}
