import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../platform/http/access.js';
import type { AppContext } from '../../platform/module.js';
import { users } from '../accounts/index.js';
import { systems } from '../estate/index.js';
import { insights } from '../insights/index.js';
import { maturityFrameworks, maturityMeasures } from '../maturity/index.js';
import { memberships } from '../organisations/index.js';
import { useUsualCriteria } from './commands/criteria.js';
import { createPriority } from './commands/save-priority.js';
import { saveScores } from './commands/save-scores.js';
import { DEMO_PRIORITIES } from './demo-content.js';
import { criteriaOf } from './ordering.js';
import { priorities } from './tables.js';

/** The strategy team's first member (an admin if there is none), as the commands see a signed-in member. */
async function teamActor(ctx: AppContext, organisationId: string): Promise<Actor> {
  const rows = await ctx.db
    .select({ id: users.id, name: users.name, email: users.email, membershipId: memberships.id, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, organisationId), inArray(memberships.role, ['strategy_team', 'admin'])))
    .orderBy(asc(memberships.createdAt));
  const row = rows.find((r) => r.role === 'strategy_team') ?? rows[0];
  if (!row) throw new Error('The demo organisation has no strategy team member or admin to write its priorities');
  return {
    user: { id: row.id, name: row.name, email: row.email, sessionTokenHash: '', csrfToken: '' },
    member: { organisationId, membershipId: row.membershipId, role: row.role },
  };
}

/**
 * The demo's five priority themes, written through the real commands (so they are checked and
 * audited): the usual criteria with their weights, each theme linked to the demo's insights,
 * maturity measures and systems by name, and scored. Anything the demo does not have (an insight
 * renamed, a system missing) is left out rather than failing the seed. Returns the ids by title.
 */
export async function seedPrioritiesDemo(ctx: AppContext, organisationId: string, strategyId: string): Promise<Record<string, string>> {
  const existing = await ctx.db.select({ id: priorities.id, title: priorities.title }).from(priorities).where(eq(priorities.strategyId, strategyId));
  // Seeded already (or written by hand): the demo never doubles up.
  if (existing.length) return Object.fromEntries(existing.map((p) => [p.title, p.id]));
  const actor = await teamActor(ctx, organisationId);
  await useUsualCriteria(ctx, actor, strategyId);
  const [insightRows, measureRows, systemRows, criteria] = await Promise.all([
    ctx.db.select({ id: insights.id, statement: insights.statement }).from(insights).where(eq(insights.strategyId, strategyId)),
    ctx.db
      .select({ id: maturityMeasures.id, name: maturityMeasures.name })
      .from(maturityMeasures)
      .innerJoin(maturityFrameworks, eq(maturityFrameworks.id, maturityMeasures.frameworkId))
      .where(and(eq(maturityFrameworks.organisationId, organisationId), eq(maturityFrameworks.builtIn, 'wgll'))),
    ctx.db.select({ id: systems.id, name: systems.name }).from(systems).where(eq(systems.organisationId, organisationId)),
    criteriaOf(ctx.db, strategyId),
  ]);
  const idOf = (rows: { id: string }[], key: (r: { id: string } & Record<string, unknown>) => unknown, name: string) =>
    (rows as ({ id: string } & Record<string, unknown>)[]).find((r) => key(r) === name)?.id;
  const ids: Record<string, string> = {};
  for (const demo of DEMO_PRIORITIES) {
    const created = await createPriority(ctx, actor, strategyId, {
      title: demo.title,
      summary: demo.summary,
      ambition: demo.ambition,
      sponsor: demo.sponsor,
      lead: demo.lead,
      insightIds: demo.insights.flatMap((s) => idOf(insightRows, (r) => r.statement, s) ?? []),
      maturityTargets: demo.targets.flatMap((t) => {
        const measureId = idOf(measureRows, (r) => r.name, t.measure);
        return measureId ? [{ measureId, targetLevel: t.level }] : [];
      }),
      systemIds: demo.systems.flatMap((s) => idOf(systemRows, (r) => r.name, s) ?? []),
    });
    ids[demo.title] = created.id;
    const scores = criteria.flatMap((c) => (demo.scores[c.name] ? [{ criterionId: c.id, score: demo.scores[c.name]! }] : []));
    await saveScores(ctx, actor, created.id, scores);
  }
  return ids;
}
