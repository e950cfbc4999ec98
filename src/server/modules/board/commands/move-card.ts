import { and, eq } from 'drizzle-orm';
import type { MoveCard } from '../../../../shared/contracts/board.js';
import { auditActor } from '../../../platform/audit-actor.js';
import { writeAudit } from '../../../platform/audit.js';
import type { Db } from '../../../platform/db/client.js';
import { badRequest, notFound } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import { loadStrategy } from '../../strategies/index.js';
import { assertOpen } from '../load.js';
import { lockBoard, pileOrder, placed, writePile } from '../piles.js';
import { boardCards, boardClusters } from '../tables.js';

/**
 * Moves one card to a position in a cluster or the unsorted pile, renumbering only the pile it
 * left and the pile it joined, in one transaction. A position past the end means last, so a
 * move made from a page that is a little out of date still lands.
 */
export async function moveCard(tx: Db, actor: Actor, strategyId: string, input: MoveCard) {
  const strategy = await loadStrategy(tx, actor, strategyId);
  assertOpen(strategy);
  await lockBoard(tx, strategy.id);
  const [card] = await tx
    .select()
    .from(boardCards)
    .where(and(eq(boardCards.strategyId, strategy.id), eq(boardCards.evidenceItemId, input.evidenceId)));
  if (!card) throw notFound('That card on the board');
  if (input.clusterId) {
    const [cluster] = await tx
      .select({ id: boardClusters.id })
      .from(boardClusters)
      .where(and(eq(boardClusters.id, input.clusterId), eq(boardClusters.strategyId, strategy.id)));
    if (!cluster) {
      const message = 'That cluster is not on this board any more. Reload the board and move the card again.';
      throw badRequest(message, [{ field: 'clusterId', message }]);
    }
  }
  const target = input.clusterId;
  const targetOrder = placed(await pileOrder(tx, strategy.id, target), card.evidenceItemId, input.position);
  if (card.clusterId !== target) {
    const left = (await pileOrder(tx, strategy.id, card.clusterId)).filter((id) => id !== card.evidenceItemId);
    await writePile(tx, strategy.id, card.clusterId, left);
  }
  await writePile(tx, strategy.id, target, targetOrder);
  const position = targetOrder.indexOf(card.evidenceItemId);
  await writeAudit(tx, auditActor(actor), {
    organisationId: strategy.organisationId,
    action: 'board.card_moved',
    subjectType: 'evidence_item',
    subjectId: card.evidenceItemId,
    before: { clusterId: card.clusterId, position: card.position },
    after: { clusterId: target, position },
  });
  return { clusterId: target, position, total: targetOrder.length };
}
