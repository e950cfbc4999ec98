import { and, desc, eq } from 'drizzle-orm';
import { writeAudit } from '../../platform/audit.js';
import { auditActor } from '../../platform/audit-actor.js';
import type { Db } from '../../platform/db/client.js';
import { conflict, notFound } from '../../platform/errors.js';
import type { Actor } from '../../platform/http/access.js';
import { loadStrategy } from '../strategies/index.js';
import { partnershipCommitments, partnershipVersions } from './tables.js';

export type VersionRow = typeof partnershipVersions.$inferSelect;
export type Status = 'draft' | 'published' | 'agreed';

export const statusOf = (v: Pick<VersionRow, 'agreedAt' | 'publishedAt'>): Status => (v.agreedAt ? 'agreed' : v.publishedAt ? 'published' : 'draft');

export async function partnershipVersionOwner(db: Db, versionId: string): Promise<string | null> {
  const [row] = await db.select({ organisationId: partnershipVersions.organisationId }).from(partnershipVersions).where(eq(partnershipVersions.id, versionId));
  return row?.organisationId ?? null;
}

/** A version of the actor's organisation, with its strategy; another organisation's is "not found". */
export async function loadVersion(db: Db, actor: Actor, versionId: string, lock = false) {
  const query = db
    .select()
    .from(partnershipVersions)
    .where(and(eq(partnershipVersions.id, versionId), eq(partnershipVersions.organisationId, actor.member.organisationId)));
  const [version] = lock ? await query.for('update') : await query;
  if (!version) throw notFound('The partnership version');
  const strategy = await loadStrategy(db, actor, version.strategyId);
  return { version, strategy };
}

export function assertOpen(strategy: { archivedAt: Date | null }): void {
  if (strategy.archivedAt) throw conflict('This strategy is archived. Restore it before changing the partnership.');
}

/** A draft of an open strategy, locked for the change: published and agreed versions keep their words. */
export async function loadDraft(tx: Db, actor: Actor, versionId: string) {
  const loaded = await loadVersion(tx, actor, versionId, true);
  assertOpen(loaded.strategy);
  const status = statusOf(loaded.version);
  if (status !== 'draft') {
    throw conflict(
      `Version ${loaded.version.number} has been ${status === 'agreed' ? 'agreed' : 'put to staff'}, so its commitments cannot change. Start a new draft to change them.`,
    );
  }
  return loaded;
}

export async function latestVersion(db: Db, strategyId: string): Promise<VersionRow | undefined> {
  const [row] = await db.select().from(partnershipVersions).where(eq(partnershipVersions.strategyId, strategyId)).orderBy(desc(partnershipVersions.number)).limit(1);
  return row;
}

export async function loadCommitment(tx: Db, versionId: string, commitmentId: string) {
  const [row] = await tx
    .select()
    .from(partnershipCommitments)
    .where(and(eq(partnershipCommitments.id, commitmentId), eq(partnershipCommitments.versionId, versionId)));
  if (!row) throw notFound('The commitment');
  return row;
}

export async function auditPartnership(
  tx: Db,
  actor: Actor,
  version: { id: string; organisationId: string; number: number },
  entry: { action: string; before?: Record<string, unknown> | null; after?: Record<string, unknown> | null },
): Promise<void> {
  await writeAudit(tx, auditActor(actor), {
    organisationId: version.organisationId,
    action: entry.action,
    subjectType: 'partnership',
    subjectId: version.id,
    before: entry.before ? { version: version.number, ...entry.before } : null,
    after: entry.after ? { version: version.number, ...entry.after } : null,
  });
}
