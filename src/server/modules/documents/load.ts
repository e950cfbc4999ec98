import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { conflict, notFound } from '../../platform/errors.js';
import type { Actor } from '../../platform/http/access.js';
import { loadStrategy } from '../strategies/index.js';
import { documentVersions, strategyDocuments } from './tables.js';

export type VersionRow = typeof documentVersions.$inferSelect;
export type SettingsRow = typeof strategyDocuments.$inferSelect;

export const DEFAULT_FOREWORD =
  'This strategy was written with our staff. Over the past months we asked people across the organisation what gets in the way of caring for patients, and what would help.\n\n' +
  'Every priority in it traces back to what they told us. We will keep telling staff what we have done with what they said.';
export const DEFAULT_GOVERNANCE =
  'The executive team owns this strategy. A digital programme board meets monthly to review delivery, and reports to the board each quarter against the measures below.';

export async function documentVersionOwner(db: Db, id: string): Promise<string | null> {
  const [row] = await db.select({ organisationId: documentVersions.organisationId }).from(documentVersions).where(eq(documentVersions.id, id));
  return row?.organisationId ?? null;
}

/**
 * The strategy's document settings, made with sensible defaults the first time anyone opens the
 * document (so the first read shows a whole draft, not an empty form). Safe to race: the unique
 * index keeps one row, and the loser reads it.
 */
export async function documentSettings(db: Db, actor: Actor, strategyId: string): Promise<{ strategy: Awaited<ReturnType<typeof loadStrategy>>; settings: SettingsRow }> {
  const strategy = await loadStrategy(db, actor, strategyId);
  const read = () => db.select().from(strategyDocuments).where(eq(strategyDocuments.strategyId, strategy.id));
  // Read first: a read of the document should not be a write once its settings exist.
  const [existing] = await read();
  if (existing) return { strategy, settings: existing };
  await db
    .insert(strategyDocuments)
    .values({ organisationId: strategy.organisationId, strategyId: strategy.id, title: strategy.name, foreword: DEFAULT_FOREWORD, governance: DEFAULT_GOVERNANCE })
    .onConflictDoNothing();
  const [settings] = await read();
  return { strategy, settings: settings! };
}

export async function loadVersion(db: Db, actor: Actor, id: string) {
  const [version] = await db
    .select()
    .from(documentVersions)
    .where(and(eq(documentVersions.id, id), eq(documentVersions.organisationId, actor.member.organisationId)));
  if (!version) throw notFound('The document version');
  const strategy = await loadStrategy(db, actor, version.strategyId);
  return { version, strategy };
}

export async function latestVersion(db: Db, strategyId: string): Promise<VersionRow | null> {
  const [row] = await db.select().from(documentVersions).where(eq(documentVersions.strategyId, strategyId)).orderBy(desc(documentVersions.number)).limit(1);
  return row ?? null;
}

export function assertOpen(strategy: { archivedAt: Date | null }): void {
  if (strategy.archivedAt) throw conflict('This strategy is archived. Restore it before changing its document.');
}
