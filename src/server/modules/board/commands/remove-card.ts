import { and, eq } from 'drizzle-orm';
import { auditActor } from '../../../platform/audit-actor.js';
import { writeAudit } from '../../../platform/audit.js';
import type { Db } from '../../../platform/db/client.js';
import { notFound } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import { loadStrategy } from '../../strategies/index.js';
import { assertOpen } from '../load.js';
import { lockBoard, pileOrder, writePile } from '../piles.js';
import { boardCards } from '../tables.js';

/** Takes a card off the board (the evidence stays in the library); its pile closes the gap. */
export async function removeCard(tx: Db, actor: Actor, strategyId: string, evidenceId: string) {
  const strategy = await loadStrategy(tx, actor, strategyId);
  assertOpen(strategy);
  await lockBoard(tx, strategy.id);
  const [card] = await tx
    .delete(boardCards)
    .where(and(eq(boardCards.strategyId, strategy.id), eq(boardCards.evidenceItemId, evidenceId)))
    .returning();
  if (!card) throw notFound('That card on the board');
  await writePile(tx, strategy.id, card.clusterId, await pileOrder(tx, strategy.id, card.clusterId));
  await writeAudit(tx, auditActor(actor), {
    organisationId: strategy.organisationId,
    action: 'board.card_removed',
    subjectType: 'evidence_item',
    subjectId: evidenceId,
    before: { clusterId: card.clusterId, position: card.position },
  });
}
