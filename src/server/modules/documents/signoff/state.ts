import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.js';
import { conflict } from '../../../platform/errors.js';
import { signOffRounds } from './tables.js';

export type RoundRow = typeof signOffRounds.$inferSelect;

/** Every round of a version, newest first. */
export async function roundsOf(db: Db, versionId: string): Promise<RoundRow[]> {
  return db.select().from(signOffRounds).where(eq(signOffRounds.versionId, versionId)).orderBy(desc(signOffRounds.submittedAt));
}

/**
 * A version with the approvers, or signed off, is locked: what they are reading (or approved) must
 * not change under them. Changes go into a new version, which is always allowed.
 */
export async function assertNotLocked(db: Db, version: { id: string; number: number }): Promise<RoundRow[]> {
  const rounds = await roundsOf(db, version.id);
  if (rounds.some((r) => r.status === 'in_review')) {
    throw conflict(`Version ${version.number} is with the approvers, so it cannot be changed. Withdraw it from review first, or freeze a new version.`);
  }
  if (rounds.some((r) => r.status === 'signed_off')) {
    throw conflict(`Version ${version.number} is signed off, so it cannot be changed. Freeze a new version and submit that for sign-off.`);
  }
  return rounds;
}

/** Why a version cannot be submitted for sign-off now, or null when it can. */
export function submitBlockedBecause(rounds: RoundRow[], number: number): string | null {
  if (rounds.some((r) => r.status === 'in_review')) return `Version ${number} is already with the approvers.`;
  if (rounds.some((r) => r.status === 'signed_off')) return `Version ${number} is already signed off. Any change needs a new version and a new round of sign-off.`;
  if (rounds.some((r) => r.status === 'changes_requested')) {
    return `The approvers asked for changes to version ${number}, so it cannot be submitted again. Make the changes, freeze a new version and submit that.`;
  }
  return null;
}

/** The version's round that is with the approvers, locked for this transaction so two last decisions cannot both miss each other. */
export async function openRound(tx: Db, version: { id: string; number: number }, nothingTo: 'decide' | 'withdraw') {
  const [round] = await tx
    .select()
    .from(signOffRounds)
    .where(and(eq(signOffRounds.versionId, version.id), eq(signOffRounds.status, 'in_review')))
    .for('update');
  if (!round) throw conflict(`Version ${version.number} is not with the approvers now, so there is nothing to ${nothingTo}. Reload the page to see where it stands.`);
  return round;
}
