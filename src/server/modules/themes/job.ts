import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import type { AppContext } from '../../platform/module.js';
import type { Progress } from '../../platform/jobs.js';
import { runThemesInWorker, type ThemeItem, type ThemeSuggestion } from '../../platform/text/themes/index.js';
import { loadQuotes } from '../evidence/index.js';
import { themeRunItems, themeRuns, themeSuggestions } from './tables.js';

export const THEME_JOB = 'theme-suggestion';

export type Engine = (items: ThemeItem[], options: { seed: number; themes?: number }, onProgress: (fraction: number) => void) => Promise<ThemeSuggestion>;

const inWorker: Engine = (items, options, onProgress) => runThemesInWorker(items, options, onProgress);
const FAILED = 'Theme suggestion stopped before it finished, so nothing was changed. Try again; if it keeps failing, try a smaller set.';

/**
 * Runs the engine over a run's members (their masked texts: the engine never sees personal
 * information) and writes every suggestion, each member's theme and the run's status in ONE
 * transaction, so a failure leaves nothing half-applied: the run is marked failed, in words.
 */
export async function runThemeJob(db: Db, runId: string, engine: Engine = inWorker, progress?: Progress): Promise<{ themes: number; unfitted: number }> {
  const [run] = await db.select().from(themeRuns).where(eq(themeRuns.id, runId));
  if (!run) return { themes: 0, unfitted: 0 };
  await db.update(themeRuns).set({ status: 'running', message: null }).where(eq(themeRuns.id, run.id));
  try {
    const members = await db.select({ id: themeRunItems.evidenceItemId }).from(themeRunItems).where(eq(themeRunItems.runId, run.id));
    const quotes = await loadQuotes(db, { organisationId: run.organisationId, strategyId: run.strategyId }, members.map((m) => m.id));
    // Sort so the engine's input, and so its output, does not depend on the database's row order.
    const items = quotes.map((q) => ({ id: q.id, text: q.text })).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    await progress?.update(0, 100, 'Grouping what people said into themes');
    const result = await engine(items, { seed: run.seed, ...(run.requestedThemes ? { themes: run.requestedThemes } : {}) }, (f) => {
      void progress?.update(Math.round(f * 100), 100, 'Grouping what people said into themes');
    });
    await db.transaction(async (tx) => {
      for (const [position, theme] of result.themes.entries()) {
        const [s] = await tx.insert(themeSuggestions).values({ runId: run.id, position, label: theme.label, keywords: theme.keywords }).returning();
        if (theme.memberIds.length) {
          await tx.update(themeRunItems).set({ suggestionId: s!.id, fit: theme.cohesion })
            .where(and(eq(themeRunItems.runId, run.id), inArray(themeRunItems.evidenceItemId, theme.memberIds)));
        }
        if (theme.representativeIds.length) {
          await tx.update(themeRunItems).set({ representative: true })
            .where(and(eq(themeRunItems.runId, run.id), inArray(themeRunItems.evidenceItemId, theme.representativeIds.slice(0, 3))));
        }
      }
      await tx.update(themeRuns).set({ status: 'done', message: result.message ?? null, finishedAt: new Date() }).where(eq(themeRuns.id, run.id));
    });
    return { themes: result.themes.length, unfitted: items.length - result.themes.reduce((n, t) => n + t.memberIds.length, 0) };
  } catch (error) {
    console.error('[themes] run failed:', (error as Error).message);
    await db.update(themeRuns).set({ status: 'failed', message: FAILED, finishedAt: new Date() }).where(eq(themeRuns.id, run.id));
    throw new Error(FAILED, { cause: error });
  }
}

export function defineThemeJob(ctx: AppContext): void {
  ctx.jobs.define<{ runId: string }>(THEME_JOB, async ({ runId }, progress) => {
    const [run] = await ctx.db.select({ status: themeRuns.status }).from(themeRuns).where(eq(themeRuns.id, runId));
    // A retried job whose run already finished has nothing to do.
    if (!run || run.status === 'done') return null;
    return runThemeJob(ctx.db, runId, inWorker, progress);
  });
}
