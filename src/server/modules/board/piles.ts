import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { boardCards, boardClusters } from './tables.js';

/** Where a card sits: a cluster, or the unsorted pile (null). */
export type PileId = string | null;

/** Clamps a wanted position into 0..length: a stale position from an old page still lands somewhere sensible. */
export const clampPosition = (position: number, length: number): number => Math.max(0, Math.min(Math.trunc(position), length));

/** The order after taking `id` out (if there) and putting it at `position`, clamped. */
export function placed(order: readonly string[], id: string, position: number): string[] {
  const rest = order.filter((x) => x !== id);
  const at = clampPosition(position, rest.length);
  return [...rest.slice(0, at), id, ...rest.slice(at)];
}

/**
 * The ids as ONE array literal parameter: a long JS array would otherwise be sent as one
 * parameter per id, which PostgreSQL limits and PGlite serialises slowly.
 */
export const idArray = (ids: readonly string[]) => sql`${sql.param(`{${ids.join(',')}}`)}::text::uuid[]`;
const intArray = (values: readonly number[]) => sql`${sql.param(`{${values.join(',')}}`)}::text::int[]`;

/**
 * Serialises changes to one strategy's board: two people moving cards at once would otherwise
 * both read a pile, both renumber it, and leave two cards at one position.
 */
export async function lockBoard(tx: Db, strategyId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`board:${strategyId}`}))`);
}

const inPile = (strategyId: string, pile: PileId) =>
  and(eq(boardCards.strategyId, strategyId), pile ? eq(boardCards.clusterId, pile) : isNull(boardCards.clusterId));

/** The evidence ids of one pile, in order (ties, which only a crash could leave, broken by id). */
export async function pileOrder(tx: Db, strategyId: string, pile: PileId): Promise<string[]> {
  const rows = await tx
    .select({ id: boardCards.evidenceItemId })
    .from(boardCards)
    .where(inPile(strategyId, pile))
    .orderBy(asc(boardCards.position), asc(boardCards.evidenceItemId));
  return rows.map((r) => r.id);
}

/**
 * Puts the cards of `order` into `pile` at positions 0..n-1 in one statement, touching only rows
 * whose place changes: moving one card writes one pile (or two), never the whole board.
 */
export async function writePile(tx: Db, strategyId: string, pile: PileId, order: readonly string[]): Promise<void> {
  if (!order.length) return;
  const positions = order.map((_, i) => i);
  await tx.execute(sql`
    update ${boardCards} c set position = v.position, cluster_id = ${pile}::uuid
    from (select unnest(${idArray(order)}) as id, unnest(${intArray(positions)}) as position) v
    where c.strategy_id = ${strategyId}::uuid and c.evidence_item_id = v.id
      and (c.position <> v.position or c.cluster_id is distinct from ${pile}::uuid)`);
}

/** The clusters of a board in order, renumbered 0..n-1 after `order` says where each goes. */
export async function writeClusterOrder(tx: Db, strategyId: string, order: readonly string[]): Promise<void> {
  if (!order.length) return;
  await tx.execute(sql`
    update ${boardClusters} k set position = v.position
    from (select unnest(${idArray(order)}) as id, unnest(${intArray(order.map((_, i) => i))}) as position) v
    where k.strategy_id = ${strategyId}::uuid and k.id = v.id and k.position <> v.position`);
}

export async function clusterOrder(tx: Db, strategyId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: boardClusters.id })
    .from(boardClusters)
    .where(eq(boardClusters.strategyId, strategyId))
    .orderBy(asc(boardClusters.position), asc(boardClusters.createdAt), asc(boardClusters.id));
  return rows.map((r) => r.id);
}
