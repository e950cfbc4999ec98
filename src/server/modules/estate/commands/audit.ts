import { auditActor } from '../../../platform/audit-actor.js';
import { writeAudit, type AuditEntry } from '../../../platform/audit.js';
import type { Db } from '../../../platform/db/client.js';
import type { Actor } from '../../../platform/http/access.js';

/** Estate changes are recorded against the record they change (system, integration, project, snapshot). */
export function auditEstate(
  tx: Db,
  actor: Actor,
  subjectType: 'system' | 'integration' | 'project' | 'register_snapshot' | 'register_import',
  subjectId: string | null,
  entry: Pick<AuditEntry, 'action' | 'before' | 'after'>,
) {
  return writeAudit(tx, auditActor(actor), {
    organisationId: actor.member.organisationId,
    subjectType,
    subjectId,
    ...entry,
  });
}
