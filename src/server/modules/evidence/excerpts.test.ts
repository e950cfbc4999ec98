import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, signUpOrganisation, startTestApp, type SignedUpOrg, type TestApp } from '../../testing/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

// "Café 😀 staff" — the emoji is a surrogate pair at offsets 5–7.
const NOTES = 'We need one place to look. Café 😀 staff wait for logins every shift.';

async function interview(notes = NOTES, consent = 'notes', org?: SignedUpOrg) {
  const o = org ?? (await signUpOrganisation(t.app));
  const strategy = await o.admin.post(`/api/v1/orgs/${o.organisationId}/strategies`, { name: 'Plan', startYear: 2026, endYear: 2029 });
  const url = `/api/v1/strategies/${strategy.json().id}/interviews`;
  const created = await o.admin.post(url, { intervieweeRole: 'Medical Director', heldOn: '2026-01-15', consent, notes: consent === 'declined' ? '' : notes });
  expect(created.statusCode).toBe(201);
  return { org: o, interviewUrl: `${url}/${created.json().id}`, excerpts: `${url}/${created.json().id}/excerpts` };
}

describe('interview excerpts', () => {
  it('saves a passage with its own text and offsets, lists it, and deletes it', async () => {
    const { org, excerpts } = await interview();
    const start = NOTES.indexOf('one place');
    const saved = await org.admin.post(excerpts, { start: start - 1, end: start + 'one place to look'.length + 1 });
    expect(saved.statusCode).toBe(201);
    // The space before is trimmed, so the offsets point at exactly the stored words.
    expect(saved.json()).toMatchObject({ text: 'one place to look.', start, end: start + 18, sourceChanged: false, createdBy: 'Ada Admin' });
    const list = await org.admin.get(excerpts);
    expect(list.json()).toMatchObject({ excerpts: [{ id: saved.json().id, text: 'one place to look.' }], can: { create: true, delete: true } });
    expect((await org.admin.delete(`${excerpts}/${saved.json().id}`)).json()).toEqual({ ok: true });
    expect((await org.admin.get(excerpts)).json().excerpts).toEqual([]);
    const trail = JSON.stringify((await org.admin.get(`/api/v1/orgs/${org.organisationId}/audit?subjectType=interview`)).json());
    expect(trail).toContain('evidence.excerpt_created');
    expect(trail).toContain('evidence.excerpt_deleted');
    expect(trail).not.toContain('one place to look');
  });

  it('refuses bad ranges in plain words', async () => {
    const { org, excerpts } = await interview();
    const cases: [unknown, number, RegExp][] = [
      [{ start: 10, end: 10 }, 400, /ends before it starts/],
      [{ start: 12, end: 3 }, 400, /ends before it starts/],
      [{ start: 0, end: NOTES.length + 1 }, 400, /past the end of the notes/],
      [{ start: -1, end: 4 }, 400, /cannot start before/],
      [{ start: 1.5, end: 4 }, 400, /where the passage starts/],
      [{ start: 26, end: 27 }, 400, /only spaces/],
    ];
    for (const [body, status, message] of cases) {
      const response = await org.admin.post(excerpts, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(status);
      expect(JSON.stringify(response.json()), JSON.stringify(body)).toMatch(message);
    }
  });

  it('refuses a cut through the middle of an emoji and accepts one around it', async () => {
    const { org, excerpts } = await interview();
    const emoji = NOTES.indexOf('😀');
    expect(NOTES.charCodeAt(emoji + 1)).toBeGreaterThanOrEqual(0xdc00);
    const startInside = await org.admin.post(excerpts, { start: emoji + 1, end: emoji + 8 });
    expect(startInside.statusCode).toBe(400);
    expect(startInside.json().detail).toMatch(/middle of a character/);
    const endInside = await org.admin.post(excerpts, { start: emoji - 5, end: emoji + 1 });
    expect(endInside.statusCode).toBe(400);
    const whole = await org.admin.post(excerpts, { start: emoji - 5, end: emoji + 2 });
    expect(whole.statusCode).toBe(201);
    expect(whole.json().text).toBe('Café 😀');
  });

  it('keeps the passage when the notes are edited later, and says the notes changed', async () => {
    const { org, interviewUrl, excerpts } = await interview();
    const saved = await org.admin.post(excerpts, { start: 0, end: 26 });
    expect(saved.json()).toMatchObject({ text: 'We need one place to look.', sourceChanged: false });
    await org.admin.patch(interviewUrl, { notes: 'Rewritten after the interview.' });
    expect((await org.admin.get(excerpts)).json().excerpts).toMatchObject([{ text: 'We need one place to look.', sourceChanged: true }]);
  });

  it('refuses an interview without notes, and leaves excerpts to those who may change interviews', async () => {
    const declined = await interview('', 'declined');
    const refused = await declined.org.admin.post(declined.excerpts, { start: 0, end: 1 });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toMatch(/no notes/);
    const { org, excerpts } = await interview();
    const leader = (await addMember(t.app, org, 'leader')).session;
    const staff = (await addMember(t.app, org, 'staff')).session;
    expect((await leader.post(excerpts, { start: 0, end: 4 })).statusCode).toBe(403);
    expect((await leader.get(excerpts)).json().can).toEqual({ create: false, delete: false });
    expect((await staff.get(excerpts)).statusCode).toBe(403);
    const other = await signUpOrganisation(t.app, 'Other Trust');
    expect((await other.admin.post(excerpts, { start: 0, end: 4 })).statusCode).toBe(404);
  });
});
