import { createHash } from 'node:crypto';
import { asc, eq, inArray } from 'drizzle-orm';
import type { SignOffPage, SignOffRecord, SignOffRound, VerifyFile, VerifyResult } from '../../../../shared/contracts/document-signoff.js';
import { VERIFY_FILE_MAX_BYTES } from '../../../../shared/contracts/document-signoff.js';
import { OUTPUT_LABELS } from '../../../../shared/contracts/documents.js';
import type { Db } from '../../../platform/db/client.js';
import { badRequest, conflict } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import { can } from '../../../platform/policy.js';
import { users } from '../../accounts/index.js';
import { loadVersion } from '../load.js';
import { eligibleApprovers } from './approvers.js';
import { roundsOf, submitBlockedBecause, type RoundRow } from './state.js';
import { signOffApprovers, type StoredSignOffRecord } from './tables.js';

const presentRecord = (record: StoredSignOffRecord, closedAt: Date): SignOffRecord => ({
  signedOffAt: closedAt.toISOString(),
  outputs: record.outputs.map((o) => ({ ...o, label: OUTPUT_LABELS[o.kind] })),
  approvers: record.approvers.map((a) => ({ name: a.name, approvedAt: a.approvedAt })),
});

/** The version's sign-off: every round with its approvers' decisions, the record once signed off, and what this person may do. */
export async function signOffPage(db: Db, actor: Actor, versionId: string): Promise<SignOffPage> {
  const { version, strategy } = await loadVersion(db, actor, versionId);
  const rounds = await roundsOf(db, version.id);
  const approvers = rounds.length
    ? await db
        .select({ roundId: signOffApprovers.roundId, userId: signOffApprovers.userId, name: users.name, decision: signOffApprovers.decision, comment: signOffApprovers.comment, decidedAt: signOffApprovers.decidedAt })
        .from(signOffApprovers)
        .innerJoin(users, eq(users.id, signOffApprovers.userId))
        .where(inArray(signOffApprovers.roundId, rounds.map((r) => r.id)))
        .orderBy(asc(users.name))
    : [];
  const submitters = await namesOf(db, rounds.map((r) => r.submittedByUserId).filter((id): id is string => !!id));
  const open = rounds.find((r) => r.status === 'in_review');
  const mayTeam = can(actor.member.role, 'create', 'document_signoff') && !strategy.archivedAt;
  const blocked = strategy.archivedAt ? 'This strategy is archived. Restore it before submitting its document for sign-off.' : submitBlockedBecause(rounds, version.number);
  return {
    versionId: version.id,
    versionNumber: version.number,
    status: rounds[0]?.status ?? 'not_submitted',
    rounds: rounds.map((r): SignOffRound => ({
      id: r.id,
      status: r.status,
      submittedBy: (r.submittedByUserId && submitters.get(r.submittedByUserId)) || 'A former member',
      submittedAt: r.submittedAt.toISOString(),
      closedAt: r.closedAt?.toISOString() ?? null,
      message: r.message,
      approvers: approvers
        .filter((a) => a.roundId === r.id)
        .map((a) => ({ userId: a.userId, name: a.name, decision: a.decision, comment: a.comment, decidedAt: a.decidedAt?.toISOString() ?? null })),
      record: r.status === 'signed_off' && r.record && r.closedAt ? presentRecord(r.record, r.closedAt) : null,
    })),
    eligibleApprovers: mayTeam ? await eligibleApprovers(db, version.organisationId) : [],
    submitBlockedBecause: blocked,
    can: {
      submit: mayTeam && !blocked,
      withdraw: mayTeam && !!open,
      decide: !!open && approvers.some((a) => a.roundId === open.id && a.userId === actor.user.id && !a.decision),
    },
  };
}

async function namesOf(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

function signedOffRound(rounds: RoundRow[]): (RoundRow & { record: StoredSignOffRecord; closedAt: Date }) | null {
  const round = rounds.find((r) => r.status === 'signed_off');
  return round?.record && round.closedAt ? { ...round, record: round.record, closedAt: round.closedAt } : null;
}

/**
 * Checks a file against the signed-off record of THIS version: its SHA-256 must equal one of the
 * recorded downloads'. A single changed byte gives a different fingerprint, so the file is not it.
 */
export async function verifySignedOffFile(db: Db, actor: Actor, versionId: string, input: VerifyFile): Promise<VerifyResult> {
  const { version } = await loadVersion(db, actor, versionId);
  const round = signedOffRound(await roundsOf(db, version.id));
  if (!round) throw conflict(`Version ${version.number} has not been signed off, so there is no record to check a file against.`);
  const bytes = Buffer.from(input.fileBase64, 'base64');
  const problem = (message: string) => badRequest(message, [{ field: 'fileBase64', message }]);
  if (bytes.length === 0) throw problem('The file is empty, or could not be read. Choose the file again.');
  if (bytes.length > VERIFY_FILE_MAX_BYTES) throw problem('The file is larger than 20 MB, so it cannot be a download of this version.');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const found = round.record.outputs.find((o) => o.sha256 === sha256);
  const signedOffAt = round.closedAt.toISOString();
  if (found) {
    return {
      matches: true,
      sha256,
      kind: found.kind,
      versionNumber: version.number,
      signedOffAt,
      message: `This file is the signed-off version ${version.number} (${OUTPUT_LABELS[found.kind]}), byte for byte.`,
    };
  }
  return {
    matches: false,
    sha256,
    kind: null,
    versionNumber: version.number,
    signedOffAt,
    message: `This file is not the signed-off version ${version.number}: its fingerprint (SHA-256 ${sha256}) matches none of the signed-off files.`,
  };
}
