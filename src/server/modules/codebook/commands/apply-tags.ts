import { sql } from 'drizzle-orm';
import type { EvidenceFilter } from '../../../../shared/contracts/evidence.js';
import { auditActor } from '../../../platform/audit-actor.js';
import { writeAudit } from '../../../platform/audit.js';
import type { Db } from '../../../platform/db/client.js';
import type { Actor } from '../../../platform/http/access.js';
import { evidenceItems, evidenceTags } from '../../evidence/index.js';
import { assertLive, assertOpen, loadTag } from '../tags.js';

/**
 * The ids as ONE array literal parameter: a long JS array would otherwise be sent as one
 * parameter per id, which PostgreSQL limits and PGlite serialises slowly.
 */
export const idArray = (ids: readonly string[]) => sql`${sql.param(`{${ids.join(',')}}`)}::text::uuid[]`;

export const countOf = (result: unknown): number => Number((result as { rows: { n: number | string }[] }).rows[0]?.n ?? 0);

/**
 * Applies one tag to many items in one statement (a bulk tag of 200,000 items is one insert),
 * keeping only items of the tag's strategy. Idempotent: items already tagged keep who tagged
 * them and when. One audit record per call, with how many were tagged and why.
 */
export async function applyTags(tx: Db, actor: Actor, tagId: string, itemIds: readonly string[], filter?: EvidenceFilter) {
  const { tag, strategy } = await loadTag(tx, actor, tagId);
  assertOpen(strategy);
  assertLive(tag);
  const result = await tx.execute(sql`
    with added as (
      insert into ${evidenceTags} (evidence_item_id, tag_id, applied_by_user_id)
      select e.id, ${tag.id}::uuid, ${actor.user.id}::uuid
      from ${evidenceItems} e
      where e.id = any(${idArray(itemIds)}) and e.strategy_id = ${strategy.id}::uuid
      on conflict do nothing
      returning 1
    ) select count(*)::int as n from added`);
  const changed = countOf(result);
  await writeAudit(tx, auditActor(actor), {
    organisationId: strategy.organisationId,
    action: 'tag.applied',
    subjectType: 'tag',
    subjectId: tag.id,
    after: { name: tag.name, items: itemIds.length, tagged: changed, ...(filter ? { filter } : {}) },
  });
  return { matched: itemIds.length, changed };
}

/** Takes one tag off many items in one statement; audited like `applyTags`. */
export async function removeTags(tx: Db, actor: Actor, tagId: string, itemIds: readonly string[], filter?: EvidenceFilter) {
  const { tag, strategy } = await loadTag(tx, actor, tagId);
  assertOpen(strategy);
  assertLive(tag);
  const result = await tx.execute(sql`
    with removed as (
      delete from ${evidenceTags} where tag_id = ${tag.id}::uuid and evidence_item_id = any(${idArray(itemIds)})
      returning 1
    ) select count(*)::int as n from removed`);
  const changed = countOf(result);
  await writeAudit(tx, auditActor(actor), {
    organisationId: strategy.organisationId,
    action: 'tag.removed',
    subjectType: 'tag',
    subjectId: tag.id,
    after: { name: tag.name, items: itemIds.length, untagged: changed, ...(filter ? { filter } : {}) },
  });
  return { matched: itemIds.length, changed };
}
