import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, signUpOrganisation, startTestApp, type SignedUpOrg, type TestApp } from '../../testing/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

type FrameworkBody = { id: string; name: string; builtIn: string | null; measures: { id: string; name: string; chorusSummary: boolean }[] };

async function setUp() {
  const org = await signUpOrganisation(t.app);
  const base = `/api/v1/orgs/${org.organisationId}/maturity`;
  const list = (await org.admin.get(`${base}/frameworks`)).json();
  const wgll = list.frameworks.find((f: FrameworkBody) => f.builtIn === 'wgll') as FrameworkBody;
  return { org, base, wgll };
}

const fullScores = (framework: FrameworkBody, score = 3): { measureId: string; score: number | null; rationale: string; evidence: never[] }[] =>
  framework.measures.map((m) => ({ measureId: m.id, score, rationale: `Why ${m.name} is ${score}`, evidence: [] }));

async function auditActions(org: SignedUpOrg) {
  const audit = await org.admin.get(`/api/v1/orgs/${org.organisationId}/audit`);
  return (audit.json().events as { action: string }[]).map((e) => e.action);
}

describe('maturity frameworks', () => {
  it('gives every organisation What Good Looks Like once, read-only, with summaries flagged as Chorus’s own words', async () => {
    const { org, base, wgll } = await setUp();
    expect(wgll.measures.map((m) => m.name)).toEqual([
      'Well led', 'Ensure smart foundations', 'Safe practice', 'Support workforce', 'Empower people', 'Improve care', 'Healthy populations',
    ]);
    expect(wgll.measures.every((m) => m.chorusSummary)).toBe(true);
    expect(wgll).toMatchObject({ scaleMax: 5, can: { update: false, delete: false, copy: true } });
    const again = (await org.admin.get(`${base}/frameworks`)).json();
    expect(again.frameworks.filter((f: FrameworkBody) => f.builtIn === 'wgll')).toHaveLength(1);
    const change = await org.admin.patch(`${base}/frameworks/${wgll.id}`, { name: 'Mine' });
    expect(change.statusCode).toBe(409);
    expect(change.json().detail).toBe('The built-in What Good Looks Like framework cannot be changed. Make a copy to adapt it.');
    expect((await org.admin.delete(`${base}/frameworks/${wgll.id}`)).statusCode).toBe(409);
    const copy = await org.admin.post(`${base}/frameworks/${wgll.id}/copy`, {});
    expect(copy.statusCode).toBe(201);
    expect(copy.json()).toMatchObject({ builtIn: null, name: 'Copy of What Good Looks Like (NHS England)', can: { update: true } });
    expect(copy.json().measures).toHaveLength(7);
    // Rewriting a copied summary makes it the organisation's own words.
    const measures = copy.json().measures.map((m: { id: string; name: string; description: string }, i: number) => ({
      id: m.id, name: m.name, description: i === 0 ? 'Our own words about leadership.' : m.description,
    }));
    const edited = await org.admin.patch(`${base}/frameworks/${copy.json().id}`, { measures });
    expect(edited.json().measures.map((m: { chorusSummary: boolean }) => m.chorusSummary)).toEqual([false, true, true, true, true, true, true]);
    expect(await auditActions(org)).toEqual(expect.arrayContaining(['maturity_framework.built_in_added', 'maturity_framework.created', 'maturity_framework.updated']));
  });

  it('creates a custom framework, refuses to drop measures while it is in use, and deletes it when unused', async () => {
    const { org, base } = await setUp();
    const created = await org.admin.post(`${base}/frameworks`, {
      name: 'Cancer alliance digital checklist',
      scaleMax: 3,
      measures: [{ name: 'Records' }, { name: 'Patients online', description: 'Portal and apps' }],
    });
    expect(created.statusCode).toBe(201);
    const framework = created.json() as FrameworkBody;
    expect(created.json()).toMatchObject({ scaleMax: 3, assessmentCount: 0, can: { update: true, delete: true } });
    const assessment = await org.admin.post(`${base}/assessments`, { frameworkId: framework.id, title: 'Trial', assessedOn: '2026-01-10' });
    expect(assessment.statusCode).toBe(201);
    const drop = await org.admin.patch(`${base}/frameworks/${framework.id}`, { measures: [{ id: framework.measures[0]!.id, name: 'Records' }] });
    expect(drop.statusCode).toBe(409);
    expect(drop.json().detail).toBe('This framework is used by 1 assessment, so its measures cannot be removed (Patients online). Copy it into a new framework instead.');
    const grow = await org.admin.patch(`${base}/frameworks/${framework.id}`, {
      measures: [...framework.measures.map((m) => ({ id: m.id, name: m.name })), { name: 'Research data' }],
    });
    expect(grow.statusCode).toBe(200);
    expect(grow.json().measures.map((m: { name: string }) => m.name)).toEqual(['Records', 'Patients online', 'Research data']);
    expect((await org.admin.delete(`${base}/frameworks/${framework.id}`)).json().detail).toBe('This framework is used by 1 assessment. Delete those assessments first.');
    expect((await org.admin.delete(`${base}/assessments/${assessment.json().id}`)).statusCode).toBe(200);
    expect((await org.admin.delete(`${base}/frameworks/${framework.id}`)).statusCode).toBe(200);
    expect((await org.admin.get(`${base}/frameworks/${framework.id}`)).statusCode).toBe(404);
  });

  it('explains bad frameworks in plain English', async () => {
    const { org, base } = await setUp();
    const none = await org.admin.post(`${base}/frameworks`, { name: 'X', measures: [] });
    expect(none.json().errors).toEqual([{ field: 'measures', message: 'Add at least one measure' }]);
    const scale = await org.admin.post(`${base}/frameworks`, { name: 'X', scaleMax: 7, measures: [{ name: 'A' }] });
    expect(scale.json().errors).toEqual([{ field: 'scaleMax', message: 'The top of the scale must be a whole number from 1 to 5' }]);
    const twice = await org.admin.post(`${base}/frameworks`, { name: 'X', measures: [{ name: 'A' }, { name: 'a' }] });
    expect(twice.json().errors).toEqual([{ field: 'measures', message: 'Each measure needs a different name' }]);
    const unnamed = await org.admin.post(`${base}/frameworks`, { measures: [{ name: 'A' }] });
    expect(unnamed.json().errors).toEqual([{ field: 'name', message: 'Enter a name for the framework' }]);
  });
});

