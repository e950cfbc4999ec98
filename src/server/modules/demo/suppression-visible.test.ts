import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { suppressSmallGroups, type Atom } from '../../platform/anonymity.js';
import { visibleShare } from '../../platform/anonymity-measure.js';
import { startTestAppAlone } from '../../testing/databases.js';
import type { TestApp } from '../../testing/harness.js';
import { organisations } from '../organisations/index.js';
import { buildRespondentsCube } from '../results/index.js';
import { surveys } from '../surveys/index.js';
import { loadProfileChoices } from '../workforce/index.js';
import { DEMO_PASSWORD, seedDemo } from './index.js';

/**
 * Least-loss suppression on the demo trust's survey: measured against the previous rule on the
 * same responses (never a hard-coded figure), and the doctors, 21 of them, shown.
 */
let t: TestApp;
beforeAll(async () => {
  // Alone: on the shared PostgreSQL server other files seed the same demo people, and the demo
  // admin signing in below must reach this demo's survey as this run seeded it.
  t = await startTestAppAlone();
});
afterAll(() => t.close());

describe('suppression on the demo survey', () => {
  it('shows at least as large a share of respondents as the previous rule, and shows the doctors', async () => {
    const { organisationId } = await seedDemo(t.ctx);
    const [survey] = (await t.ctx.db.select().from(surveys).where(eq(surveys.organisationId, organisationId))).filter((s) => s.title === 'Digital experience of staff 2026');
    const [organisation] = await t.ctx.db.select().from(organisations).where(eq(organisations.id, organisationId));
    const profile = await loadProfileChoices(t.ctx.db, organisationId);
    const cubes = await buildRespondentsCube(t.ctx.db, survey!.id, profile, organisation!.minGroupSize);
    const atoms: Atom[] = [...cubes.respondentAtoms].map(([key, count]) => ({ coords: key.split('|'), count }));
    const now = visibleShare(cubes.respondents, atoms);
    const before = visibleShare(suppressSmallGroups(cubes.segments, atoms, cubes.threshold, { complements: 'smallest' }), atoms);
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(1);

    // Through the API, as the results page reads it: doctors filtered alone, and compared with the others.
    const signIn = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: 'admin@northbridge.example', password: DEMO_PASSWORD } });
    const cookie = `chorus_session=${signIn.cookies.find((c) => c.name === 'chorus_session')!.value}`;
    const doctors = profile.staff_group.find((g) => g.label === 'Medical and Dental')!.key;
    const overview = (await t.app.inject({ url: `/api/v1/surveys/${survey!.id}/results`, headers: { cookie } })).json();
    const question = overview.questions.find((q: { type: string }) => q.type === 'likert' || q.type === 'single_choice');
    const alone = (await t.app.inject({ url: `/api/v1/surveys/${survey!.id}/results/${question.id}?staffGroup=${doctors}`, headers: { cookie } })).json();
    expect(alone.respondents.suppressed).toBe(false);
    expect(alone.respondents.value).toBeGreaterThanOrEqual(2 * cubes.threshold);
    const compared = (await t.app.inject({ url: `/api/v1/surveys/${survey!.id}/results/${question.id}?compareBy=staff_group`, headers: { cookie } })).json();
    expect(compared.comparison.find((g: { key: string }) => g.key === doctors).respondents).toEqual(alone.respondents);
  }, 180_000);
});
