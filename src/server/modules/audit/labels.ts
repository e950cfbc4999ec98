import { and, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { auditEvents } from '../../platform/tables.js';

/**
 * The name each record on a page of the trail goes by: "Survey 'Digital experience of staff
 * 2026'" rather than an id. The trail names records itself, from the newest event about the
 * same record that carried a title or name (a rename shows the new name; a deleted record
 * keeps the name it had), so the audit module reads no other module's tables. Scoped to the
 * organisation like the trail.
 */
const LABEL = sql<string | null>`coalesce(
  ${auditEvents.after}->>'title', ${auditEvents.after}->>'name',
  ${auditEvents.before}->>'title', ${auditEvents.before}->>'name')`;

export async function recordLabels(
  db: Db,
  organisationId: string,
  subjects: { subjectType: string; subjectId: string | null }[],
): Promise<Map<string, string>> {
  const ids = [...new Set(subjects.map((s) => s.subjectId).filter((id): id is string => id !== null))];
  const labels = new Map<string, string>();
  if (ids.length === 0) return labels;
  // One row a record: its newest event that carried a name.
  const rows = await db
    .selectDistinctOn([auditEvents.subjectType, auditEvents.subjectId], {
      subjectType: auditEvents.subjectType,
      subjectId: auditEvents.subjectId,
      label: LABEL,
    })
    .from(auditEvents)
    .where(and(eq(auditEvents.organisationId, organisationId), inArray(auditEvents.subjectId, ids), isNotNull(LABEL)))
    .orderBy(auditEvents.subjectType, auditEvents.subjectId, desc(auditEvents.createdAt), desc(auditEvents.id));
  for (const row of rows) if (row.label) labels.set(labelKey(row.subjectType, row.subjectId), row.label);
  return labels;
}

export const labelKey = (subjectType: string, subjectId: string | null) => `${subjectType}|${subjectId ?? ''}`;
