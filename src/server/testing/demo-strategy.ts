import { eq } from 'drizzle-orm';
import { sessionFrom, type Session, type TestApp } from './harness.js';
import { DEMO_PASSWORD, seedDemo } from '../modules/demo/index.js';
import { demoActor } from '../modules/demo/define-demo.js';
import { strategies } from '../modules/strategies/index.js';

/** The demo trust, seeded (once per database), and a signed-in session for one of its people. */
export interface DemoContext {
  session: Session;
  organisationId: string;
  strategyId: string;
}

export async function demoStrategy(t: TestApp, email = 'strategy@northbridge.example'): Promise<DemoContext> {
  const { organisationId } = await seedDemo(t.ctx);
  const signIn = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email, password: DEMO_PASSWORD } });
  const [strategy] = await t.ctx.db.select({ id: strategies.id }).from(strategies).where(eq(strategies.organisationId, organisationId)).orderBy(strategies.createdAt).limit(1);
  return { session: await sessionFrom(t.app, signIn), organisationId, strategyId: strategy!.id };
}

/** Seeds the demo again (which adds nothing the second time) and acts as one of its people, for tests of the seed itself. */
export async function reseedDemoAs(t: TestApp, email: string) {
  const { organisationId } = await seedDemo(t.ctx);
  return { organisationId, actor: await demoActor(t.ctx, organisationId, email) };
}
