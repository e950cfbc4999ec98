import { and, eq } from 'drizzle-orm';
import type { SurveyDefinition } from '../src/shared/contracts/survey-definition.js';
import { modules } from '../src/server/modules.js';
import { users } from '../src/server/modules/accounts/index.js';
import { seedDemo } from '../src/server/modules/demo/index.js';
import { memberships } from '../src/server/modules/organisations/index.js';
import { strategies } from '../src/server/modules/strategies/index.js';
import { createSurvey, loadSurveyDefinition, publishSurvey } from '../src/server/modules/surveys/index.js';
import { loadConfig } from '../src/server/platform/config.js';
import { createContext } from '../src/server/platform/context.js';
import type { Actor } from '../src/server/platform/http/access.js';
import type { AppContext } from '../src/server/platform/module.js';

/** A migrated, demo-seeded instance opened directly (no server), for setting up benchmarks. */
export async function openBenchInstance(target: { databaseUrl?: string; dataDir?: string }): Promise<{ ctx: AppContext; actor: Actor; strategyId: string; organisationId: string }> {
  const ctx = await createContext({ ...loadConfig({}), databaseUrl: target.databaseUrl, dataDir: target.dataDir ?? 'memory://', demo: true }, modules);
  const { organisationId } = await seedDemo(ctx);
  const [admin] = await ctx.db
    .select({ user: users, membership: memberships })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.role, 'admin')));
  const [strategy] = await ctx.db.select().from(strategies).where(eq(strategies.organisationId, organisationId));
  const actor: Actor = {
    user: { id: admin!.user.id, name: admin!.user.name, email: admin!.user.email, sessionTokenHash: '', csrfToken: '' },
    member: { organisationId, membershipId: admin!.membership.id, role: 'admin' },
  };
  return { ctx, actor, strategyId: strategy!.id, organisationId };
}

/** The Digital experience template, published, with an open link. */
export async function benchSurvey(ctx: AppContext, actor: Actor, strategyId: string): Promise<{ surveyId: string; definition: SurveyDefinition }> {
  const survey = await createSurvey(ctx, actor, strategyId, { title: 'Benchmark survey', template: 'digital_experience' });
  await publishSurvey(ctx, actor, survey.id);
  return { surveyId: survey.id, definition: await loadSurveyDefinition(ctx.db, survey.id) };
}

/**
 * Signs in as the demo admin (every bench seeds the demo organisation) and returns every cookie
 * the sign-in set (the session and the client marker), as one Cookie header, as a browser sends them.
 */
export async function signInDemoAdmin(serverUrl: string): Promise<string> {
  const signIn = await fetch(`${serverUrl}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@northbridge.example', password: 'northbridge-demo-strategy' }),
  });
  if (!signIn.ok) throw new Error(`Signing in as the demo admin answered ${signIn.status}`);
  return signIn.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}
