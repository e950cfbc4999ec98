import { and, desc, eq, isNotNull } from 'drizzle-orm';
import { OUTPUT_LABELS, type OutputKind } from '../../../../shared/contracts/documents.js';
import type { StrategyDocument } from '../../../../shared/strategy-document.js';
import type { Db } from '../../../platform/db/client.js';
import { OUTPUT_FILES } from '../output-files.js';
import { documentOutputs, documentVersions, strategyDocuments } from '../tables.js';

export interface PublishedVersion {
  strategyId: string;
  organisationId: string;
  /** Every published version's number, newest first. */
  publishedNumbers: number[];
  id: string;
  number: number;
  content: StrategyDocument;
  current: { number: number };
  heardIsPublic: boolean;
  outputs: { kind: OutputKind; size: number }[];
}

/**
 * A published version at a public address: the current one (the newest published), or an earlier
 * one by its number, which stays readable and is marked superseded. Never a version that was not
 * published: a frozen draft is not public just because someone guesses its number.
 */
export async function publishedVersion(db: Db, slug: string, number: number | null): Promise<PublishedVersion | null> {
  const [settings] = await db.select().from(strategyDocuments).where(eq(strategyDocuments.publicSlug, slug));
  if (!settings) return null;
  const published = await db
    .select({ id: documentVersions.id, number: documentVersions.number })
    .from(documentVersions)
    .where(and(eq(documentVersions.strategyId, settings.strategyId), isNotNull(documentVersions.publishedAt)))
    .orderBy(desc(documentVersions.publishedAt));
  const current = published[0];
  const chosen = number === null ? current : published.find((p) => p.number === number);
  if (!current || !chosen) return null;
  const [row] = await db.select({ content: documentVersions.content }).from(documentVersions).where(eq(documentVersions.id, chosen.id));
  const outputs = await db.select({ kind: documentOutputs.kind, size: documentOutputs.size }).from(documentOutputs).where(eq(documentOutputs.versionId, chosen.id));
  return { strategyId: settings.strategyId, organisationId: settings.organisationId, publishedNumbers: published.map((p) => p.number), id: chosen.id, number: chosen.number, content: row!.content, current: { number: current.number }, heardIsPublic: settings.heardIsPublic, outputs };
}

/** The downloads a public reader may have: all four, or only the posters when "What we heard" is not public (the full files hold it). */

export function publicDownloads(version: PublishedVersion, base: string) {
  const kinds: OutputKind[] = version.heardIsPublic ? ['pdf', 'docx', 'poster-a4', 'poster-a3'] : ['poster-a4', 'poster-a3'];
  return kinds
    .map((kind) => ({ kind, output: version.outputs.find((o) => o.kind === kind) }))
    .filter((d) => d.output)
    .map(({ kind, output }) => ({ label: OUTPUT_LABELS[kind], href: `${base}/files/${OUTPUT_FILES[kind].publicName}`, kind, bytes: output!.size }));
}

export async function publishedFile(db: Db, versionId: string, kind: OutputKind) {
  const [row] = await db.select({ bytes: documentOutputs.bytes, sha256: documentOutputs.sha256 }).from(documentOutputs).where(and(eq(documentOutputs.versionId, versionId), eq(documentOutputs.kind, kind)));
  return row ? { bytes: Buffer.from(row.bytes), sha256: row.sha256 } : null;
}

/**
 * Each public read used to ask the database four things before finding its page in the cache, and
 * 50 readers at once queued behind those queries. The answer is kept for five seconds (found
 * versions only, so made-up addresses cannot fill it); this process forgets it at once when a
 * version is published or the public settings change, and another process within five seconds.
 */
const recent = new Map<string, { at: number; value: Promise<PublishedVersion | null> }>();
const KEEP_MS = 5_000;

export function recentPublishedVersion(db: Db, slug: string, number: number | null): Promise<PublishedVersion | null> {
  const key = `${slug}:${number}`;
  const hit = recent.get(key);
  if (hit && Date.now() - hit.at < KEEP_MS) return hit.value;
  const value = publishedVersion(db, slug, number);
  void value.then((found) => {
    if (!found) return;
    if (recent.size >= 500) recent.clear();
    recent.set(key, { at: Date.now(), value });
  }, () => undefined);
  return value;
}

export function forgetPublishedVersions(): void {
  recent.clear();
}
