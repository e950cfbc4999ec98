import { asc, eq } from 'drizzle-orm';
import type { Quote } from '../../../shared/contracts/evidence.js';
import type { Spread, ThemeRun } from '../../../shared/contracts/themes.js';
import { suppressSmallGroups } from '../../platform/anonymity.js';
import type { Db } from '../../platform/db/client.js';
import { loadQuotes } from '../evidence/index.js';
import { organisations } from '../organisations/index.js';
import { presentRunSummary, runMembers, type RunRow } from './queries.js';
import { themeSuggestions } from './tables.js';

const NOT_SHOWN = '\u0000not shown';

/**
 * How a theme's members spread over divisions or staff groups. A member's group is known only
 * where the results would show it (`segmentsOf` behind the quotes); the counts per group then go
 * through the one suppression function, so a theme never names a group of fewer than k people.
 */
export function spreadOf(groups: (string | null)[], minGroupSize: number): Spread {
  const names = [...new Set(groups.filter((g): g is string => g !== null))].sort();
  const counts = new Map<string, number>();
  for (const g of groups) counts.set(g ?? NOT_SHOWN, (counts.get(g ?? NOT_SHOWN) ?? 0) + 1);
  const cube = suppressSmallGroups([{ key: 'group', values: [...names, NOT_SHOWN], residual: [NOT_SHOWN] }], [...counts].map(([g, count]) => ({ coords: [g], count })), minGroupSize);
  const shown: Spread['groups'] = [];
  let other = 0;
  for (const name of names) {
    const safe = cube.count({ group: name });
    if (safe.suppressed) other += counts.get(name)!;
    else shown.push({ name, count: safe.value });
  }
  other += counts.get(NOT_SHOWN) ?? 0;
  return { groups: shown.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)), other };
}

function sentimentMix(quotes: Quote[]): Record<string, number> {
  const mix: Record<string, number> = { positive: 0, neutral: 0, negative: 0, mixed: 0, unknown: 0 };
  for (const q of quotes) mix[q.sentiment ?? 'unknown'] = (mix[q.sentiment ?? 'unknown'] ?? 0) + 1;
  return mix;
}

/** A run with its suggestions: size, three masked quotes, spread and sentiment; and the unfitted. */
export async function presentRun(db: Db, run: RunRow, canChange: boolean): Promise<ThemeRun> {
  const [members, suggestions, [org]] = await Promise.all([
    runMembers(db, run.id),
    db.select().from(themeSuggestions).where(eq(themeSuggestions.runId, run.id)).orderBy(asc(themeSuggestions.position)),
    db.select({ k: organisations.minGroupSize }).from(organisations).where(eq(organisations.id, run.organisationId)),
  ]);
  const quotes = new Map((await loadQuotes(db, { organisationId: run.organisationId, strategyId: run.strategyId }, members.map((m) => m.evidenceItemId))).map((q) => [q.id, q]));
  const quoteOf = (id: string) => quotes.get(id);
  const done = run.status === 'done';
  return {
    ...presentRunSummary(run),
    suggestions: suggestions.map((s) => {
      const own = members.filter((m) => m.suggestionId === s.id);
      const ownQuotes = own.map((m) => quoteOf(m.evidenceItemId)).filter((q): q is Quote => !!q);
      const representative = own.filter((m) => m.representative).map((m) => quoteOf(m.evidenceItemId)).filter((q): q is Quote => !!q);
      const shownQuotes = [...representative, ...ownQuotes.filter((q) => !representative.includes(q))].slice(0, 3);
      return {
        id: s.id,
        position: s.position,
        label: s.label,
        keywords: s.keywords,
        status: s.status,
        tagId: s.tagId,
        mergedIntoId: s.mergedIntoId,
        size: own.length,
        quotes: shownQuotes,
        divisions: spreadOf(ownQuotes.map((q) => q.segment.division), org!.k),
        staffGroups: spreadOf(ownQuotes.map((q) => q.segment.staffGroup), org!.k),
        sentiment: sentimentMix(ownQuotes),
      };
    }),
    unfitted: done ? members.filter((m) => m.suggestionId === null).map((m) => quoteOf(m.evidenceItemId)).filter((q): q is Quote => !!q) : [],
    can: { change: canChange },
  };
}
