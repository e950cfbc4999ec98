import { and, desc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/http/access.js';
import type { AppContext } from '../../platform/module.js';
import { users } from '../accounts/index.js';
import { applyTags, createTag } from '../codebook/index.js';
import { findEvidenceIds } from '../evidence/index.js';
import { addComment, createInsight } from '../insights/index.js';
import { memberships } from '../organisations/index.js';
import { strategies } from '../strategies/index.js';
import { surveyQuestions, surveys } from '../surveys/index.js';
import { acceptSuggestion, runThemeJob, startThemeRun, themeRunItems, themeSuggestions } from '../themes/index.js';
import { DEMO_INSIGHTS, DEMO_TAGS } from './define-content.js';

/** A demo person as the commands see a signed-in member, so the demo's Define work is theirs and audited. */
export async function demoActor(ctx: AppContext, organisationId: string, email: string): Promise<Actor> {
  const [row] = await ctx.db
    .select({ id: users.id, name: users.name, email: users.email, membershipId: memberships.id, role: memberships.role })
    .from(users)
    .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.organisationId, organisationId)))
    .where(eq(users.email, email));
  if (!row) throw new Error(`The demo has no member ${email}`);
  return {
    user: { id: row.id, name: row.name, email: row.email, sessionTokenHash: '', csrfToken: '' },
    member: { organisationId, membershipId: row.membershipId, role: row.role },
  };
}

/**
 * The demo's Define work, done the way a strategy team would do it: theme suggestion on the
 * staff survey's "what gets in the way" answers with the two largest themes accepted as tags, a
 * hand-made codebook applied through searches, and a dozen insights of different strengths with
 * leaders' comments. Everything goes through the real commands, so it is audited and masked.
 */
export async function seedDefineDemo(ctx: AppContext, organisationId: string, strategyId: string): Promise<void> {
  const team = await demoActor(ctx, organisationId, 'strategy@northbridge.example');
  const scope = { organisationId, strategyId };
  await suggestThemesOnObstacles(ctx, team, strategyId);

  const [strategy] = await ctx.db.select().from(strategies).where(eq(strategies.id, strategyId));
  await ctx.db.transaction(async (tx) => {
    const parents = new Map<string, string>();
    for (const tag of DEMO_TAGS) {
      const parentId = tag.parent ? parents.get(tag.parent) : undefined;
      const created = await createTag(tx, team, strategy!, { name: tag.name, description: tag.description, ...(parentId ? { parentId } : {}) });
      parents.set(tag.name, created.id);
      if (!tag.search) continue;
      const found = await findEvidenceIds(tx, scope, { q: tag.search });
      if ('ids' in found && found.ids.length) await applyTags(tx, team, created.id, found.ids);
    }
  });

  const insightIds: string[] = [];
  await ctx.db.transaction(async (tx) => {
    for (const insight of DEMO_INSIGHTS) {
      const found = await findEvidenceIds(tx, scope, { q: insight.search, ...(insight.sources ? { source: insight.sources } : {}) });
      const ids = 'ids' in found ? found.ids.slice(0, insight.take) : [];
      const created = await createInsight(tx, team, strategy!, { statement: insight.statement, detail: insight.detail, status: insight.status, evidenceIds: ids });
      insightIds.push(created.id);
    }
  });
  for (const [index, insight] of DEMO_INSIGHTS.entries()) {
    for (const comment of insight.comments ?? []) {
      await addComment(ctx, await demoActor(ctx, organisationId, comment.by), insightIds[index]!, comment.body);
    }
  }
}

/** Runs the theme engine in line (no worker races it) and accepts the two largest themes. */
async function suggestThemesOnObstacles(ctx: AppContext, team: Actor, strategyId: string): Promise<void> {
  const [question] = await ctx.db
    .select({ id: surveyQuestions.id })
    .from(surveyQuestions)
    .innerJoin(surveys, eq(surveys.id, surveyQuestions.surveyId))
    .where(and(eq(surveys.strategyId, strategyId), eq(surveys.title, 'Digital experience of staff 2026'), eq(surveyQuestions.title, 'What gets in the way of your work when it comes to digital tools?')));
  if (!question) return;
  const run = await startThemeRun(ctx, team, strategyId, { questionId: question.id }, { queue: false });
  await runThemeJob(ctx.db, run.id);
  const largest = await ctx.db
    .select({ id: themeSuggestions.id, size: sql<number>`count(${themeRunItems.evidenceItemId})::int` })
    .from(themeSuggestions)
    .innerJoin(themeRunItems, eq(themeRunItems.suggestionId, themeSuggestions.id))
    .where(eq(themeSuggestions.runId, run.id))
    .groupBy(themeSuggestions.id)
    .orderBy(desc(sql`count(${themeRunItems.evidenceItemId})`), themeSuggestions.position)
    .limit(2);
  for (const suggestion of largest) await acceptSuggestion(ctx, team, suggestion.id);
}
