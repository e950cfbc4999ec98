import { and, asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { notFound } from '../../platform/errors.js';
import type { Actor } from '../../platform/http/access.js';
import { strategies } from '../strategies/index.js';
import { themeRunItems, themeRuns, themeSuggestions } from './tables.js';

export async function runOwner(db: Db, id: string): Promise<string | null> {
  const [row] = await db.select({ o: themeRuns.organisationId }).from(themeRuns).where(eq(themeRuns.id, id));
  return row?.o ?? null;
}

export async function suggestionOwner(db: Db, id: string): Promise<string | null> {
  const [row] = await db
    .select({ o: themeRuns.organisationId })
    .from(themeSuggestions)
    .innerJoin(themeRuns, eq(themeRuns.id, themeSuggestions.runId))
    .where(eq(themeSuggestions.id, id));
  return row?.o ?? null;
}

/** The strategy, inside the actor's organisation (a strategy elsewhere is "not found"). */
export async function loadStrategy(db: Db, actor: Actor, strategyId: string) {
  const [strategy] = await db
    .select()
    .from(strategies)
    .where(and(eq(strategies.id, strategyId), eq(strategies.organisationId, actor.member.organisationId)));
  if (!strategy) throw notFound('The strategy');
  return strategy;
}

export async function loadRun(db: Db, actor: Actor, runId: string) {
  const [run] = await db
    .select()
    .from(themeRuns)
    .where(and(eq(themeRuns.id, runId), eq(themeRuns.organisationId, actor.member.organisationId)));
  if (!run) throw notFound('The theme run');
  return run;
}

export async function loadSuggestion(db: Db, actor: Actor, suggestionId: string) {
  const [row] = await db
    .select({ suggestion: themeSuggestions, run: themeRuns })
    .from(themeSuggestions)
    .innerJoin(themeRuns, eq(themeRuns.id, themeSuggestions.runId))
    .where(and(eq(themeSuggestions.id, suggestionId), eq(themeRuns.organisationId, actor.member.organisationId)));
  if (!row) throw notFound('The suggested theme');
  return row;
}

export type RunRow = typeof themeRuns.$inferSelect;

export function presentRunSummary(run: RunRow) {
  return {
    id: run.id,
    strategyId: run.strategyId,
    scopeLabel: run.scopeLabel,
    status: run.status,
    jobId: run.jobId,
    itemCount: run.itemCount,
    requestedThemes: run.requestedThemes,
    seed: run.seed,
    splitOfSuggestionId: run.splitOfSuggestionId,
    message: run.message,
    createdAt: run.createdAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
  };
}

export async function listRuns(db: Db, strategyId: string) {
  const runs = await db.select().from(themeRuns).where(eq(themeRuns.strategyId, strategyId)).orderBy(desc(themeRuns.createdAt));
  return runs.map(presentRunSummary);
}

export async function runMembers(db: Db, runId: string) {
  return db.select().from(themeRunItems).where(eq(themeRunItems.runId, runId)).orderBy(asc(themeRunItems.evidenceItemId));
}

/** Members of a suggestion, including those of suggestions merged into it. */
export async function suggestionMemberIds(db: Db, runId: string, suggestionId: string): Promise<string[]> {
  const rows = await db
    .select({ id: themeRunItems.evidenceItemId })
    .from(themeRunItems)
    .where(and(eq(themeRunItems.runId, runId), eq(themeRunItems.suggestionId, suggestionId)))
    .orderBy(asc(themeRunItems.evidenceItemId));
  return rows.map((r) => r.id);
}
