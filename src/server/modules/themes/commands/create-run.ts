import { eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit.js';
import type { Db } from '../../../platform/db/client.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { THEME_JOB } from '../job.js';
import { themeRunItems, themeRuns } from '../tables.js';

export interface NewRun {
  organisationId: string;
  strategyId: string;
  scopeLabel: string;
  scope: Record<string, unknown>;
  ids: string[];
  themes: number | null;
  seed: number;
  splitOfSuggestionId?: string | null;
}

// Inserting thousands of members in one statement can pass PostgreSQL's parameter limit.
const CHUNK = 2000;

/**
 * Fixes a run's set of evidence (its members are written now, so re-running gives the same
 * input) and queues the engine. The run and its members are written in one transaction; the
 * job is queued after it commits, so the worker never looks for a run that is not there yet.
 */
export async function createRun(
  ctx: AppContext,
  actor: Actor,
  input: NewRun,
  audit: { action: string; subjectId?: string },
  options: { queue?: boolean } = {},
) {
  const run = await ctx.db.transaction(async (tx: Db) => {
    const [row] = await tx
      .insert(themeRuns)
      .values({
        organisationId: input.organisationId,
        strategyId: input.strategyId,
        scopeLabel: input.scopeLabel,
        scope: input.scope,
        requestedThemes: input.themes,
        seed: input.seed,
        splitOfSuggestionId: input.splitOfSuggestionId ?? null,
        itemCount: input.ids.length,
        createdByUserId: actor.user.id,
      })
      .returning();
    for (let i = 0; i < input.ids.length; i += CHUNK) {
      await tx.insert(themeRunItems).values(input.ids.slice(i, i + CHUNK).map((evidenceItemId) => ({ runId: row!.id, evidenceItemId })));
    }
    await writeAudit(tx, { userId: actor.user.id, name: actor.user.name }, {
      organisationId: input.organisationId,
      action: audit.action,
      subjectType: 'theme_run',
      subjectId: audit.subjectId ?? row!.id,
      after: { runId: row!.id, scope: input.scopeLabel, items: input.ids.length, themes: input.themes, seed: input.seed },
    });
    return row!;
  });
  // The demo seed runs the engine itself, in line, so no worker races it for the same run.
  if (options.queue === false) return { ...run, jobId: null };
  const jobId = await ctx.jobs.enqueue(THEME_JOB, { runId: run.id }, { organisationId: input.organisationId });
  await ctx.db.update(themeRuns).set({ jobId }).where(eq(themeRuns.id, run.id));
  return { ...run, jobId };
}
