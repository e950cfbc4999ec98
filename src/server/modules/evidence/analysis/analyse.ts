import { and, asc, eq, inArray, isNull, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.js';
import type { SENTIMENTS } from '../tables.js';
import { evidenceItems, evidenceRedactions } from '../tables.js';

export type Sentiment = (typeof SENTIMENTS)[number];
export interface Span {
  start: number;
  end: number;
  kind: string;
}
/** The two pure on-machine analyses, passed in so the batch logic does not depend on which model runs. */
export interface Analyser {
  sentimentOf(text: string): Sentiment | null;
  findPersonalInfo(text: string): Span[];
}

interface Found {
  id: string;
  text: string;
  sentiment: Sentiment | null;
  spans: Span[];
}

export const BATCH_SIZE = 200;

/** A span from a detector is only trusted when it lies inside the text it was found in. */
const fits = (span: { start: number; end: number }, length: number) =>
  Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.end > span.start && span.end <= length;
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * Writes one item's results. The text is checked again: if the item changed since it was read (a
 * response edited, a note rewritten) the trigger has already reset it and it is left for the next
 * batch. Spans a person decided are kept when they still fit the text; new detections never repeat
 * a span a person already decided, nor cover one masked by hand or confirmed.
 */
async function writeOne(tx: Db, found: Found): Promise<boolean> {
  const [updated] = await tx
    .update(evidenceItems)
    .set({ sentiment: found.sentiment, analysedAt: sql`now()` })
    .where(and(eq(evidenceItems.id, found.id), eq(evidenceItems.text, found.text), isNull(evidenceItems.analysedAt)))
    .returning({ id: evidenceItems.id });
  if (!updated) return false;
  await tx.delete(evidenceRedactions).where(and(eq(evidenceRedactions.evidenceItemId, found.id), eq(evidenceRedactions.status, 'suggested')));
  const decided = await tx.select().from(evidenceRedactions).where(eq(evidenceRedactions.evidenceItemId, found.id));
  const stale = decided.filter((d) => !fits(d, found.text.length)).map((d) => d.id);
  if (stale.length) await tx.delete(evidenceRedactions).where(inArray(evidenceRedactions.id, stale));
  const kept = decided.filter((d) => fits(d, found.text.length));
  const fresh = found.spans.filter(
    (s) =>
      fits(s, found.text.length) &&
      !kept.some((d) => (d.start === s.start && d.end === s.end) || (d.status !== 'reversed' && overlaps(d, s))),
  );
  if (fresh.length) {
    await tx.insert(evidenceRedactions).values(fresh.map((s) => ({ evidenceItemId: found.id, start: s.start, end: s.end, kind: s.kind })));
  }
  return true;
}

export interface BatchResult {
  analysed: number;
  failed: string[];
  /** False when nothing was waiting (the caller can stop). */
  more: boolean;
}

/**
 * Analyses one batch of an organisation's unanalysed items. The pure analysis runs outside any
 * transaction; the batch is then written in one transaction. Should that fail, each item is
 * written in its own, so one bad item never leaves others half-written nor blocks them.
 */
export async function analyseBatch(db: Db, organisationId: string, analyser: Analyser, skip: string[] = []): Promise<BatchResult> {
  const rows = await db
    .select({ id: evidenceItems.id, text: evidenceItems.text })
    .from(evidenceItems)
    .where(and(eq(evidenceItems.organisationId, organisationId), isNull(evidenceItems.analysedAt), skip.length ? notInArray(evidenceItems.id, skip) : undefined))
    .orderBy(asc(evidenceItems.createdAt), asc(evidenceItems.id))
    .limit(BATCH_SIZE);
  if (!rows.length) return { analysed: 0, failed: [], more: false };
  const failed: string[] = [];
  const found: Found[] = [];
  for (const row of rows) {
    try {
      found.push({ ...row, sentiment: analyser.sentimentOf(row.text), spans: analyser.findPersonalInfo(row.text) });
    } catch {
      failed.push(row.id);
    }
  }
  let analysed = 0;
  try {
    analysed = await db.transaction(async (tx) => {
      let n = 0;
      for (const f of found) if (await writeOne(tx, f)) n++;
      return n;
    });
  } catch {
    for (const f of found) {
      try {
        if (await db.transaction((tx) => writeOne(tx, f))) analysed++;
      } catch {
        failed.push(f.id);
      }
    }
  }
  return { analysed, failed, more: true };
}

/**
 * Analyses everything waiting in an organisation, batch by batch, giving the event loop a turn
 * between batches so requests are never held up. Items that failed are left unanalysed for a later
 * run (and skipped in this one, so a bad item cannot loop for ever).
 */
export async function analyseOrganisation(
  db: Db,
  organisationId: string,
  analyser: Analyser,
  onProgress?: (done: number, total: number) => Promise<void>,
): Promise<{ analysed: number; failed: number }> {
  const total = await countUnanalysed(db, organisationId);
  const failed: string[] = [];
  let analysed = 0;
  for (;;) {
    const batch = await analyseBatch(db, organisationId, analyser, failed);
    analysed += batch.analysed;
    failed.push(...batch.failed);
    if (!batch.more) break;
    await onProgress?.(analysed, Math.max(total, analysed));
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { analysed, failed: failed.length };
}

export async function countUnanalysed(db: Db, scope: string | { strategyId: string }): Promise<number> {
  const where = typeof scope === 'string' ? eq(evidenceItems.organisationId, scope) : eq(evidenceItems.strategyId, scope.strategyId);
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(evidenceItems).where(and(where, isNull(evidenceItems.analysedAt)));
  return row?.n ?? 0;
}
