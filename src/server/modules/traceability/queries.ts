import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Supports } from '../../../shared/contracts/traceability.js';
import type { Db } from '../../platform/db/client.js';
import { insightEvidence } from '../insights/tables.js';
import { priorities, priorityInsights } from '../priorities/tables.js';
import { initiativeInsights, initiatives, programmes } from '../roadmap/tables.js';

/**
 * What a set of insights supports: the priorities that answer them, the initiatives linked to them
 * directly, and the initiatives of those priorities' programmes. Scoped by organisation on every
 * table, so ids of another organisation find nothing.
 */
export async function supportsOfInsights(db: Db, organisationId: string, insightIds: string[]): Promise<Supports> {
  if (insightIds.length === 0) return { priorities: [], initiatives: [] };
  const priorityRows = await db
    .selectDistinct({ id: priorities.id, title: priorities.title, position: priorities.position })
    .from(priorityInsights)
    .innerJoin(priorities, eq(priorities.id, priorityInsights.priorityId))
    .where(and(inArray(priorityInsights.insightId, insightIds), eq(priorities.organisationId, organisationId)))
    .orderBy(asc(priorities.position));
  const direct = await db
    .selectDistinct({ id: initiatives.id, title: initiatives.title, programme: programmes.name, start: initiatives.startMonth })
    .from(initiativeInsights)
    .innerJoin(initiatives, eq(initiatives.id, initiativeInsights.initiativeId))
    .innerJoin(programmes, eq(programmes.id, initiatives.programmeId))
    .where(and(inArray(initiativeInsights.insightId, insightIds), eq(initiatives.organisationId, organisationId)));
  const priorityIds = priorityRows.map((p) => p.id);
  const throughPriorities = priorityIds.length
    ? await db
        .select({ id: initiatives.id, title: initiatives.title, programme: programmes.name, start: initiatives.startMonth })
        .from(initiatives)
        .innerJoin(programmes, eq(programmes.id, initiatives.programmeId))
        .where(and(inArray(programmes.priorityId, priorityIds), eq(initiatives.organisationId, organisationId)))
    : [];
  const directIds = new Set(direct.map((i) => i.id));
  const all = [
    ...direct.map((i) => ({ ...i, via: 'direct' as const })),
    ...throughPriorities.filter((i) => !directIds.has(i.id)).map((i) => ({ ...i, via: 'priority' as const })),
  ].sort((a, b) => a.start.localeCompare(b.start) || a.title.localeCompare(b.title));
  return { priorities: priorityRows, initiatives: all.map(({ start: _start, ...rest }) => rest) };
}

/** The same walk from one piece of evidence, through every insight it stands behind. */
export async function supportsOfEvidence(db: Db, organisationId: string, evidenceItemId: string): Promise<Supports> {
  const rows = await db.select({ insightId: insightEvidence.insightId }).from(insightEvidence).where(eq(insightEvidence.evidenceItemId, evidenceItemId));
  return supportsOfInsights(db, organisationId, rows.map((r) => r.insightId));
}