describe('maturity assessments', () => {
  it('creates, edits, completes only when every measure is finished, reopens and deletes, auditing each', async () => {
    const { org, base, wgll } = await setUp();
    const strategy = await org.admin.post(`/api/v1/orgs/${org.organisationId}/strategies`, { name: 'Plan', startYear: 2026, endYear: 2029 });
    const created = await org.admin.post(`${base}/assessments`, {
      frameworkId: wgll.id,
      title: 'Baseline',
      assessedOn: '2026-01-10',
      assessors: ['Medical Director', 'Chief Nurse'],
      strategyId: strategy.json().id,
      scores: [{ measureId: wgll.measures[0]!.id, score: 2, rationale: 'Board **rarely** discusses digital', evidence: [{ label: 'Board paper', url: 'https://example.nhs.uk/paper' }, { label: 'Risk register', url: null }] }],
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect(created.json()).toMatchObject({
      status: 'draft',
      scoredCount: 1,
      measureCount: 7,
      strategy: { id: strategy.json().id, name: 'Plan' },
      assessors: ['Medical Director', 'Chief Nurse'],
      can: { update: true, complete: true, reopen: false },
    });
    expect(created.json().measures[0]).toMatchObject({ score: 2, evidence: [{ label: 'Board paper', url: 'https://example.nhs.uk/paper' }, { label: 'Risk register', url: null }] });
    expect(created.json().missing).toEqual(wgll.measures.slice(1).map((m) => m.name));

    const early = await org.admin.post(`${base}/assessments/${id}/complete`);
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toBe(
      'Score every measure and give a rationale before completing the assessment. Still missing: Ensure smart foundations, Safe practice, Support workforce, Empower people, Improve care, Healthy populations.',
    );
    // A score without a rationale is not finished either.
    const scores = fullScores(wgll);
    scores[2] = { ...scores[2]!, rationale: '   ' };
    await org.admin.patch(`${base}/assessments/${id}`, { scores });
    expect((await org.admin.post(`${base}/assessments/${id}/complete`)).json().detail).toMatch(/Still missing: Safe practice\.$/);

    const finished = await org.admin.patch(`${base}/assessments/${id}`, { title: 'Baseline 2026', scores: [{ ...scores[2]!, rationale: 'Toolkit met' }] });
    expect(finished.json()).toMatchObject({ title: 'Baseline 2026', missing: [], scoredCount: 7 });
    const complete = await org.admin.post(`${base}/assessments/${id}/complete`);
    expect(complete.json()).toMatchObject({ status: 'complete', can: { complete: false, reopen: true } });
    expect(complete.json().completedAt).not.toBeNull();

    const unscore = await org.admin.patch(`${base}/assessments/${id}`, { scores: [{ measureId: wgll.measures[6]!.id, score: null }] });
    expect(unscore.statusCode).toBe(409);
    expect(unscore.json().detail).toMatch(/missing: Healthy populations\)/);
    expect((await org.admin.get(`${base}/assessments/${id}`)).json().measures[6].score).toBe(3);

    const reopened = await org.admin.post(`${base}/assessments/${id}/reopen`);
    expect(reopened.json().status).toBe('draft');
    expect((await org.admin.get(`${base}/assessments`)).json().assessments).toMatchObject([{ id, title: 'Baseline 2026', status: 'draft' }]);
    expect((await org.admin.delete(`${base}/assessments/${id}`)).statusCode).toBe(200);
    expect((await org.admin.get(`${base}/assessments/${id}`)).statusCode).toBe(404);
    expect(await auditActions(org)).toEqual(expect.arrayContaining([
      'maturity_assessment.created', 'maturity_assessment.updated', 'maturity_assessment.completed', 'maturity_assessment.reopened', 'maturity_assessment.deleted',
    ]));
  });

  it('explains bad assessments in plain English and saves nothing', async () => {
    const { org, base, wgll } = await setUp();
    const valid = { frameworkId: wgll.id, title: 'Baseline', assessedOn: '2026-01-10' };
    const date = await org.admin.post(`${base}/assessments`, { ...valid, assessedOn: '10/1/2026' });
    expect(date.json().errors).toEqual([{ field: 'assessedOn', message: 'The date of the assessment must be a real date, like 2026-03-14' }]);
    const link = await org.admin.post(`${base}/assessments`, {
      ...valid,
      scores: [{ measureId: wgll.measures[0]!.id, score: 2, evidence: [{ label: 'Paper', url: 'javascript:alert(1)' }] }],
    });
    expect(link.statusCode).toBe(400);
    expect(link.json().detail).toBe('A link must be a web address starting with https:// or http://, like https://intranet.example.nhs.uk/board-paper');
    const high = await org.admin.post(`${base}/assessments`, { ...valid, scores: [{ measureId: wgll.measures[0]!.id, score: 6 }] });
    expect(high.json().detail).toBe('A score must be a whole number from 1 to 5');
    const small = await org.admin.post(`${base}/frameworks`, { name: 'Three levels', scaleMax: 3, measures: [{ name: 'Records' }] });
    const overMax = await org.admin.post(`${base}/assessments`, {
      ...valid, frameworkId: small.json().id, scores: [{ measureId: small.json().measures[0].id, score: 4 }],
    });
    expect(overMax.json().detail).toBe('The score for Records must be from 1 to 3');
    const foreignMeasure = await org.admin.post(`${base}/assessments`, { ...valid, scores: [{ measureId: small.json().measures[0].id, score: 1 }] });
    expect(foreignMeasure.json().detail).toBe('A score names a measure this framework does not have');
    const other = await signUpOrganisation(t.app, 'Other Trust');
    const theirStrategy = await other.admin.post(`/api/v1/orgs/${other.organisationId}/strategies`, { name: 'Theirs', startYear: 2026, endYear: 2027 });
    const wrongStrategy = await org.admin.post(`${base}/assessments`, { ...valid, strategyId: theirStrategy.json().id });
    expect(wrongStrategy.json().errors).toEqual([{ field: 'strategyId', message: 'Choose a strategy from this organisation' }]);
    const theirFramework = (await other.admin.get(`/api/v1/orgs/${other.organisationId}/maturity/frameworks`)).json().frameworks[0].id;
    const wrongFramework = await org.admin.post(`${base}/assessments`, { ...valid, frameworkId: theirFramework });
    expect(wrongFramework.json().errors).toEqual([{ field: 'frameworkId', message: 'Choose a framework from this organisation' }]);
    // Over-max was refused after the insert inside the transaction: nothing was kept.
    expect((await org.admin.get(`${base}/assessments`)).json().assessments).toEqual([]);
    const nasty = '<script>alert(1)</script> **bold** 🎉 مرحبا';
    const stored = await org.admin.post(`${base}/assessments`, { ...valid, title: 'Nasty 🎉', scores: [{ measureId: wgll.measures[0]!.id, score: 1, rationale: nasty }] });
    expect(stored.json().measures[0].rationale).toBe(nasty);
  });

  it('keeps an assessment of an archived strategy as it was until the strategy is restored', async () => {
    const { org, base, wgll } = await setUp();
    const strategy = (await org.admin.post(`/api/v1/orgs/${org.organisationId}/strategies`, { name: 'Plan 2024', startYear: 2024, endYear: 2026 })).json();
    const id = (await org.admin.post(`${base}/assessments`, { frameworkId: wgll.id, title: 'Baseline', assessedOn: '2024-01-10', strategyId: strategy.id, scores: fullScores(wgll) })).json().id;
    expect((await org.admin.post(`/api/v1/strategies/${strategy.id}/archive`)).statusCode).toBe(200);

    const shown = (await org.admin.get(`${base}/assessments/${id}`)).json();
    expect(shown.strategy).toEqual({ id: strategy.id, name: 'Plan 2024', archived: true });
    expect(shown.can).toEqual({ update: false, delete: false, complete: false, reopen: false });
    const refusal = 'This assessment belongs to the archived strategy "Plan 2024". Restore the strategy before changing it.';
    const attempts = [
      await org.admin.patch(`${base}/assessments/${id}`, { title: 'Changed' }),
      await org.admin.post(`${base}/assessments/${id}/complete`),
      await org.admin.delete(`${base}/assessments/${id}`),
    ];
    expect(attempts.map((r) => [r.statusCode, r.json().detail])).toEqual(attempts.map(() => [409, refusal]));
    const newOne = await org.admin.post(`${base}/assessments`, { frameworkId: wgll.id, title: 'Late', assessedOn: '2024-02-10', strategyId: strategy.id });
    expect(newOne.statusCode).toBe(400);
    expect(newOne.json().errors).toEqual([{ field: 'strategyId', message: 'This strategy is archived: choose one in use, or none' }]);
    expect((await org.admin.get(`${base}/assessments/${id}`)).json()).toMatchObject({ title: 'Baseline', status: 'draft' });

    await org.admin.post(`/api/v1/strategies/${strategy.id}/restore`);
    const changed = await org.admin.patch(`${base}/assessments/${id}`, { title: 'Changed' });
    expect([changed.statusCode, changed.json().title, changed.json().can.update]).toEqual([200, 'Changed', true]);
  });

  it('compares two assessments of one framework measure by measure', async () => {
    const { org, base, wgll } = await setUp();
    const first = await org.admin.post(`${base}/assessments`, { frameworkId: wgll.id, title: 'Then', assessedOn: '2025-01-10', scores: fullScores(wgll, 2) });
    const later = fullScores(wgll, 3);
    later[1] = { ...later[1]!, score: 2 };
    later[2] = { ...later[2]!, score: 1 };
    later[3] = { ...later[3]!, score: null };
    const second = await org.admin.post(`${base}/assessments`, { frameworkId: wgll.id, title: 'Now', assessedOn: '2026-01-10', scores: later });
    const compared = await org.admin.get(`${base}/assessments/compare?from=${first.json().id}&to=${second.json().id}`);
    expect(compared.statusCode).toBe(200);
    expect(compared.json()).toMatchObject({ from: { title: 'Then' }, to: { title: 'Now' }, framework: { id: wgll.id, scaleMax: 5 } });
    expect(compared.json().rows.map((r: { name: string; change: number | null }) => [r.name, r.change])).toEqual([
      ['Well led', 1], ['Ensure smart foundations', 0], ['Safe practice', -1], ['Support workforce', null],
      ['Empower people', 1], ['Improve care', 1], ['Healthy populations', 1],
    ]);
    const custom = await org.admin.post(`${base}/frameworks`, { name: 'Other', measures: [{ name: 'A' }] });
    const odd = await org.admin.post(`${base}/assessments`, { frameworkId: custom.json().id, title: 'Odd', assessedOn: '2026-01-10' });
    const mismatch = await org.admin.get(`${base}/assessments/compare?from=${first.json().id}&to=${odd.json().id}`);
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.json().detail).toBe('Choose two assessments of the same framework to compare them');
    const bad = await org.admin.get(`${base}/assessments/compare?from=nope&to=${odd.json().id}`);
    expect(bad.statusCode).toBe(400);
  });

  it('marks the Discover checklist item done once a complete assessment exists', async () => {
    const { org, base, wgll } = await setUp();
    const strategy = await org.admin.post(`/api/v1/orgs/${org.organisationId}/strategies`, { name: 'Plan', startYear: 2026, endYear: 2029 });
    const item = async () => {
      const overview = (await org.admin.get(`/api/v1/strategies/${strategy.json().id}`)).json();
      const items = (overview.checklist as { items: { id: string; done: boolean }[] }[]).flatMap((p) => p.items);
      return items.find((i) => i.id === 'maturity-baseline');
    };
    expect(await item()).toMatchObject({ done: false });
    const a = await org.admin.post(`${base}/assessments`, { frameworkId: wgll.id, title: 'Baseline', assessedOn: '2026-01-10', scores: fullScores(wgll) });
    expect(await item()).toMatchObject({ done: false });
    await org.admin.post(`${base}/assessments/${a.json().id}/complete`);
    expect(await item()).toMatchObject({ done: true });
  });
});

