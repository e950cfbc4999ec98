import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Redaction, RedactionQueue } from '../../../shared/contracts/redactions.js';
import type { Db } from '../../platform/db/client.js';
import { notFound } from '../../platform/errors.js';
import type { Actor } from '../../platform/http/access.js';
import { maskPersonalInfo } from '../../platform/text/personal-info.js';
import { users } from '../accounts/tables.js';
import { loadStrategy } from '../strategies/index.js';
import { countUnanalysed } from './analysis/analyse.js';
import type { REDACTION_STATUSES } from './tables.js';
import { evidenceItems, evidenceRedactions } from './tables.js';

type Status = (typeof REDACTION_STATUSES)[number];
const QUEUE_LIMIT = 200;

/** Masks every span still in force (suggested, confirmed, manual) with its label, as `[phone]`. */
export function maskSpans(text: string, spans: { start: number; end: number; kind: string; status: string }[]): string {
  return maskPersonalInfo(text, spans.filter((s) => s.status !== 'reversed'));
}

/**
 * The span and a few words either side, with any other personal information in those words
 * masked: the reviewer sees enough to judge, never the whole original.
 */
export function contextOf(text: string, span: { start: number; end: number }, others: { start: number; end: number; kind: string; status: string }[]) {
  const beforeStart = span.start - (/(?:\S+\s*){0,4}$/.exec(text.slice(Math.max(0, span.start - 200), span.start))?.[0].length ?? 0);
  const afterEnd = span.end + (/^(?:\s*\S+){0,4}/.exec(text.slice(span.end, span.end + 200))?.[0].length ?? 0);
  const inside = (lo: number, hi: number) =>
    others.filter((o) => o.start >= lo && o.end <= hi).map((o) => ({ ...o, start: o.start - lo, end: o.end - lo }));
  const before = maskSpans(text.slice(beforeStart, span.start), inside(beforeStart, span.start));
  const after = maskSpans(text.slice(span.end, afterEnd), inside(span.end, afterEnd));
  return { before: (beforeStart > 0 ? '…' : '') + before, after: after + (afterEnd < text.length ? '…' : '') };
}

export async function redactionQueue(db: Db, actor: Actor, strategyId: string, status: Status): Promise<RedactionQueue> {
  const strategy = await loadStrategy(db, actor, strategyId);
  // Read what is still waiting before the spans: the analysis job may commit between the two
  // reads, and then the page says one more is waiting rather than "all analysed" without its spans.
  const unanalysed = await countUnanalysed(db, { strategyId: strategy.id });
  const rows = await db
    .select({ r: evidenceRedactions, text: evidenceItems.text, source: evidenceItems.source, decidedBy: users.name })
    .from(evidenceRedactions)
    .innerJoin(evidenceItems, eq(evidenceItems.id, evidenceRedactions.evidenceItemId))
    .leftJoin(users, eq(users.id, evidenceRedactions.decidedByUserId))
    .where(and(eq(evidenceItems.strategyId, strategy.id), eq(evidenceRedactions.status, status)))
    .orderBy(asc(evidenceItems.createdAt), asc(evidenceRedactions.evidenceItemId), asc(evidenceRedactions.start))
    .limit(QUEUE_LIMIT);
  const itemIds = [...new Set(rows.map((row) => row.r.evidenceItemId))];
  const all = itemIds.length
    ? await db.select().from(evidenceRedactions).where(inArray(evidenceRedactions.evidenceItemId, itemIds))
    : [];
  const redactions: Redaction[] = rows.map(({ r, text, source, decidedBy }) => {
    const others = all.filter((o) => o.evidenceItemId === r.evidenceItemId && o.id !== r.id && (o.end <= r.start || o.start >= r.end));
    return {
      id: r.id,
      evidenceItemId: r.evidenceItemId,
      kind: r.kind,
      status: r.status,
      span: text.slice(r.start, r.end),
      ...contextOf(text, r, others),
      source,
      decidedBy,
    };
  });
  const counted = await db
    .select({ status: evidenceRedactions.status, n: sql<number>`count(*)::int` })
    .from(evidenceRedactions)
    .innerJoin(evidenceItems, eq(evidenceItems.id, evidenceRedactions.evidenceItemId))
    .where(eq(evidenceItems.strategyId, strategy.id))
    .groupBy(evidenceRedactions.status);
  const counts = { suggested: 0, confirmed: 0, reversed: 0, manual: 0 };
  for (const c of counted) counts[c.status] = c.n;
  return { redactions, counts, unanalysed };
}

/** A redaction of this strategy; anything else (another strategy or organisation) is not found. */
export async function loadRedaction(db: Db, actor: Actor, strategyId: string, redactionId: string) {
  const strategy = await loadStrategy(db, actor, strategyId);
  const [row] = await db
    .select({ redaction: evidenceRedactions })
    .from(evidenceRedactions)
    .innerJoin(evidenceItems, eq(evidenceItems.id, evidenceRedactions.evidenceItemId))
    .where(and(eq(evidenceRedactions.id, redactionId), eq(evidenceItems.strategyId, strategy.id)));
  if (!row) throw notFound('The personal information');
  return { strategy, redaction: row.redaction };
}

export async function loadEvidenceItem(db: Db, actor: Actor, strategyId: string, evidenceId: string) {
  const strategy = await loadStrategy(db, actor, strategyId);
  const [item] = await db
    .select()
    .from(evidenceItems)
    .where(and(eq(evidenceItems.id, evidenceId), eq(evidenceItems.strategyId, strategy.id)));
  if (!item) throw notFound('The evidence item');
  return { strategy, item };
}
