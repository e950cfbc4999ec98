import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Tag } from '../../../shared/contracts/codebook.js';
import { EVIDENCE_SOURCE_KEYS, type EvidenceSourceKey } from '../../../shared/contracts/evidence.js';
import { suppressSmallGroups, effectiveThreshold } from '../../platform/anonymity.js';
import type { Db } from '../../platform/db/client.js';
import { users } from '../accounts/index.js';
import { evidenceItems, evidenceTags, tags } from '../evidence/index.js';
import { organisations } from '../organisations/index.js';
import { staffGroups } from '../workforce/index.js';
import { textColourFor } from './colour.js';

/** A strategy's live codebook, parents before their children (for other modules). */
export async function tagsOf(db: Db, strategyId: string) {
  return db.select().from(tags).where(and(eq(tags.strategyId, strategyId), isNull(tags.deletedAt))).orderBy(asc(sql`lower(${tags.name})`));
}

const NOT_STATED = 'not_stated';

/**
 * Every tag with its counts: items by source, and people by staff group. Groups come only from
 * survey answers, counted as distinct responses, and pass through the one suppression function
 * with the organisation's threshold (a small group is hidden, and a second group with it so the
 * first cannot be worked out by subtraction).
 */
export async function listTags(db: Db, scope: { organisationId: string; strategyId: string }, ids?: string[]): Promise<{ tags: Tag[]; threshold: number }> {
  const rows = await db
    .select()
    .from(tags)
    .where(and(eq(tags.strategyId, scope.strategyId), ids ? sql`${tags.id} = any(${sql.param(`{${ids.join(',')}}`)}::text::uuid[])` : isNull(tags.deletedAt)))
    .orderBy(asc(sql`lower(${tags.name})`));
  const [bySource, byGroup, groups, [org]] = await Promise.all([
    db
      .select({ tagId: evidenceTags.tagId, source: evidenceItems.source, n: sql<number>`count(*)::int` })
      .from(evidenceTags)
      .innerJoin(evidenceItems, eq(evidenceItems.id, evidenceTags.evidenceItemId))
      .where(eq(evidenceItems.strategyId, scope.strategyId))
      .groupBy(evidenceTags.tagId, evidenceItems.source),
    db
      .select({ tagId: evidenceTags.tagId, staffGroupId: evidenceItems.staffGroupId, n: sql<number>`count(distinct ${evidenceItems.responseId})::int` })
      .from(evidenceTags)
      .innerJoin(evidenceItems, eq(evidenceItems.id, evidenceTags.evidenceItemId))
      .where(and(eq(evidenceItems.strategyId, scope.strategyId), eq(evidenceItems.source, 'survey_answer')))
      .groupBy(evidenceTags.tagId, evidenceItems.staffGroupId),
    db.select({ id: staffGroups.id, name: staffGroups.name }).from(staffGroups).where(eq(staffGroups.organisationId, scope.organisationId)).orderBy(staffGroups.position, staffGroups.name),
    db.select({ k: organisations.minGroupSize }).from(organisations).where(eq(organisations.id, scope.organisationId)),
  ]);
  const dims = [{ key: 'staff_group', values: [...groups.map((g) => g.id), NOT_STATED], residual: [NOT_STATED] }];
  const known = new Set(groups.map((g) => g.id));
  const labels: [string, string][] = [...groups.map((g): [string, string] => [g.id, g.name]), [NOT_STATED, 'Not stated']];
  const out = rows.map((row): Tag => {
    const sources = Object.fromEntries(EVIDENCE_SOURCE_KEYS.map((k) => [k, 0])) as Record<EvidenceSourceKey, number>;
    for (const r of bySource) if (r.tagId === row.id) sources[r.source] = Number(r.n);
    const atoms = byGroup
      .filter((r) => r.tagId === row.id)
      .map((r) => ({ coords: [r.staffGroupId && known.has(r.staffGroupId) ? r.staffGroupId : NOT_STATED], count: Number(r.n) }));
    const cube = suppressSmallGroups(dims, atoms, org!.k);
    const byStaffGroup = atoms.length === 0 ? [] : labels.map(([id, label]) => {
      const c = cube.get([id]);
      return { staffGroupId: id === NOT_STATED ? null : id, staffGroup: label, count: c.value, hidden: c.suppressed ? c.reason : null };
    }).filter((g) => g.count !== 0);
    return {
      id: row.id,
      name: row.name,
      description: row.description,
      colour: row.colour,
      textColour: textColourFor(row.colour).textColour,
      parentId: row.parentId,
      deleted: row.deletedAt !== null,
      count: Object.values(sources).reduce((a, b) => a + b, 0),
      bySource: sources,
      byStaffGroup,
    };
  });
  return { tags: out, threshold: effectiveThreshold(org!.k) };
}

/** An item's live tags, with who applied each and when. */
export async function appliedTagsOf(db: Db, evidenceId: string) {
  const rows = await db
    .select({ tagId: tags.id, name: tags.name, colour: tags.colour, appliedBy: users.name, appliedAt: evidenceTags.appliedAt })
    .from(evidenceTags)
    .innerJoin(tags, and(eq(tags.id, evidenceTags.tagId), isNull(tags.deletedAt)))
    .leftJoin(users, eq(users.id, evidenceTags.appliedByUserId))
    .where(eq(evidenceTags.evidenceItemId, evidenceId))
    .orderBy(asc(sql`lower(${tags.name})`));
  return rows.map((r) => ({ ...r, appliedAt: r.appliedAt.toISOString() }));
}

export async function tagOwner(db: Db, id: string): Promise<string | null> {
  const [row] = await db.select({ organisationId: tags.organisationId }).from(tags).where(eq(tags.id, id));
  return row?.organisationId ?? null;
}
