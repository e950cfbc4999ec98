import { and, eq, isNull } from 'drizzle-orm';
import type { CreateTag } from '../../../../shared/contracts/codebook.js';
import { auditActor } from '../../../platform/audit-actor.js';
import { writeAudit } from '../../../platform/audit.js';
import type { Db } from '../../../platform/db/client.js';
import type { Actor } from '../../../platform/http/access.js';
import { tags } from '../../evidence/index.js';
import { leastUsedColour } from '../colour.js';
import { assertNameFree, assertOpen, assertParent, assertReadable, type StrategyRow } from '../tags.js';

/**
 * Adds a tag to a strategy's codebook, inside the caller's transaction (themes and insights
 * create tags as part of their own changes). Without a colour it takes the palette's least used.
 */
export async function createTag(tx: Db, actor: Actor, strategy: StrategyRow, input: CreateTag) {
  assertOpen(strategy);
  await assertNameFree(tx, strategy.id, input.name);
  await assertParent(tx, strategy.id, input.parentId);
  let colour = input.colour;
  if (colour) assertReadable(colour);
  else {
    const used = await tx.select({ colour: tags.colour }).from(tags).where(and(eq(tags.strategyId, strategy.id), isNull(tags.deletedAt)));
    colour = leastUsedColour(used.map((u) => u.colour));
  }
  const [tag] = await tx
    .insert(tags)
    .values({ organisationId: strategy.organisationId, strategyId: strategy.id, name: input.name, description: input.description ?? '', colour, parentId: input.parentId ?? null })
    .returning();
  await writeAudit(tx, auditActor(actor), {
    organisationId: strategy.organisationId,
    action: 'tag.created',
    subjectType: 'tag',
    subjectId: tag!.id,
    after: { name: tag!.name, colour, parentId: tag!.parentId },
  });
  return tag!;
}
