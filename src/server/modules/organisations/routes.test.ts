import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMember,
  GOOD_PASSWORD,
  latestInvitationToken,
  sessionFrom,
  signUpOrganisation,
  startTestApp,
  uniqueEmail,
  type TestApp,
} from '../../testing/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('invitations', () => {
  it('lets a new person accept once with a name and password, and join with the invited role', async () => {
    const org = await signUpOrganisation(t.app);
    const email = uniqueEmail('nurse');
    const sent = await org.admin.post(`/api/v1/orgs/${org.organisationId}/invitations`, { email, role: 'leader' });
    expect(sent.statusCode).toBe(201);
    const token = await latestInvitationToken(org, email);
    const preview = await t.app.inject({ url: `/api/v1/invitations/${token}` });
    expect(preview.json()).toEqual({ organisationName: 'Test Trust', email, role: 'leader', accountExists: false });
    const missing = await t.app.inject({ method: 'POST', url: `/api/v1/invitations/${token}/accept`, payload: {} });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors.map((e: { field: string }) => e.field)).toEqual(['name', 'password']);
    const accepted = await t.app.inject({ method: 'POST', url: `/api/v1/invitations/${token}/accept`, payload: { name: 'Nia Nurse', password: GOOD_PASSWORD } });
    expect(accepted.statusCode).toBe(200);
    const member = await sessionFrom(t.app, accepted);
    expect((await member.get('/api/v1/me')).json().memberships[0]).toMatchObject({ organisationId: org.organisationId, role: 'leader' });
    const reused = await t.app.inject({ method: 'POST', url: `/api/v1/invitations/${token}/accept`, payload: { name: 'X', password: GOOD_PASSWORD } });
    expect(reused.statusCode).toBe(410);
    expect(reused.json().detail).toMatch(/already been used/);
  });

  it('explains an expired invitation and tells the person whom to ask', async () => {
    const org = await signUpOrganisation(t.app, 'Expiry Trust');
    const email = uniqueEmail('late');
    await org.admin.post(`/api/v1/orgs/${org.organisationId}/invitations`, { email, role: 'staff' });
    const token = await latestInvitationToken(org, email);
    await t.ctx.database.query(`UPDATE invitations SET expires_at = now() - interval '1 day' WHERE email = $1`, [email]);
    const response = await t.app.inject({ method: 'POST', url: `/api/v1/invitations/${token}/accept`, payload: { name: 'Late', password: GOOD_PASSWORD } });
    expect(response.statusCode).toBe(410);
    expect(response.json().detail).toMatch(/expired on \d{4}-\d{2}-\d{2}\. Ask an admin of Expiry Trust/);
    const list = await org.admin.get(`/api/v1/orgs/${org.organisationId}/invitations`);
    expect(list.json().invitations[0].status).toBe('expired');
  });

  it('withdraws an invitation, after which the link no longer works', async () => {
    const org = await signUpOrganisation(t.app);
    const email = uniqueEmail('withdrawn');
    const sent = await org.admin.post(`/api/v1/orgs/${org.organisationId}/invitations`, { email, role: 'staff' });
    const token = await latestInvitationToken(org, email);
    expect((await org.admin.delete(`/api/v1/orgs/${org.organisationId}/invitations/${sent.json().id}`)).statusCode).toBe(200);
    const response = await t.app.inject({ url: `/api/v1/invitations/${token}` });
    expect(response.statusCode).toBe(410);
    expect(response.json().detail).toMatch(/withdrawn/);
    expect((await org.admin.delete(`/api/v1/orgs/${org.organisationId}/invitations/${sent.json().id}`)).statusCode).toBe(409);
  });

  it('asks an existing account to sign in, then lets it join a second organisation and switch', async () => {
    const first = await signUpOrganisation(t.app, 'First Trust');
    const second = await signUpOrganisation(t.app, 'Second Trust');
    await second.admin.post(`/api/v1/orgs/${second.organisationId}/invitations`, { email: first.email, role: 'staff' });
    const token = await latestInvitationToken(second, first.email);
    const anonymous = await t.app.inject({ method: 'POST', url: `/api/v1/invitations/${token}/accept`, payload: {} });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().code).toBe('sign_in_required');
    expect((await first.admin.post(`/api/v1/invitations/${token}/accept`, {})).statusCode).toBe(200);
    const me = (await first.admin.get('/api/v1/me')).json();
    expect(me.memberships.map((m: { organisationName: string }) => m.organisationName)).toEqual(['First Trust', 'Second Trust']);
    expect(me.currentOrganisationId).toBe(second.organisationId);
    expect((await first.admin.put('/api/v1/me/organisation', { organisationId: first.organisationId })).statusCode).toBe(200);
    expect((await first.admin.get('/api/v1/me')).json().currentOrganisationId).toBe(first.organisationId);
    const stranger = await signUpOrganisation(t.app);
    expect((await first.admin.put('/api/v1/me/organisation', { organisationId: stranger.organisationId })).statusCode).toBe(404);
  });

  it('refuses an invitation to someone already in the organisation', async () => {
    const org = await signUpOrganisation(t.app);
    const response = await org.admin.post(`/api/v1/orgs/${org.organisationId}/invitations`, { email: org.email, role: 'staff' });
    expect(response.statusCode).toBe(409);
  });
});

