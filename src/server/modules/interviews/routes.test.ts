import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInLondon } from '../../../shared/calendar-date.js';
import { addMember, signUpOrganisation, startTestApp, type SignedUpOrg, type TestApp } from '../../testing/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const interview = { intervieweeRole: 'Medical Director', heldOn: '2026-01-15', consent: 'notes', notes: '## Safety\n- one place to look' };

async function withStrategy(org?: SignedUpOrg) {
  const o = org ?? (await signUpOrganisation(t.app));
  const strategy = await o.admin.post(`/api/v1/orgs/${o.organisationId}/strategies`, { name: 'Plan', startYear: 2026, endYear: 2029 });
  return { org: o, url: `/api/v1/strategies/${strategy.json().id}`, strategyId: strategy.json().id as string };
}

function tomorrow(): string {
  const d = new Date(`${todayInLondon()}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

describe('interviews', () => {
  it('records, lists, edits and deletes an interview, keeping notes out of the audit trail', async () => {
    const { org, url } = await withStrategy();
    const me = (await org.admin.get('/api/v1/me')).json();
    const created = await org.admin.post(`${url}/interviews`, { ...interview, intervieweeName: 'Dr Sam Whitfield', interviewerId: me.user.id });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      intervieweeRole: 'Medical Director',
      intervieweeName: 'Dr Sam Whitfield',
      heldOn: '2026-01-15',
      consent: 'notes',
      notes: interview.notes,
      interviewer: { userId: me.user.id, name: 'Ada Admin' },
      items: [],
      can: { update: true, delete: true },
    });
    const id = created.json().id;
    const edited = await org.admin.patch(`${url}/interviews/${id}`, { consent: 'notes_and_quotes', intervieweeName: null, heldOn: '2026-01-16' });
    expect(edited.json()).toMatchObject({ consent: 'notes_and_quotes', intervieweeName: null, heldOn: '2026-01-16', notes: interview.notes });
    const list = await org.admin.get(`${url}/interviews`);
    expect(list.json()).toMatchObject({ can: { create: true }, interviews: [{ id, hasNotes: true, driverCount: 0 }] });
    expect((await org.admin.delete(`${url}/interviews/${id}`)).json()).toEqual({ ok: true });
    expect((await org.admin.get(`${url}/interviews/${id}`)).statusCode).toBe(404);
    const audit = await org.admin.get(`/api/v1/orgs/${org.organisationId}/audit?subjectType=interview`);
    const trail = JSON.stringify(audit.json());
    expect(trail).toContain('interview.created');
    expect(trail).toContain('interview.deleted');
    expect(trail).not.toContain('one place to look');
    expect(trail).not.toContain('Whitfield');
  });

  it('explains what is wrong in plain English', async () => {
    const { org, url } = await withStrategy();
    const missing = await org.admin.post(`${url}/interviews`, { heldOn: '2026-01-15', consent: 'notes' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toEqual([{ field: 'intervieweeRole', message: 'Enter the role of the person interviewed, like Medical Director' }]);
    const future = await org.admin.post(`${url}/interviews`, { ...interview, heldOn: tomorrow() });
    expect(future.json().errors).toEqual([{ field: 'heldOn', message: 'The date of the interview must be today or in the past' }]);
    const notADate = await org.admin.post(`${url}/interviews`, { ...interview, heldOn: '2026-02-30' });
    expect(notADate.json().errors[0].message).toBe('The date of the interview must be a real date, like 2026-03-14');
    const today = await org.admin.post(`${url}/interviews`, { ...interview, heldOn: todayInLondon() });
    expect(today.statusCode).toBe(201);
    const tooLong = await org.admin.post(`${url}/interviews`, { ...interview, notes: 'x'.repeat(20_001) });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().detail).toBe('Notes must be 20,000 characters or fewer');
    const consent = await org.admin.post(`${url}/interviews`, { ...interview, consent: 'maybe' });
    expect(consent.json().errors[0]).toEqual({ field: 'consent', message: 'Consent must be one of notes, notes_and_quotes or declined' });
  });

  it('accepts only a member of the organisation as interviewer', async () => {
    const { org, url } = await withStrategy();
    const other = await signUpOrganisation(t.app, 'Other Trust');
    const outsider = (await other.admin.get('/api/v1/me')).json().user.id;
    const refused = await org.admin.post(`${url}/interviews`, { ...interview, interviewerId: outsider });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([{ field: 'interviewerId', message: 'Choose an interviewer who is a member of this organisation' }]);
    const team = await addMember(t.app, org, 'strategy_team');
    const options = (await org.admin.get(`${url}/interviews/options`)).json();
    const teamId = options.interviewers.find((p: { role: string }) => p.role === 'strategy_team').userId;
    const ok = await org.admin.post(`${url}/interviews`, { ...interview, interviewerId: teamId });
    expect(ok.json().interviewer).toEqual({ userId: teamId, name: 'Member strategy_team' });
    expect(team.email).toContain('strategy_team');
  });

  it('keeps no notes when consent was declined, and says why', async () => {
    const { org, url } = await withStrategy();
    const refused = await org.admin.post(`${url}/interviews`, { ...interview, consent: 'declined' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([
      { field: 'notes', message: 'The interviewee declined consent, so notes cannot be kept. Clear the notes, or change the consent if it was given.' },
    ]);
    const declined = await org.admin.post(`${url}/interviews`, { ...interview, consent: 'declined', notes: '' });
    expect(declined.json()).toMatchObject({ consent: 'declined', notes: '', hasNotes: false });
    const id = declined.json().id;
    expect((await org.admin.patch(`${url}/interviews/${id}`, { notes: 'They said…' })).statusCode).toBe(400);
    // Items are the interviewer's own short labels, so they may still be recorded.
    expect((await org.admin.post(`${url}/interviews/${id}/items`, { kind: 'driver', label: 'Finance' })).statusCode).toBe(201);

    const withNotes = (await org.admin.post(`${url}/interviews`, interview)).json().id;
    const withdraw = await org.admin.patch(`${url}/interviews/${withNotes}`, { consent: 'declined' });
    expect(withdraw.statusCode).toBe(400);
    expect(withdraw.json().detail).toMatch(/declined consent, so notes cannot be kept/);
    expect((await org.admin.get(`${url}/interviews/${withNotes}`)).json().notes).toBe(interview.notes);
    const cleared = await org.admin.patch(`${url}/interviews/${withNotes}`, { consent: 'declined', notes: '' });
    expect(cleared.json()).toMatchObject({ consent: 'declined', notes: '' });
  });

  it('lets leaders read interviews, refuses staff, and only the strategy team and admins change them', async () => {
    const { org, url } = await withStrategy();
    const id = (await org.admin.post(`${url}/interviews`, interview)).json().id;
    const leader = await addMember(t.app, org, 'leader');
    const staff = await addMember(t.app, org, 'staff');
    const team = await addMember(t.app, org, 'strategy_team');
    const read = await leader.session.get(`${url}/interviews/${id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json().can).toEqual({ update: false, delete: false });
    expect((await leader.session.get(`${url}/interviews`)).json().can).toEqual({ create: false });
    expect((await leader.session.post(`${url}/interviews`, interview)).statusCode).toBe(403);
    expect((await leader.session.patch(`${url}/interviews/${id}`, { notes: 'mine' })).statusCode).toBe(403);
    expect((await leader.session.get(`${url}/interviews/options`)).statusCode).toBe(403);
    for (const path of [`${url}/interviews`, `${url}/interviews/${id}`, `/api/v1/strategies/${url.split('/').at(-1)}/interview-topics`]) {
      const refused = await staff.session.get(path);
      expect(refused.statusCode).toBe(403);
      expect(refused.json().detail).toBe('Only admins, the strategy team and senior leaders can see leader interviews. Ask an admin of Test Trust if you need to.');
    }
    expect((await team.session.patch(`${url}/interviews/${id}`, { notes: 'Edited by the team' })).json().notes).toBe('Edited by the team');
    expect((await team.session.delete(`${url}/interviews/${id}`)).statusCode).toBe(200);
  });

  it('finds an interview only under its own strategy', async () => {
    const first = await withStrategy();
    const second = await withStrategy(first.org);
    const id = (await first.org.admin.post(`${first.url}/interviews`, interview)).json().id;
    expect((await first.org.admin.get(`${second.url}/interviews/${id}`)).statusCode).toBe(404);
    expect((await first.org.admin.patch(`${second.url}/interviews/${id}`, { notes: 'x' })).statusCode).toBe(404);
    expect((await first.org.admin.delete(`${second.url}/interviews/${id}`)).statusCode).toBe(404);
    const other = await withStrategy();
    expect((await other.org.admin.get(`${other.url}/interviews/${id}`)).statusCode).toBe(404);
    expect((await other.org.admin.get(`${first.url}/interviews/${id}`)).statusCode).toBe(404);
  });

  it('stores and returns nasty free text verbatim', async () => {
    const { org, url } = await withStrategy();
    const nasty = {
      intervieweeRole: 'Director <script>alert(1)</script> of Finance 💷',
      intervieweeName: 'مدير المالية',
      notes: '<img src=x onerror=alert(1)>\n\n**bold** 👩🏽‍⚕️ עברית "quotes" \'single\' \\ back\\slash\n\t tabbed',
    };
    const created = await org.admin.post(`${url}/interviews`, { ...interview, ...nasty });
    expect(created.statusCode).toBe(201);
    const read = (await org.admin.get(`${url}/interviews/${created.json().id}`)).json();
    expect(read).toMatchObject(nasty);
    const item = await org.admin.post(`${url}/interviews/${read.id}/items`, { kind: 'priority', label: '<b>EPR</b> 🏥 سجل', detail: '<script>x</script>' });
    expect(item.json()).toMatchObject({ label: '<b>EPR</b> 🏥 سجل', detail: '<script>x</script>', topicLabel: '<b>EPR</b> 🏥 سجل' });
    const long = await org.admin.post(`${url}/interviews/${read.id}/items`, { kind: 'priority', label: 'é'.repeat(81) });
    expect(long.statusCode).toBe(400);
    expect(long.json().detail).toBe('A short label must be 80 characters or fewer');
    const tab = await org.admin.post(`${url}/interviews/${read.id}/items`, { kind: 'priority', label: 'a\tb' });
    expect(tab.json().detail).toBe('A short label must be on one line, without tabs');
    const nul = await org.admin.patch(`${url}/interviews/${read.id}`, { notes: 'a\u0000b' });
    expect(nul.statusCode).toBe(400);
  });

  it('refuses changes while the strategy is archived', async () => {
    const { org, url } = await withStrategy();
    const id = (await org.admin.post(`${url}/interviews`, interview)).json().id;
    await org.admin.post(`${url}/archive`);
    const refused = await org.admin.patch(`${url}/interviews/${id}`, { notes: 'late' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toMatch(/archived/);
    expect((await org.admin.get(`${url}/interviews/${id}`)).json().can).toEqual({ update: false, delete: false });
  });

  it('ticks "Senior leaders interviewed" at the third interview', async () => {
    const { org, url } = await withStrategy();
    const item = async () =>
      ((await org.admin.get(url)).json().checklist[0].items as { id: string; done: boolean }[]).find((i) => i.id === 'leaders-interviewed')!;
    expect((await item()).done).toBe(false);
    for (const role of ['Chief Executive', 'Medical Director']) await org.admin.post(`${url}/interviews`, { ...interview, intervieweeRole: role });
    expect((await item()).done).toBe(false);
    await org.admin.post(`${url}/interviews`, { ...interview, intervieweeRole: 'Chief Nurse' });
    expect((await item()).done).toBe(true);
  });
});
