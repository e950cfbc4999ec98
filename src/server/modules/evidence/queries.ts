import { and, count, desc, eq, sql } from 'drizzle-orm';
import { EVIDENCE_PAGE_SIZE, type EvidenceFilter, type EvidenceList, type TextPiece } from '../../../shared/contracts/evidence.js';
import type { Db } from '../../platform/db/client.js';
import { filterConditions, refusalOf, searchQuery } from './filter.js';
import { loadItemRows, toQuotes } from './quotes.js';
import { SegmentJudge, type Scope } from './segments.js';
import { evidenceItems } from './tables.js';

// Private-use characters mark the matches: a person cannot type them into an answer that reaches
// here (they are removed first), so splitting on them can never be fooled by the text itself.
const START = '\uE000';
const STOP = '\uE001';
const MARKERS = /[\uE000\uE001]/g;

/** Cuts a text into plain and matched pieces, PostgreSQL deciding what matches (stems, phrases). */
export async function highlight(db: Db, q: string | undefined, texts: string[]): Promise<TextPiece[][]> {
  const clean = texts.map((t) => t.replace(MARKERS, ''));
  if (!q?.trim() || clean.length === 0) return clean.map((text) => (text ? [{ text, mark: false }] : []));
  const options = `StartSel=${START}, StopSel=${STOP}, HighlightAll=true`;
  const result = await db.execute(sql`
    select ord, ts_headline('english', t, websearch_to_tsquery('english', ${q}), ${options}) as h
    from unnest(array[${sql.join(clean.map((t) => sql`${t}`), sql`, `)}]::text[]) with ordinality as x(t, ord)`);
  const rows = (result as unknown as { rows: { ord: number | string; h: string }[] }).rows;
  const out: TextPiece[][] = clean.map((text) => [{ text, mark: false }]);
  for (const row of rows) out[Number(row.ord) - 1] = piecesOf(row.h);
  return out;
}

export function piecesOf(marked: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  for (const part of marked.split(START)) {
    const [inside, after] = part.includes(STOP) ? part.split(STOP, 2) as [string, string] : [null, part];
    if (inside) pieces.push({ text: inside, mark: true });
    if (after) pieces.push({ text: after, mark: false });
  }
  // Neighbouring pieces of the same kind read as one.
  return pieces.reduce<TextPiece[]>((acc, p) => {
    const last = acc.at(-1);
    if (last && last.mark === p.mark) last.text += p.text;
    else acc.push({ ...p });
    return acc;
  }, []);
}

/** The ids of one page, best match first when searching, else the newest voice first. */
async function pageIds(db: Db, scope: Scope, filter: EvidenceFilter, page: number, limit = EVIDENCE_PAGE_SIZE): Promise<string[]> {
  const query = searchQuery(filter);
  const order = query
    ? [desc(sql`ts_rank(${evidenceItems.search}, ${query})`), desc(evidenceItems.saidOn), evidenceItems.id]
    : [desc(evidenceItems.saidOn), desc(evidenceItems.createdAt), evidenceItems.id];
  const rows = await db
    .select({ id: evidenceItems.id })
    .from(evidenceItems)
    .where(filterConditions(scope, filter))
    .orderBy(...order)
    .limit(limit)
    .offset((page - 1) * limit);
  return rows.map((r) => r.id);
}

/** How many items each kind of source has under the filter, whatever sources it picks. */
async function countsBySource(db: Db, scope: Scope, filter: EvidenceFilter): Promise<Record<string, number>> {
  const rows = await db
    .select({ source: evidenceItems.source, n: count() })
    .from(evidenceItems)
    .where(filterConditions(scope, { ...filter, source: undefined }))
    .groupBy(evidenceItems.source);
  return Object.fromEntries(rows.map((r) => [r.source, Number(r.n)]));
}

export async function listEvidence(db: Db, scope: Scope, filter: EvidenceFilter, page: number): Promise<EvidenceList> {
  const judge = await SegmentJudge.forOrganisation(db, scope.organisationId);
  const empty = { items: [], total: 0, page, pageSize: EVIDENCE_PAGE_SIZE, counts: {} };
  const refused = await refusalOf(db, scope, filter, judge);
  if (refused) return { refused, ...empty };
  const [counts, ids] = await Promise.all([countsBySource(db, scope, filter), pageIds(db, scope, filter, page)]);
  const total = Object.entries(counts).reduce((n, [source, c]) => (!filter.source?.length || filter.source.includes(source as never) ? n + c : n), 0);
  const rows = await loadItemRows(db, scope, ids);
  const quotes = await toQuotes(db, scope, rows, judge);
  const pieces = await highlight(db, filter.q, quotes.map((q) => q.text));
  return { refused: null, items: quotes.map((quote, i) => ({ ...quote, pieces: pieces[i]! })), total, page, pageSize: EVIDENCE_PAGE_SIZE, counts };
}

/** Every item of the filter in list order, for the export (masked, segments judged). */
export async function exportRows(db: Db, scope: Scope, filter: EvidenceFilter) {
  const judge = await SegmentJudge.forOrganisation(db, scope.organisationId);
  const refused = await refusalOf(db, scope, filter, judge);
  if (refused) return { refused, quotes: [] };
  const ids = await pageIds(db, scope, filter, 1, 100_000);
  const quotes = [];
  // In slices, so a large library is not one enormous IN list.
  for (let i = 0; i < ids.length; i += 1000) quotes.push(...(await toQuotes(db, scope, await loadItemRows(db, scope, ids.slice(i, i + 1000)), judge)));
  return { refused: null, quotes };
}

/** The organisation and strategy an item belongs to, for the access gate and the item view. */
export async function evidenceOwner(db: Db, id: string): Promise<string | null> {
  const [row] = await db.select({ organisationId: evidenceItems.organisationId }).from(evidenceItems).where(eq(evidenceItems.id, id));
  return row?.organisationId ?? null;
}

export async function evidenceScope(db: Db, organisationId: string, id: string): Promise<Scope | null> {
  const [row] = await db
    .select({ strategyId: evidenceItems.strategyId })
    .from(evidenceItems)
    .where(and(eq(evidenceItems.id, id), eq(evidenceItems.organisationId, organisationId)));
  return row ? { organisationId, strategyId: row.strategyId } : null;
}
