import { eq } from 'drizzle-orm';
import { writeAudit } from '../../../../platform/audit.js';
import { auditActor } from '../../../../platform/audit-actor.js';
import type { Actor } from '../../../../platform/http/access.js';
import type { AppContext } from '../../../../platform/module.js';
import { loadVersion } from '../../load.js';
import { openRound } from '../state.js';
import { signOffRounds } from '../tables.js';

/** The team takes a version back from the approvers: the round closes as withdrawn and the version may be changed or submitted again. */
export async function withdrawSignOff(ctx: AppContext, actor: Actor, versionId: string) {
  await ctx.db.transaction(async (tx) => {
    const { version } = await loadVersion(tx, actor, versionId);
    const round = await openRound(tx, version, 'withdraw');
    await tx.update(signOffRounds).set({ status: 'withdrawn', closedAt: new Date() }).where(eq(signOffRounds.id, round.id));
    await writeAudit(tx, auditActor(actor), {
      organisationId: version.organisationId,
      action: 'document.sign_off_withdrawn',
      subjectType: 'document_version',
      subjectId: version.id,
      before: { status: 'in_review' },
      after: { status: 'withdrawn', versionNumber: version.number, roundId: round.id },
    });
  });
}
