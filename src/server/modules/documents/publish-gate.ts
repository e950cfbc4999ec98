import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { conflict } from '../../platform/errors.js';
import { documentOutputs } from './tables.js';

/** What must be true before a version goes on the public address. */
export async function assertPublishable(db: Db, versionId: string): Promise<void> {
  const outputs = await db.select({ kind: documentOutputs.kind }).from(documentOutputs).where(eq(documentOutputs.versionId, versionId));
  if (outputs.length < 4) throw conflict('This version’s downloads were not all made, so it cannot be published. Freeze a new version.');
}
