import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { conflict } from '../../platform/errors.js';
import { signOffRounds } from './signoff/tables.js';
import { documentOutputs, documentVersions } from './tables.js';

/**
 * What must be true before a version goes on the public address: every approver signed it off,
 * and its downloads are the files they signed off (made when it was frozen, never remade).
 */
export async function assertPublishable(db: Db, versionId: string): Promise<void> {
  const [version] = await db.select({ number: documentVersions.number }).from(documentVersions).where(eq(documentVersions.id, versionId));
  const [signed] = await db.select({ id: signOffRounds.id }).from(signOffRounds).where(and(eq(signOffRounds.versionId, versionId), eq(signOffRounds.status, 'signed_off')));
  if (!signed) throw conflict(`Version ${version?.number ?? ''} has not been signed off, so it cannot be published. Submit it to the executive for sign-off first.`);
  const outputs = await db.select({ kind: documentOutputs.kind }).from(documentOutputs).where(eq(documentOutputs.versionId, versionId));
  if (outputs.length < 4) throw conflict('This version’s downloads were not all made, so it cannot be published. Freeze a new version.');
}
