import type { Db } from './db/client.js';
import { auditEvents } from './tables.js';

export interface AuditActor {
  userId: string | null;
  name: string | null;
}

export interface AuditEntry {
  organisationId: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** Fields never copied into the audit trail. */
const SECRET_FIELDS = new Set(['passwordHash', 'tokenHash', 'csrfToken', 'password']);

function redact(record: Record<string, unknown> | null | undefined) {
  if (!record) return null;
  return Object.fromEntries(Object.entries(record).filter(([k]) => !SECRET_FIELDS.has(k)));
}

/**
 * Writes one audit record. Call it with the command's transaction so the record and the
 * change commit or roll back together. Only changed fields are kept in before/after.
 */
export async function writeAudit(tx: Db, actor: AuditActor, entry: AuditEntry): Promise<void> {
  let before = redact(entry.before);
  let after = redact(entry.after);
  if (before && after) {
    const changed = Object.keys({ ...before, ...after }).filter(
      (k) => JSON.stringify(before?.[k]) !== JSON.stringify(after?.[k]),
    );
    before = Object.fromEntries(changed.map((k) => [k, before?.[k] ?? null]));
    after = Object.fromEntries(changed.map((k) => [k, after?.[k] ?? null]));
  }
  await tx.insert(auditEvents).values({
    organisationId: entry.organisationId,
    actorUserId: actor.userId,
    actorName: actor.name,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    before,
    after,
  });
}
