import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../testing/harness.js';
import { surveys } from '../surveys/index.js';
import { organisations } from '../organisations/index.js';
import { DEMO_ORGANISATION, DEMO_PASSWORD, seedDemo } from './index.js';

/** The demo trust is what a new user sees first: it must be complete, realistic and seeded once. */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('demo organisation', () => {
  it('seeds once, with a finished survey whose results hide small groups and call out who was not heard', async () => {
    // On the PostgreSQL pass every test file shares one database, and another file (the documents'
    // demo test) may have seeded the demo first: then the first call here must add nothing either.
    const before = await t.ctx.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.name, DEMO_ORGANISATION));
    const first = await seedDemo(t.ctx);
    const again = await seedDemo(t.ctx);
    expect(first.created).toBe(before.length === 0);
    expect(again).toEqual({ created: false, organisationId: first.organisationId });

    const signIn = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: 'admin@northbridge.example', password: DEMO_PASSWORD } });
    const cookie = `chorus_session=${signIn.cookies.find((c) => c.name === 'chorus_session')!.value}`;
    const all = await t.ctx.db.select().from(surveys).where(eq(surveys.organisationId, first.organisationId));
    const survey = all.find((s) => s.title === 'Digital experience of staff 2026');
    const imported = all.find((s) => s.source === 'import');
    expect(imported?.title).toBe('IT support pulse survey 2025 (SurveyMonkey)');
    // The imported survey is listed with the others, so its results can be found again.
    const listed = (await t.app.inject({ url: `/api/v1/strategies/${imported!.strategyId}/surveys`, headers: { cookie } })).json();
    expect(JSON.stringify(listed)).toContain('IT support pulse survey 2025 (SurveyMonkey)');
    const importedResults = (await t.app.inject({ url: `/api/v1/surveys/${imported!.id}/results`, headers: { cookie } })).json();
    expect(importedResults.respondents.value).toBe(132);
    expect(importedResults.questions.map((q: { title: string }) => q.title)).toContain('How satisfied are you with IT support overall?');
    // Its rank columns became one ranking question.
    expect(importedResults.questions.find((q: { title: string }) => q.title === 'Put these in order: what should IT fix first?')?.type).toBe('ranking');
    const overview = (await t.app.inject({ url: `/api/v1/surveys/${survey!.id}/results`, headers: { cookie } })).json();
    expect(overview.respondents.value).toBeGreaterThan(300);
    expect(overview.respondents.value).toBeLessThan(700);

    const coverage = (await t.app.inject({ url: `/api/v1/surveys/${survey!.id}/coverage`, headers: { cookie } })).json();
    const groupName = new Map<string, string>(coverage.staffGroups.map((g: { key: string; label: string }) => [g.key, g.label]));
    const never = coverage.neverHeard.map((c: { staffGroup: string }) => groupName.get(c.staffGroup));
    expect(never).toContain('Students');
    const estates = coverage.byStaffGroup.find((g: { key: string }) => groupName.get(g.key) === 'Estates and Ancillary');
    expect(estates.responses.suppressed).toBe(true);
    expect(coverage.belowTarget.length).toBeGreaterThan(0);

    // The estate register: about sixty systems with their integrations and work in flight.
    const estate = (await t.app.inject({ url: `/api/v1/orgs/${first.organisationId}/estate/overview`, headers: { cookie } })).json();
    expect(estate.totals.systems).toBeGreaterThan(50);
    expect(estate.totals.integrations).toBeGreaterThan(80);
    expect(estate.warnings.length).toBeGreaterThan(0);

    // Define: a codebook in use, two accepted themes, a dozen insights of different strengths.
    const strategyId = survey!.strategyId;
    const insights = (await t.app.inject({ url: `/api/v1/strategies/${strategyId}/insights`, headers: { cookie } })).json();
    expect(insights.insights).toHaveLength(12);
    const levels = new Set(insights.insights.map((i: { strength: { level: string } }) => i.strength.level));
    expect([...levels].sort()).toEqual(['emerging', 'moderate', 'strong']);
    expect(insights.insights.every((i: { strength: { items: number } }) => i.strength.items > 0)).toBe(true);
    expect(insights.insights.some((i: { commentCount: number }) => i.commentCount > 0)).toBe(true);
    const codebook = (await t.app.inject({ url: `/api/v1/strategies/${strategyId}/tags`, headers: { cookie } })).json();
    const fromThemes = codebook.tags.filter((tag: { description: string }) => tag.description.startsWith('Suggested from'));
    expect(fromThemes).toHaveLength(2);
    expect(fromThemes.every((tag: { count: number }) => tag.count > 0)).toBe(true);
    const children = codebook.tags.filter((tag: { parentId: string | null }) => tag.parentId);
    expect(children.length).toBeGreaterThan(2);
    expect(children.every((tag: { count: number }) => tag.count > 0)).toBe(true);

    // A board with clusters started and cards still to sort, and a shared playback with reactions.
    const board = (await t.app.inject({ url: `/api/v1/strategies/${strategyId}/board`, headers: { cookie } })).json();
    expect(board.clusters).toHaveLength(3);
    expect(board.clusters.every((c: { total: number }) => c.total > 0)).toBe(true);
    expect(board.unsorted.total).toBeGreaterThan(10);
    const playback = (await t.app.inject({ url: `/api/v1/strategies/${strategyId}/playback`, headers: { cookie } })).json();
    expect(playback.shared).not.toBeNull();
    const reacted = playback.insights.filter((i: { reactions: { all: unknown[] } }) => i.reactions.all.length > 0);
    expect(reacted.length).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(reacted)).toContain('disagree');

    // Define's checklist tells the truth about the demo: coded, agreed, played back; detections still to review.
    const strategyOverview = (await t.app.inject({ url: `/api/v1/strategies/${strategyId}`, headers: { cookie } })).json();
    const define = Object.fromEntries(strategyOverview.checklist[1].items.map((i: { id: string; done: boolean }) => [i.id, i.done]));
    expect(define).toEqual({ 'personal-information-reviewed': false, 'evidence-coded': true, 'insights-agreed': true, 'playback-shared': true });
    const develop = Object.fromEntries(strategyOverview.checklist[2].items.map((i: { id: string; done: boolean }) => [i.id, i.done]));
    // Three programmes for five priorities: two priorities have no initiatives yet, and the checklist says so.
    expect(develop).toEqual({ 'mission-agreed': true, 'priorities-traced-and-scored': true, 'roadmap-planned': false, 'measures-set': true, 'partnership-agreed': true });
    // Develop: a mission in two versions (one agreed), five scored priorities linked to insights,
    // three programmes of a dozen initiatives with dependencies over three years, measures with
    // baselines (one following a survey question), and a partnership the demo staff endorsed.
    const mission = (await t.app.inject({ url: `/api/v1/strategies/${strategyId}/mission`, headers: { cookie } })).json();
    expect(mission.versions).toHaveLength(2);
    expect(mission.versions.filter((v: { agreedOn?: unknown; agreed?: unknown }) => v.agreedOn ?? v.agreed)).toHaveLength(1);
    const priorities = (await t.app.inject({ url: `/api/v1/strategies/${strategyId}/priorities`, headers: { cookie } })).json();
    expect(priorities.priorities).toHaveLength(5);
    for (const priority of priorities.priorities) {
      expect(priority.insightCount).toBeGreaterThan(0);
      expect(Object.keys(priority.scores)).toHaveLength(priorities.criteria.length);
    }
    const roadmap = (await t.app.inject({ url: `/api/v1/strategies/${strategyId}/roadmap`, headers: { cookie } })).json();
    expect(roadmap.programmes).toHaveLength(3);
    expect(roadmap.initiatives.length).toBeGreaterThanOrEqual(12);
    expect(roadmap.dependencies.length).toBeGreaterThanOrEqual(8);
    const years = new Set(roadmap.initiatives.flatMap((i: { start: string; end: string }) => [i.start.slice(0, 4), i.end.slice(0, 4)]));
    expect(years.size).toBeGreaterThanOrEqual(3);
    const measures = (await t.app.inject({ url: `/api/v1/strategies/${strategyId}/measures`, headers: { cookie } })).json();
    const allMeasures = measures.groups.flatMap((g: { measures: unknown[] }) => g.measures) as { source: string; baseline: { value: number | null } | null }[];
    expect(allMeasures.length).toBeGreaterThanOrEqual(10);
    expect(allMeasures.some((m) => m.source === 'survey')).toBe(true);
    expect(allMeasures.filter((m) => m.source === 'manual').every((m) => m.baseline?.value != null)).toBe(true);
    const partnership = (await t.app.inject({ url: `/api/v1/strategies/${strategyId}/partnership`, headers: { cookie } })).json();
    expect(partnership.current.status).toBe('agreed');
    const endorsements = (await t.app.inject({ url: `/api/v1/partnership-versions/${partnership.current.id}/results`, headers: { cookie } })).json();
    expect(endorsements.respondents.value).toBeGreaterThanOrEqual(20);
    expect(JSON.stringify(endorsements.commitments)).toContain('"suppressed":true');
    // Deliver has begun: monthly updates of what was in flight, with an amber and a red, one initiative done.
    const updatesOf = async (title: string) => {
      const initiative = roadmap.initiatives.find((i: { title: string }) => i.title === title);
      return (await t.app.inject({ url: `/api/v1/initiatives/${initiative.id}/updates`, headers: { cookie } })).json().updates as { rag: string; percentComplete: number; status: string }[];
    };
    const ris = await updatesOf('Radiology information system replacement');
    expect(ris.length).toBeGreaterThanOrEqual(4);
    expect(ris.map((u) => u.rag)).toEqual(expect.arrayContaining(['green', 'amber', 'red']));
    const portal = await updatesOf('Patient portal for every cancer pathway');
    expect(portal[0]).toMatchObject({ status: 'done', percentComplete: 100 });
    expect(roadmap.initiatives.find((i: { title: string }) => i.title === 'Patient portal for every cancer pathway').status).toBe('done');
  }, 400_000);
});
