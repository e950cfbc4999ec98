import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, signUpOrganisation, startTestApp, type TestApp } from '../../testing/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const plan = { name: 'Digital Strategy 2026–2029', startYear: 2026, endYear: 2029 };

describe('strategies', () => {
  it('creates, lists, renames and re-sets the horizon', async () => {
    const org = await signUpOrganisation(t.app);
    const created = await org.admin.post(`/api/v1/orgs/${org.organisationId}/strategies`, plan);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ ...plan, phase: 'discover', archived: false, can: { update: true, archive: true } });
    const id = created.json().id;
    const renamed = await org.admin.patch(`/api/v1/strategies/${id}`, { name: 'Digital Strategy 2026–2030', endYear: 2030 });
    expect(renamed.json()).toMatchObject({ name: 'Digital Strategy 2026–2030', startYear: 2026, endYear: 2030 });
    const list = await org.admin.get(`/api/v1/orgs/${org.organisationId}/strategies`);
    expect(list.json().strategies.map((s: { name: string }) => s.name)).toEqual(['Digital Strategy 2026–2030']);
  });

  it('explains a horizon that ends before it starts, on create and on update', async () => {
    const org = await signUpOrganisation(t.app);
    const bad = await org.admin.post(`/api/v1/orgs/${org.organisationId}/strategies`, { ...plan, endYear: 2025 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([{ field: 'endYear', message: 'End year must be the same as or after the start year' }]);
    const id = (await org.admin.post(`/api/v1/orgs/${org.organisationId}/strategies`, plan)).json().id;
    const update = await org.admin.patch(`/api/v1/strategies/${id}`, { startYear: 2031 });
    expect(update.statusCode).toBe(400);
    expect(update.json().errors[0]).toEqual({ field: 'endYear', message: 'End year must be 2031 or later' });
    const missing = await org.admin.post(`/api/v1/orgs/${org.organisationId}/strategies`, { startYear: 2026 });
    expect(missing.json().errors).toEqual([
      { field: 'name', message: 'Enter a name for the strategy' },
      { field: 'endYear', message: 'End year must be a year, like 2026' },
    ]);
  });

  it('moves through the phases and back, as the method iterates', async () => {
    const org = await signUpOrganisation(t.app);
    const id = (await org.admin.post(`/api/v1/orgs/${org.organisationId}/strategies`, plan)).json().id;
    for (const phase of ['define', 'develop', 'define', 'deliver']) {
      expect((await org.admin.put(`/api/v1/strategies/${id}/phase`, { phase })).json().phase).toBe(phase);
    }
    expect((await org.admin.put(`/api/v1/strategies/${id}/phase`, { phase: 'finished' })).statusCode).toBe(400);
  });

  it('archives a strategy read-only and restores it', async () => {
    const org = await signUpOrganisation(t.app);
    const id = (await org.admin.post(`/api/v1/orgs/${org.organisationId}/strategies`, plan)).json().id;
    expect((await org.admin.post(`/api/v1/strategies/${id}/archive`)).json()).toMatchObject({ archived: true, can: { update: false } });
    expect((await org.admin.get(`/api/v1/orgs/${org.organisationId}/strategies`)).json().strategies).toEqual([]);
    expect((await org.admin.get(`/api/v1/orgs/${org.organisationId}/strategies?archived=true`)).json().strategies).toHaveLength(1);
    const edit = await org.admin.patch(`/api/v1/strategies/${id}`, { name: 'Changed' });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().detail).toMatch(/archived/);
    expect((await org.admin.post(`/api/v1/strategies/${id}/restore`)).json().archived).toBe(false);
  });

  it('lets staff read but not change a strategy', async () => {
    const org = await signUpOrganisation(t.app);
    const staff = await addMember(t.app, org, 'staff');
    const id = (await org.admin.post(`/api/v1/orgs/${org.organisationId}/strategies`, plan)).json().id;
    const overview = await staff.session.get(`/api/v1/strategies/${id}`);
    expect(overview.json().strategy.can).toEqual({ update: false, archive: false });
    expect((await staff.session.patch(`/api/v1/strategies/${id}`, { name: 'Mine' })).statusCode).toBe(403);
    expect((await staff.session.post(`/api/v1/orgs/${org.organisationId}/strategies`, plan)).statusCode).toBe(403);
  });

  it('shows a checklist per phase that reflects what has been done', async () => {
    const org = await signUpOrganisation(t.app);
    const id = (await org.admin.post(`/api/v1/orgs/${org.organisationId}/strategies`, plan)).json().id;
    const before = (await org.admin.get(`/api/v1/strategies/${id}`)).json();
    expect(before.checklist.map((p: { phase: string }) => p.phase)).toEqual(['discover', 'define', 'develop', 'deliver']);
    // A new strategy has no priorities, so "every priority has…" is not done (never vacuously true).
    expect(before.checklist[2].items.map((i: { id: string; done: boolean }) => [i.id, i.done])).toEqual([
      ['mission-agreed', false], ['priorities-traced-and-scored', false], ['roadmap-planned', false], ['measures-set', false], ['partnership-agreed', false],
    ]);
    const discover = () => before.checklist[0].items as { id: string; done: boolean }[];
    expect(discover().find((i) => i.id === 'team-in-place')!.done).toBe(false);
    await addMember(t.app, org, 'strategy_team');
    const after = (await org.admin.get(`/api/v1/strategies/${id}`)).json();
    expect(after.checklist[0].items.find((i: { id: string }) => i.id === 'team-in-place').done).toBe(true);
    expect(after.checklist[0].items.find((i: { id: string }) => i.id === 'leaders-invited').done).toBe(false);
  });
});
