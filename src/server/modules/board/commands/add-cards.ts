import { and, eq, inArray, isNull, max } from 'drizzle-orm';
import { BOARD_CARD_LIMIT, type AddCards } from '../../../../shared/contracts/board.js';
import { auditActor } from '../../../platform/audit-actor.js';
import { writeAudit } from '../../../platform/audit.js';
import type { Db } from '../../../platform/db/client.js';
import { badRequest } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import { evidenceItems, findEvidenceIds, loadQuotes } from '../../evidence/index.js';
import { loadStrategy } from '../../strategies/index.js';
import { assertOpen, scopeOf } from '../load.js';
import { lockBoard } from '../piles.js';
import { boardCards } from '../tables.js';

const n = (x: number) => x.toLocaleString('en-GB');

/** The ids the request names: the library's filter (refused in its own words) or chosen items of this strategy. */
async function wantedIds(tx: Db, scope: { organisationId: string; strategyId: string }, input: AddCards): Promise<string[]> {
  if ('filter' in input) {
    const found = await findEvidenceIds(tx, scope, input.filter);
    if ('refused' in found) throw badRequest(found.refused, [{ field: 'filter', message: found.refused }]);
    return found.ids;
  }
  const wanted = [...new Set(input.evidenceIds)];
  const rows = await tx
    .select({ id: evidenceItems.id })
    .from(evidenceItems)
    .where(and(inArray(evidenceItems.id, wanted), eq(evidenceItems.strategyId, scope.strategyId), eq(evidenceItems.organisationId, scope.organisationId)));
  if (rows.length !== wanted.length) {
    const message = "Some of the chosen evidence is not in this strategy's library any more. Choose the evidence again.";
    throw badRequest(message, [{ field: 'evidenceIds', message }]);
  }
  return wanted;
}

/**
 * Puts evidence on the end of the unsorted pile, skipping what is already on the board and the
 * interview notes the leader agreed may be read but not quoted (a card is a quote). Refuses the
 * whole request, before reading any text, when it would take the board past its limit.
 */
export async function addCards(tx: Db, actor: Actor, strategyId: string, input: AddCards) {
  const strategy = await loadStrategy(tx, actor, strategyId);
  assertOpen(strategy);
  const scope = scopeOf(strategy);
  const ids = await wantedIds(tx, scope, input);
  await lockBoard(tx, strategy.id);
  const onBoard = new Set(
    ids.length
      ? (await tx.select({ id: boardCards.evidenceItemId }).from(boardCards).where(eq(boardCards.strategyId, strategy.id))).map((r) => r.id)
      : [],
  );
  const fresh = ids.filter((id) => !onBoard.has(id));
  if (onBoard.size + fresh.length > BOARD_CARD_LIMIT) {
    const message =
      `The board holds at most ${n(BOARD_CARD_LIMIT)} cards. It has ${n(onBoard.size)} and this would add ${n(fresh.length)}. ` +
      'Narrow the search or filters, or take cards off the board first.';
    throw badRequest(message, [{ field: 'filter' in input ? 'filter' : 'evidenceIds', message }]);
  }
  const quotable = new Set((await loadQuotes(tx, scope, fresh)).map((q) => q.id));
  const adding = fresh.filter((id) => quotable.has(id));
  if (adding.length) {
    const [{ last } = { last: null }] = await tx
      .select({ last: max(boardCards.position) })
      .from(boardCards)
      .where(and(eq(boardCards.strategyId, strategy.id), isNull(boardCards.clusterId)));
    const start = (last ?? -1) + 1;
    await tx.insert(boardCards).values(adding.map((evidenceItemId, i) => ({ strategyId: strategy.id, evidenceItemId, clusterId: null, position: start + i })));
  }
  const result = { added: adding.length, alreadyOnBoard: ids.length - fresh.length, notQuotable: fresh.length - adding.length };
  await writeAudit(tx, auditActor(actor), {
    organisationId: strategy.organisationId,
    action: 'board.cards_added',
    subjectType: 'strategy',
    subjectId: strategy.id,
    after: { ...result, ...('filter' in input ? { filter: input.filter } : {}) },
  });
  return result;
}

