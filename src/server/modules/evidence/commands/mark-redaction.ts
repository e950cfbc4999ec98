import { and, eq, gt, lt } from 'drizzle-orm';
import type { MarkRedaction } from '../../../../shared/contracts/redactions.js';
import { writeAudit } from '../../../platform/audit.js';
import { badRequest, conflict } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { loadEvidenceItem } from '../redactions.js';
import { evidenceRedactions } from '../tables.js';

/**
 * Masks a span by hand (something the detectors missed). Offsets are UTF-16 positions in the
 * item's text. Suggestions the new span covers are folded into it, so one thing is masked once.
 */
export async function markRedaction(ctx: AppContext, actor: Actor, ids: { strategyId: string; evidenceId: string }, input: MarkRedaction) {
  return ctx.db.transaction(async (tx) => {
    const { strategy, item } = await loadEvidenceItem(tx, actor, ids.strategyId, ids.evidenceId);
    if (strategy.archivedAt) throw conflict('This strategy is archived. Restore it before making changes.');
    if (input.end <= input.start) throw badRequest('The span ends before it starts. Select the words again.', [{ field: 'end', message: 'Choose an end after the start' }]);
    if (input.end > item.text.length) throw badRequest('The span goes past the end of the text. Reload the page and select the words again.', [{ field: 'end', message: 'Choose an end within the text' }]);
    if (!item.text.slice(input.start, input.end).trim()) throw badRequest('The span is only spaces. Select the words to mask.', [{ field: 'start', message: 'Select some words' }]);
    await tx
      .delete(evidenceRedactions)
      .where(and(
        eq(evidenceRedactions.evidenceItemId, item.id),
        lt(evidenceRedactions.start, input.end),
        gt(evidenceRedactions.end, input.start),
        eq(evidenceRedactions.status, 'suggested'),
      ));
    const [row] = await tx
      .insert(evidenceRedactions)
      .values({ evidenceItemId: item.id, start: input.start, end: input.end, kind: input.kind, status: 'manual', decidedByUserId: actor.user.id, decidedAt: new Date() })
      .returning();
    await writeAudit(tx, { userId: actor.user.id, name: actor.user.name }, {
      organisationId: strategy.organisationId,
      action: 'evidence.redaction_marked',
      subjectType: 'evidence_item',
      subjectId: item.id,
      after: { redactionId: row!.id, kind: input.kind, start: input.start, end: input.end },
    });
    return row!;
  });
}
