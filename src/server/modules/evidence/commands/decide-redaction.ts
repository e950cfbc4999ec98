import { eq, sql } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit.js';
import { conflict } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { loadRedaction } from '../redactions.js';
import { evidenceRedactions } from '../tables.js';

/**
 * Confirms a span as personal information (it stays masked) or reverses it (it is shown). Each
 * undoes the other, so a slip in the queue is one click to put right. Audited without the words.
 */
export async function decideRedaction(ctx: AppContext, actor: Actor, ids: { strategyId: string; redactionId: string }, decision: 'confirmed' | 'reversed') {
  return ctx.db.transaction(async (tx) => {
    const { strategy, redaction } = await loadRedaction(tx, actor, ids.strategyId, ids.redactionId);
    if (strategy.archivedAt) throw conflict('This strategy is archived. Restore it before making changes.');
    const [row] = await tx
      .update(evidenceRedactions)
      .set({ status: decision, decidedByUserId: actor.user.id, decidedAt: sql`now()` })
      .where(eq(evidenceRedactions.id, redaction.id))
      .returning();
    await writeAudit(tx, { userId: actor.user.id, name: actor.user.name }, {
      organisationId: strategy.organisationId,
      action: decision === 'confirmed' ? 'evidence.redaction_confirmed' : 'evidence.redaction_reversed',
      subjectType: 'evidence_item',
      subjectId: redaction.evidenceItemId,
      before: { redactionId: redaction.id, kind: redaction.kind, status: redaction.status },
      after: { redactionId: redaction.id, kind: redaction.kind, status: decision },
    });
    return row!;
  });
}
