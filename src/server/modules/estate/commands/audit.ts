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
  return writeAudit(tx, { userId: actor.user.id, name: actor.user.name }, {
    organisationId: actor.member.organisationId,
    subjectType,
    subjectId,
    ...entry,
  });
}
