import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { badRequest, conflict, notFound } from '../../platform/errors.js';
import type { Actor } from '../../platform/http/access.js';
import { tags } from '../evidence/index.js';
import { loadStrategy } from '../strategies/index.js';
import { contrastOnPage, darkerShade, NON_TEXT_CONTRAST } from './colour.js';

export type TagRow = typeof tags.$inferSelect;
export type StrategyRow = Awaited<ReturnType<typeof loadStrategy>>;

/** A tag of the actor's organisation (deleted or not) with its strategy; anything else is "not found". */
export async function loadTag(db: Db, actor: Actor, tagId: string): Promise<{ tag: TagRow; strategy: StrategyRow }> {
  const [tag] = await db.select().from(tags).where(and(eq(tags.id, tagId), eq(tags.organisationId, actor.member.organisationId)));
  if (!tag) throw notFound('The tag');
  return { tag, strategy: await loadStrategy(db, actor, tag.strategyId) };
}

export function assertOpen(strategy: StrategyRow): void {
  if (strategy.archivedAt) throw conflict('This strategy is archived. Restore it before changing its codebook.');
}

export function assertLive(tag: TagRow): void {
  if (tag.deletedAt) throw conflict(`The tag "${tag.name}" has been deleted. Restore it first if you need it.`);
}

/** The colour must stand out on the white page (3:1); the message offers a darker shade that does. */
export function assertReadable(colour: string): void {
  const ratio = contrastOnPage(colour);
  if (ratio < NON_TEXT_CONTRAST) {
    const shade = darkerShade(colour);
    throw badRequest(
      `The colour ${colour} is too pale to see on the white page: its contrast with white is ${(Math.floor(ratio * 10) / 10).toFixed(1)} to 1, and a tag's colour needs at least 3 to 1. Choose a darker shade, such as ${shade}.`,
      [{ field: 'colour', message: `Choose a darker colour, such as ${shade}` }],
    );
  }
}

/** Names are unique in a strategy's live codebook, ignoring case. */
export async function assertNameFree(db: Db, strategyId: string, name: string, exceptId?: string): Promise<void> {
  const [clash] = await db
    .select({ id: tags.id, name: tags.name })
    .from(tags)
    .where(and(eq(tags.strategyId, strategyId), isNull(tags.deletedAt), sql`lower(${tags.name}) = lower(${name})`, exceptId ? sql`${tags.id} <> ${exceptId}` : undefined));
  if (clash) throw badRequest(`There is already a tag called "${clash.name}" in this codebook. Choose another name, or use that tag.`, [{ field: 'name', message: 'Choose a name no other tag has' }]);
}

/**
 * Two levels only: a parent must be a live tag of the same strategy that has no parent itself,
 * and a tag that has children cannot be put under another.
 */
export async function assertParent(db: Db, strategyId: string, parentId: string | null | undefined, tagId?: string): Promise<void> {
  if (!parentId) return;
  const field = 'parentId';
  if (parentId === tagId) throw badRequest('A tag cannot be its own parent. Choose another parent, or none.', [{ field, message: 'Choose another tag' }]);
  const [parent] = await db.select().from(tags).where(and(eq(tags.id, parentId), eq(tags.strategyId, strategyId), isNull(tags.deletedAt)));
  if (!parent) throw badRequest('The chosen parent is not a tag in this codebook. Choose the parent again.', [{ field, message: 'Choose a tag from this codebook' }]);
  if (parent.parentId) {
    throw badRequest(`"${parent.name}" is already under another tag, and the codebook has two levels only. Choose a top-level tag as the parent.`, [{ field, message: 'Choose a top-level tag' }]);
  }
  if (tagId) {
    const [child] = await db.select({ id: tags.id }).from(tags).where(and(eq(tags.parentId, tagId), isNull(tags.deletedAt))).limit(1);
    if (child) throw badRequest('This tag has tags under it, and the codebook has two levels only. Move its tags elsewhere first, or leave it at the top level.', [{ field, message: 'A tag with tags under it stays at the top level' }]);
  }
}