describe('members and roles', () => {
  it('lets an admin change roles and remove members, but never the last admin', async () => {
    const org = await signUpOrganisation(t.app);
    const staff = await addMember(t.app, org, 'staff');
    const members = (await org.admin.get(`/api/v1/orgs/${org.organisationId}/members`)).json().members as { id: string; email: string; role: string }[];
    const me = members.find((m) => m.email === org.email)!;
    const them = members.find((m) => m.email === staff.email)!;
    const demote = await org.admin.patch(`/api/v1/orgs/${org.organisationId}/members/${me.id}`, { role: 'staff' });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().detail).toMatch(/without an admin/);
    expect((await org.admin.patch(`/api/v1/orgs/${org.organisationId}/members/${them.id}`, { role: 'strategy_team' })).statusCode).toBe(200);
    expect((await staff.session.get(`/api/v1/orgs/${org.organisationId}`)).json().role).toBe('strategy_team');
    expect((await org.admin.delete(`/api/v1/orgs/${org.organisationId}/members/${them.id}`)).statusCode).toBe(200);
    expect((await staff.session.get(`/api/v1/orgs/${org.organisationId}`)).statusCode).toBe(404);
  });

  it('lets only admins manage members, with a reason', async () => {
    const org = await signUpOrganisation(t.app);
    const team = await addMember(t.app, org, 'strategy_team');
    const response = await team.session.post(`/api/v1/orgs/${org.organisationId}/invitations`, { email: uniqueEmail(), role: 'admin' });
    expect(response.statusCode).toBe(403);
    expect(response.json().detail).toBe('Only admins can add invitations to join. Ask an admin of Test Trust if you need to.');
    expect((await team.session.get(`/api/v1/orgs/${org.organisationId}/members`)).statusCode).toBe(200);
  });

  it('keeps the minimum group size at 5 or more', async () => {
    const org = await signUpOrganisation(t.app);
    const low = await org.admin.patch(`/api/v1/orgs/${org.organisationId}`, { minGroupSize: 3 });
    expect(low.statusCode).toBe(400);
    expect(low.json().errors[0]).toEqual({ field: 'minGroupSize', message: 'Minimum group size must be 5 or more, to protect anonymity' });
    const ok = await org.admin.patch(`/api/v1/orgs/${org.organisationId}`, { minGroupSize: 12 });
    expect(ok.json().minGroupSize).toBe(12);
  });

  it('takes an accent colour only when white text on it meets WCAG AA, saying the ratio it has', async () => {
    const org = await signUpOrganisation(t.app);
    const url = `/api/v1/orgs/${org.organisationId}`;
    expect((await org.admin.get(url)).json().accentColour).toBe('#005eb8');
    const pale = await org.admin.patch(url, { accentColour: '#41B6E6', minGroupSize: 15 });
    expect(pale.statusCode).toBe(400);
    expect(pale.json().errors).toEqual([
      { field: 'accentColour', message: 'The accent colour #41b6e6 has a contrast of 2.31:1 with white; it needs at least 4.5:1 (WCAG AA) to be read. Choose a darker shade.' },
    ]);
    const garbled = await org.admin.patch(url, { accentColour: 'blue' });
    expect(garbled.json().errors).toEqual([{ field: 'accentColour', message: 'Enter the accent colour as a six-digit hex code, like #005eb8' }]);
    // Nothing of the refused request was saved, the group size included.
    expect((await org.admin.get(url)).json()).toMatchObject({ accentColour: '#005eb8', minGroupSize: 10 });
    const green = await org.admin.patch(url, { accentColour: ' 007F3B ' });
    expect(green.statusCode).toBe(200);
    expect(green.json().accentColour).toBe('#007f3b');
    const team = await addMember(t.app, org, 'strategy_team');
    expect((await team.session.patch(url, { accentColour: '#330072' })).statusCode).toBe(403);
  });
});
