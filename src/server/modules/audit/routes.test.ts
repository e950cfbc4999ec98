import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeAudit } from '../../platform/audit.js';
import { addMember, signUpOrganisation, startTestApp, type TestApp } from '../../testing/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('audit trail', () => {
  it('records who did what to which record, with the changed fields before and after', async () => {
    const org = await signUpOrganisation(t.app);
    const id = (await org.admin.post(`/api/v1/orgs/${org.organisationId}/strategies`, { name: 'Plan A', startYear: 2026, endYear: 2029 })).json().id;
    await org.admin.patch(`/api/v1/strategies/${id}`, { name: 'Plan B' });
    const page = (await org.admin.get(`/api/v1/orgs/${org.organisationId}/audit?subjectType=strategy`)).json();
    expect(page.events.map((e: { action: string }) => e.action)).toEqual(['strategy.updated', 'strategy.created']);
    expect(page.events[0]).toMatchObject({
      actorName: 'Ada Admin',
      subjectId: id,
      before: { name: 'Plan A' },
      after: { name: 'Plan B' },
    });
    expect(page.actions).toEqual(expect.arrayContaining(['organisation.created', 'member.added', 'strategy.created']));
  });

  it('names each record by its latest name, from its own organisation’s trail only', async () => {
    const org = await signUpOrganisation(t.app);
    const other = await signUpOrganisation(t.app);
    const id = (await org.admin.post(`/api/v1/orgs/${org.organisationId}/strategies`, { name: 'Plan A', startYear: 2026, endYear: 2029 })).json().id;
    await org.admin.put(`/api/v1/strategies/${id}/phase`, { phase: 'define' });
    await org.admin.patch(`/api/v1/strategies/${id}`, { name: 'Digital plan 2026' });
    // Another organisation's event naming the same id must not name this organisation's record.
    await t.ctx.db.transaction((tx) =>
      writeAudit(tx, { userId: null, name: 'Test' }, {
        organisationId: other.organisationId,
        action: 'strategy.updated',
        subjectType: 'strategy',
        subjectId: id,
        after: { name: 'Someone else’s name' },
      }),
    );
    const page = (await org.admin.get(`/api/v1/orgs/${org.organisationId}/audit?subjectType=strategy`)).json();
    expect(page.events.map((e: { action: string; subjectLabel: string | null }) => [e.action, e.subjectLabel])).toEqual([
      ['strategy.updated', 'Digital plan 2026'],
      ['strategy.phase_changed', 'Digital plan 2026'],
      ['strategy.created', 'Digital plan 2026'],
    ]);
  });

  it('writes the record in the same transaction: a command that fails later leaves no record', async () => {
    const org = await signUpOrganisation(t.app);
    const failing = t.ctx.db.transaction(async (tx) => {
      await writeAudit(tx, { userId: null, name: 'Test' }, {
        organisationId: org.organisationId,
        action: 'strategy.created',
        subjectType: 'strategy',
        subjectId: null,
      });
      throw new Error('the command failed after auditing');
    });
    await expect(failing).rejects.toThrow('the command failed after auditing');
    const page = (await org.admin.get(`/api/v1/orgs/${org.organisationId}/audit?subjectType=strategy`)).json();
    expect(page.events).toEqual([]);
  });

  it('follows invitations through to acceptance and filters by action and date', async () => {
    const org = await signUpOrganisation(t.app);
    await addMember(t.app, org, 'leader');
    const accepted = (await org.admin.get(`/api/v1/orgs/${org.organisationId}/audit?action=invitation.accepted`)).json();
    expect(accepted.events).toHaveLength(1);
    expect(accepted.events[0].after).toMatchObject({ role: 'leader' });
    const today = new Date().toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    expect((await org.admin.get(`/api/v1/orgs/${org.organisationId}/audit?from=${today}`)).json().events.length).toBeGreaterThan(3);
    expect((await org.admin.get(`/api/v1/orgs/${org.organisationId}/audit?from=${tomorrow}`)).json().events).toEqual([]);
    const badDate = await org.admin.get(`/api/v1/orgs/${org.organisationId}/audit?from=27/11/2026`);
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().errors[0]).toEqual({ field: 'from', message: 'From must be a date like 2026-11-27' });
  });

  it('pages with a cursor without repeating or skipping events', async () => {
    const org = await signUpOrganisation(t.app);
    for (let i = 0; i < 5; i += 1) await org.admin.post(`/api/v1/orgs/${org.organisationId}/strategies`, { name: `S${i}`, startYear: 2026, endYear: 2027 });
    const all = (await org.admin.get(`/api/v1/orgs/${org.organisationId}/audit?limit=200`)).json().events.map((e: { id: string }) => e.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
      const page = (await org.admin.get(`/api/v1/orgs/${org.organisationId}/audit?limit=2${query}`)).json();
      seen.push(...page.events.map((e: { id: string }) => e.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
  });

  it('is for admins only', async () => {
    const org = await signUpOrganisation(t.app);
    const team = await addMember(t.app, org, 'strategy_team');
    expect((await team.session.get(`/api/v1/orgs/${org.organisationId}/audit`)).statusCode).toBe(403);
  });
});
