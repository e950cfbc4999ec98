import { and, eq, inArray, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxMessages } from '../../../platform/tables.js';
import { signUpOrganisation, startTestApp, type SignedUpOrg, type TestApp } from '../../../testing/harness.js';
import { sendDueSignOffReminders } from './reminders.js';
import { signOffApprovers } from './tables.js';
import { signOffFixture, signOffUrl, type SignOffFixture } from './testing.js';

/** Who may reach the sign-off routes, and the reminders approvers get while they have not decided. */
let t: TestApp;
let f: SignOffFixture;
let outsider: SignedUpOrg;

beforeAll(async () => {
  t = await startTestApp();
  f = await signOffFixture(t, 'Access Trust');
  outsider = await signUpOrganisation(t.app, 'Outsider Trust');
});
afterAll(() => t.close());

const routes = (versionId: string) => [
  ['GET', signOffUrl(versionId), undefined],
  ['POST', signOffUrl(versionId), { approverIds: [f.leaders[0]!.id] }],
  ['POST', signOffUrl(versionId, '/decision'), { decision: 'approved' }],
  ['POST', signOffUrl(versionId, '/withdraw'), {}],
  ['POST', signOffUrl(versionId, '/verify'), { fileBase64: 'eA==' }],
  ['PATCH', `/api/v1/document-versions/${versionId}`, { changeNote: 'x' }],
  ['DELETE', `/api/v1/document-versions/${versionId}`, undefined],
] as const;

describe('sign-off access', () => {
  it('refuses staff (403, saying who may) and another organisation (404) on every sign-off route', async () => {
    for (const [method, url, body] of routes(f.versionId)) {
      const asStaff = await f.staff.request(method, url, body);
      expect(asStaff.statusCode, `${method} ${url}`).toBe(403);
      expect(asStaff.json().detail).toMatch(/^Only .+ can /);
      expect((await outsider.admin.request(method, url, body)).statusCode, `${method} ${url}`).toBe(404);
    }
    expect((await f.staff.get(signOffUrl(f.versionId))).json().detail).toBe(
      'Only admins, the strategy team and senior leaders can see the sign-off of strategy document versions. Ask an admin of Access Trust if you need to.',
    );
  });
});

const sentTo = async (emails: string[]) =>
  (await t.ctx.db.select().from(outboxMessages).where(and(inArray(outboxMessages.to, emails), like(outboxMessages.subject, 'Reminder:%')))).map((m) => m.to).sort();

describe('sign-off reminders', () => {
  it('reminds each undecided approver once, not again within three days, and never one who has decided', async () => {
    const [a, b, c] = f.leaders;
    const emails = [a!.email, b!.email, c!.email];
    expect((await f.team.post(signOffUrl(f.versionId), { approverIds: [a!.id, b!.id, c!.id] })).statusCode).toBe(201);
    expect((await c!.session.post(signOffUrl(f.versionId, '/decision'), { decision: 'approved' })).statusCode).toBe(200);
    // The first email went at submission; reminders count three days from it.
    const submittedAt = (await t.ctx.db.select().from(signOffApprovers).where(eq(signOffApprovers.userId, a!.id)))[0]!.lastRemindedAt!;
    const day = 24 * 60 * 60 * 1000;
    const at = (days: number) => new Date(submittedAt.getTime() + days * day);

    await sendDueSignOffReminders(t.ctx, at(2.9));
    expect(await sentTo(emails)).toEqual([]);
    await sendDueSignOffReminders(t.ctx, at(3.1));
    expect(await sentTo(emails)).toEqual([a!.email, b!.email].sort());
    const [reminder] = await t.ctx.db.select().from(outboxMessages).where(and(eq(outboxMessages.to, a!.email), like(outboxMessages.subject, 'Reminder:%')));
    expect(reminder!.subject).toBe('Reminder: please sign off version 1 of Digital strategy 2026 to 2029');
    expect(reminder!.text).toContain(`/document-versions/${f.versionId}`);
    await sendDueSignOffReminders(t.ctx, at(3.2));
    await sendDueSignOffReminders(t.ctx, at(6.0));
    expect(await sentTo(emails)).toHaveLength(2);

    expect((await a!.session.post(signOffUrl(f.versionId, '/decision'), { decision: 'approved' })).statusCode).toBe(200);
    await sendDueSignOffReminders(t.ctx, at(6.2));
    expect(await sentTo(emails)).toEqual([a!.email, b!.email, b!.email].sort());
  });

  it('sends nothing once the round is closed', async () => {
    expect((await f.team.post(signOffUrl(f.versionId, '/withdraw'))).statusCode).toBe(200);
    const emails = f.leaders.map((l) => l.email);
    const before = await sentTo(emails);
    await sendDueSignOffReminders(t.ctx, new Date(Date.now() + 60 * 24 * 60 * 60 * 1000));
    expect(await sentTo(emails)).toEqual(before);
  });
});
