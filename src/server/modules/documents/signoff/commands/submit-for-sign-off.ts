import type { SubmitForSignOff } from '../../../../../shared/contracts/document-signoff.js';
import { writeAudit } from '../../../../platform/audit.js';
import { auditActor } from '../../../../platform/audit-actor.js';
import { isUniqueViolation } from '../../../../platform/db/unique-violation.js';
import { badRequest, conflict } from '../../../../platform/errors.js';
import type { Actor } from '../../../../platform/http/access.js';
import type { AppContext } from '../../../../platform/module.js';
import { assertOpen, loadVersion } from '../../load.js';
import { eligibleApprovers, queueApprovalRequest } from '../approvers.js';
import { roundsOf, submitBlockedBecause } from '../state.js';
import { signOffApprovers, signOffRounds } from '../tables.js';

/**
 * Puts a frozen version to named approvers (senior leaders or admins of the same organisation) and
 * emails each of them. From now until the round closes the version is locked.
 */
export async function submitForSignOff(ctx: AppContext, actor: Actor, versionId: string, input: SubmitForSignOff) {
  try {
    const round = await ctx.db.transaction(async (tx) => {
      const { version, strategy } = await loadVersion(tx, actor, versionId);
      assertOpen(strategy);
      const blocked = submitBlockedBecause(await roundsOf(tx, version.id), version.number);
      if (blocked) throw conflict(blocked);
      const approvers = await eligibleApprovers(tx, version.organisationId, input.approverIds);
      const strangers = input.approverIds.length - approvers.length;
      if (strangers > 0) {
        const message = `Approvers must be senior leaders or admins of this organisation: ${strangers === 1 ? 'one of those chosen is not' : `${strangers} of those chosen are not`}. Reload the page and choose again.`;
        throw badRequest(message, [{ field: 'approverIds', message }]);
      }
      const now = new Date();
      const [round] = await tx
        .insert(signOffRounds)
        .values({ organisationId: version.organisationId, versionId: version.id, submittedByUserId: actor.user.id, submittedAt: now, message: input.message })
        .returning();
      await tx.insert(signOffApprovers).values(approvers.map((a) => ({ roundId: round!.id, userId: a.id, lastRemindedAt: now })));
      for (const approver of approvers) {
        await queueApprovalRequest(tx, ctx, { to: approver, version, strategyName: strategy.name, submittedBy: actor.user.name, message: input.message, reminder: false });
      }
      await writeAudit(tx, auditActor(actor), {
        organisationId: version.organisationId,
        action: 'document.submitted_for_sign_off',
        subjectType: 'document_version',
        subjectId: version.id,
        after: { versionNumber: version.number, roundId: round!.id, approvers: approvers.map((a) => a.name), message: input.message },
      });
      return round!;
    });
    await ctx.mailer.dispatch();
    return round;
  } catch (error) {
    if (isUniqueViolation(error, 'sign_off_rounds_one_live')) throw conflict('Someone else submitted this version at the same moment. Reload the page to see the round.');
    throw error;
  }
}
