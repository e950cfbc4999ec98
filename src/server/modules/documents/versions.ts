import { desc, eq } from 'drizzle-orm';
import type { VersionState, VersionSummary } from '../../../shared/contracts/documents.js';
import type { Db } from '../../platform/db/client.js';
import { users } from '../accounts/index.js';
import type { VersionRow } from './load.js';
import { documentVersions } from './tables.js';

/** Frozen; or published (the newest version that was); or superseded (published once, since replaced). */
export function stateOf(version: Pick<VersionRow, 'id' | 'publishedAt'>, currentPublishedId: string | null): VersionState {
  if (!version.publishedAt) return 'frozen';
  return version.id === currentPublishedId ? 'published' : 'superseded';
}

export function currentPublished<T extends Pick<VersionRow, 'id' | 'publishedAt'>>(rows: T[]): T | null {
  return rows.filter((r) => r.publishedAt).sort((a, b) => b.publishedAt!.getTime() - a.publishedAt!.getTime())[0] ?? null;
}

/** Every frozen version of a strategy's document, newest first, without their content. */
export async function versionSummaries(db: Db, strategyId: string): Promise<VersionSummary[]> {
  const rows = await db
    .select({ id: documentVersions.id, number: documentVersions.number, changeNote: documentVersions.changeNote, frozenAt: documentVersions.frozenAt, publishedAt: documentVersions.publishedAt, by: users.name })
    .from(documentVersions)
    .leftJoin(users, eq(users.id, documentVersions.frozenByUserId))
    .where(eq(documentVersions.strategyId, strategyId))
    .orderBy(desc(documentVersions.number));
  const published = currentPublished(rows)?.id ?? null;
  return rows.map((r) => ({ id: r.id, number: r.number, state: stateOf(r, published), changeNote: r.changeNote, frozenAt: r.frozenAt.toISOString(), frozenBy: r.by ?? 'A former member' }));
}
