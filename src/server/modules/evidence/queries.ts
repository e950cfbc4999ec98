import { and, desc, eq, sql } from 'drizzle-orm';
import { EVIDENCE_COUNT_CAP, EVIDENCE_PAGE_SIZE, type EvidenceFilter, type EvidenceList, type TextPiece } from '../../../shared/contracts/evidence.js';
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

/** The ids in list order (best match first when searching, else the newest voice first), for the export. */
async function pageIds(db: Db, scope: Scope, filter: EvidenceFilter, page: number, limit = EVIDENCE_PAGE_SIZE): Promise<string[]> {
  const query = searchQuery(filter);
  const order = query
    ? [desc(sql`ts_rank(${evidenceItems.search}, ${query})`), desc(evidenceItems.saidOn), desc(evidenceItems.createdAt), desc(evidenceItems.id)]
    : [desc(evidenceItems.saidOn), desc(evidenceItems.createdAt), desc(evidenceItems.id)];
  const rows = await db
    .select({ id: evidenceItems.id })
    .from(evidenceItems)
    .where(filterConditions(scope, filter))
    .orderBy(...order)
    .limit(limit)
    .offset((page - 1) * limit);
  return rows.map((r) => r.id);
}

interface Scan {
  n: number;
  counts: Record<string, number>;
  ids: string[];
}

/**
 * At most EVIDENCE_COUNT_CAP + 1 matches of the filter, read in one scan: how many (up to the cap),
 * how many of each kind, and, when they fit under the cap and a page is wanted, that page ranked
 * best match first (newest first without a search). Counting and ranking every match of a common
 * word would read most of the table on each search; this reads a bounded part of it.
 */
async function scan(db: Db, scope: Scope, filter: EvidenceFilter, page: number | null): Promise<Scan> {
  const query = searchQuery(filter);
  const rank = query && page ? sql`ts_rank(${evidenceItems.search}, ${query})` : sql`0`;
  const result = await db.execute(sql`
    with m as materialized (
      select ${evidenceItems.id} as id, ${evidenceItems.source} as source, ${evidenceItems.saidOn} as said_on,
        ${evidenceItems.createdAt} as created_at, ${rank} as r
      from ${evidenceItems}
      where ${filterConditions(scope, filter)}
      limit ${EVIDENCE_COUNT_CAP + 1}),
    n as (select count(*)::int as n from m)
    select
      (select n from n) as n,
      (select coalesce(json_object_agg(source, c), '{}'::json) from (select source, count(*)::int as c from m group by source) s) as counts,
      (select coalesce(json_agg(id), '[]'::json) from (
        select id from m where ${page !== null} and (select n from n) <= ${EVIDENCE_COUNT_CAP}
        order by r desc, said_on desc, created_at desc, id desc
        limit ${EVIDENCE_PAGE_SIZE} offset ${((page ?? 1) - 1) * EVIDENCE_PAGE_SIZE}) p) as ids`);
  return (result as unknown as { rows: Scan[] }).rows[0]!;
}

/**
 * The total, the counts per kind and one page. Past the cap the total is a lower bound
 * (`capped`) and the page is the newest matches, read in order from the newest-first index, so a
 * broad search stays fast at any library size. The counts per kind cover every kind (the filter's
 * own kinds aside), from a second bounded scan when the filter picks kinds.
 */
async function countAndRank(db: Db, scope: Scope, filter: EvidenceFilter, page: number) {
  const [chosen, every] = await Promise.all([
    scan(db, scope, filter, page),
    filter.source?.length ? scan(db, scope, { ...filter, source: undefined }, null) : null,
  ]).then(([c, e]) => [c, e ?? c] as const);
  const capped = chosen.n > EVIDENCE_COUNT_CAP;
  const countsCapped = every.n > EVIDENCE_COUNT_CAP;
  return {
    capped,
    countsCapped,
    counts: countsCapped ? {} : every.counts,
    total: capped ? EVIDENCE_COUNT_CAP : chosen.n,
    ids: capped ? await newestIds(db, scope, filter, page) : chosen.ids,
  };
}

/** One page of the newest matches, walking the newest-first index (for a search past the cap). */
async function newestIds(db: Db, scope: Scope, filter: EvidenceFilter, page: number): Promise<string[]> {
  const rows = await db
    .select({ id: evidenceItems.id })
    .from(evidenceItems)
    .where(filterConditions(scope, filter))
    .orderBy(desc(evidenceItems.saidOn), desc(evidenceItems.createdAt), desc(evidenceItems.id))
    .limit(EVIDENCE_PAGE_SIZE)
    .offset((page - 1) * EVIDENCE_PAGE_SIZE);
  return rows.map((r) => r.id);
}

export async function listEvidence(db: Db, scope: Scope, filter: EvidenceFilter, page: number): Promise<EvidenceList> {
  const judging = SegmentJudge.forOrganisation(db, scope.organisationId);
  const empty = { items: [], total: 0, capped: false, countsCapped: false, page, pageSize: EVIDENCE_PAGE_SIZE, counts: {} };
  // A filter by a group is judged before anything is read; otherwise the search need not wait.
  const refused = filter.divisionId || filter.staffGroupId ? await refusalOf(db, scope, filter, await judging) : null;
  if (refused) return { refused, ...empty };
  const [judge, { capped, countsCapped, counts, total, ids }] = await Promise.all([judging, countAndRank(db, scope, filter, page)]);
  const rows = await loadItemRows(db, scope, ids);
  // The marks are found in the masked text, which the rows already hold: both can go at once.
  const [quotes, pieces] = await Promise.all([toQuotes(db, scope, rows, judge), highlight(db, filter.q, rows.map((r) => r.masked))]);
  return { refused: null, items: quotes.map((quote, i) => ({ ...quote, pieces: pieces[i]! })), total, capped, countsCapped, page, pageSize: EVIDENCE_PAGE_SIZE, counts };
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
