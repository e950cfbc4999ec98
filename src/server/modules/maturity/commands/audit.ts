import { auditActor } from '../../../platform/audit-actor.js';
import { writeAudit, type AuditEntry } from '../../../platform/audit.js';
import type { Db } from '../../../platform/db/client.js';
import type { Actor } from '../../../platform/http/access.js';

type Subject = 'maturity_framework' | 'maturity_assessment';

/** Every maturity change is recorded against its framework or assessment. */
export function auditMaturity(
  tx: Db,
  actor: Actor,
  subjectType: Subject,
  subjectId: string,
  entry: Pick<AuditEntry, 'action' | 'before' | 'after'>,
) {
  return writeAudit(tx, auditActor(actor), {
    organisationId: actor.member.organisationId,
    subjectType,
    subjectId,
    ...entry,
  });
}
