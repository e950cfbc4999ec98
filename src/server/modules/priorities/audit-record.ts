import type { priorities } from './tables.js';

type PriorityRow = typeof priorities.$inferSelect;

/** The audit trail's copy of a priority: its words and who owns it; long texts by length too. */
export function priorityAuditRecord(row: PriorityRow, links: Record<string, unknown>) {
  return {
    title: row.title,
    summary: row.summary,
    ambition: row.ambition,
    sponsor: row.sponsor,
    lead: row.lead,
    position: row.position,
    positionReason: row.positionReason,
    ...links,
  };
}
