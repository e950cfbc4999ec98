import { and, eq, isNull } from 'drizzle-orm';
import { DECISION_LABELS, type SignOffDecision } from '../../../../../shared/contracts/document-signoff.js';
import { formatDate } from '../../../../../shared/dates.js';
import { writeAudit } from '../../../../platform/audit.js';
import { auditActor } from '../../../../platform/audit-actor.js';
import { conflict, forbidden } from '../../../../platform/errors.js';
import type { Actor } from '../../../../platform/http/access.js';
import type { AppContext } from '../../../../platform/module.js';
import { users } from '../../../accounts/index.js';
import { loadVersion } from '../../load.js';
import { documentOutputs } from '../../tables.js';
import { queueOutcome } from '../approvers.js';
import { openRound } from '../state.js';
import { signOffApprovers, signOffRounds, type StoredSignOffRecord } from '../tables.js';

/**
 * A named approver approves or asks for changes (with a comment). Changes asked for close the round
 * at once; the last approval signs the version off, recording each download's SHA-256 as stored.
 */
export async function decideSignOff(ctx: AppContext, actor: Actor, versionId: string, input: SignOffDecision) {
  const result = await decide(ctx, actor, versionId, input);
  if (result.status !== 'in_review') await ctx.mailer.dispatch();
  return result;
}

async function decide(ctx: AppContext, actor: Actor, versionId: string, input: SignOffDecision) {
  return ctx.db.transaction(async (tx) => {
    const { version, strategy } = await loadVersion(tx, actor, versionId);
    const round = await openRound(tx, version, 'decide');
    const approvers = await tx
      .select({ id: signOffApprovers.id, userId: signOffApprovers.userId, decision: signOffApprovers.decision, decidedAt: signOffApprovers.decidedAt, name: users.name })
      .from(signOffApprovers)
      .innerJoin(users, eq(users.id, signOffApprovers.userId))
      .where(eq(signOffApprovers.roundId, round.id));
    const mine = approvers.find((a) => a.userId === actor.user.id);
    if (!mine) throw forbidden(`Only the approvers named for version ${version.number} can decide on it, and you are not one of them.`);
    if (mine.decision) {
      throw conflict(`You have already decided on version ${version.number}: ${DECISION_LABELS[mine.decision].toLowerCase()} on ${formatDate(mine.decidedAt!)}. A decision cannot be changed; the team can withdraw the version and submit it again.`);
    }
    const now = new Date();
    await tx.update(signOffApprovers).set({ decision: input.decision, comment: input.comment, decidedAt: now }).where(and(eq(signOffApprovers.id, mine.id), isNull(signOffApprovers.decision)));
    await writeAudit(tx, auditActor(actor), {
      organisationId: version.organisationId,
      action: 'document.sign_off_decided',
      subjectType: 'document_version',
      subjectId: version.id,
      after: { versionNumber: version.number, roundId: round.id, decision: input.decision, comment: input.comment },
    });
    const tellSubmitter = async (signedOff: boolean) => {
      const [to] = round.submittedByUserId ? await tx.select({ email: users.email, name: users.name }).from(users).where(eq(users.id, round.submittedByUserId)) : [];
      if (to) await queueOutcome(tx, ctx, { to, version, strategyName: strategy.name, decidedBy: actor.user.name, comment: input.comment, signedOff });
    };

    if (input.decision === 'changes_requested') {
      await tx.update(signOffRounds).set({ status: 'changes_requested', closedAt: now }).where(eq(signOffRounds.id, round.id));
      await tellSubmitter(false);
      return { status: 'changes_requested' as const };
    }
    const decided = approvers.map((a) => (a.id === mine.id ? { ...a, decision: input.decision, decidedAt: now } : a));
    if (!decided.every((a) => a.decision === 'approved')) return { status: 'in_review' as const };

    const outputs = await tx.select({ kind: documentOutputs.kind, sha256: documentOutputs.sha256, size: documentOutputs.size }).from(documentOutputs).where(eq(documentOutputs.versionId, version.id));
    const record: StoredSignOffRecord = {
      outputs: outputs.sort((a, b) => a.kind.localeCompare(b.kind)),
      approvers: decided.map((a) => ({ userId: a.userId, name: a.name, approvedAt: a.decidedAt!.toISOString() })),
    };
    await tx.update(signOffRounds).set({ status: 'signed_off', closedAt: now, record }).where(eq(signOffRounds.id, round.id));
    await writeAudit(tx, auditActor(actor), {
      organisationId: version.organisationId,
      action: 'document.signed_off',
      subjectType: 'document_version',
      subjectId: version.id,
      after: { versionNumber: version.number, roundId: round.id, signedOffAt: now.toISOString(), approvers: record.approvers, outputs: Object.fromEntries(record.outputs.map((o) => [o.kind, o.sha256])) },
    });
    await tellSubmitter(true);
    return { status: 'signed_off' as const };
  });
}