describe('maturity access', () => {
  it('lets every member read, only admins and the strategy team change, and refuses outsiders on every route', async () => {
    const { org, base, wgll } = await setUp();
    const a = (await org.admin.post(`${base}/assessments`, { frameworkId: wgll.id, title: 'Baseline', assessedOn: '2026-01-10' })).json();
    const f = (await org.admin.post(`${base}/frameworks`, { name: 'Ours', measures: [{ name: 'A' }] })).json();
    const team = await addMember(t.app, org, 'strategy_team');
    expect((await team.session.patch(`${base}/assessments/${a.id}`, { title: 'Team edit' })).statusCode).toBe(200);
    for (const role of ['staff', 'leader'] as const) {
      const reader = (await addMember(t.app, org, role)).session;
      const read = await reader.get(`${base}/assessments/${a.id}`);
      expect(read.json().can).toEqual({ update: false, delete: false, complete: false, reopen: false });
      expect((await reader.patch(`${base}/assessments/${a.id}`, { title: 'No' })).json().detail).toMatch(/^Only admins and the strategy team can change maturity assessments\./);
      expect((await reader.post(`${base}/frameworks`, { name: 'No', measures: [{ name: 'A' }] })).statusCode).toBe(403);
    }
    const routes: [method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string][] = [
      ['GET', `${base}/frameworks`],
      ['POST', `${base}/frameworks`],
      ['GET', `${base}/frameworks/${f.id}`],
      ['PATCH', `${base}/frameworks/${f.id}`],
      ['DELETE', `${base}/frameworks/${f.id}`],
      ['POST', `${base}/frameworks/${f.id}/copy`],
      ['GET', `${base}/assessments`],
      ['POST', `${base}/assessments`],
      ['GET', `${base}/assessments/compare?from=${a.id}&to=${a.id}`],
      ['GET', `${base}/assessments/${a.id}`],
      ['PATCH', `${base}/assessments/${a.id}`],
      ['POST', `${base}/assessments/${a.id}/complete`],
      ['POST', `${base}/assessments/${a.id}/reopen`],
      ['DELETE', `${base}/assessments/${a.id}`],
    ];
    const outsider = await signUpOrganisation(t.app, 'Outsider');
    const outsiderBase = `/api/v1/orgs/${outsider.organisationId}/maturity`;
    for (const [method, url] of routes) {
      const anonymous = await t.app.inject({ method, url, ...(method === 'GET' ? {} : { payload: {} }) });
      expect(anonymous.statusCode, `${method} ${url} anonymous`).toBe(401);
      const foreign = await outsider.admin.request(method, url, method === 'GET' ? undefined : {});
      expect(foreign.statusCode, `${method} ${url} outsider`).toBe(404);
      // Through the outsider's own organisation, the other organisation's records are not found either.
      const own = url.replace(base, outsiderBase);
      if (own.includes(a.id) || own.includes(f.id)) {
        const body = method === 'PATCH' ? { title: 'x', name: 'x' } : method === 'GET' || method === 'DELETE' ? undefined : {};
        const viaOwn = await outsider.admin.request(method, own, body);
        expect(viaOwn.statusCode, `${method} ${own} via own organisation`).toBe(404);
      }
    }
    expect((await org.admin.get(`${base}/assessments/${a.id}`)).json().title).toBe('Team edit');
  });
});
