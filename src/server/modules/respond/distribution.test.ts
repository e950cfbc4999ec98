import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, outboxMessages } from '../../platform/tables.js';
import { addMember, signUpOrganisation, startTestApp, type SignedUpOrg, type TestApp } from '../../testing/harness.js';
import { surveyInvitations, surveys } from '../surveys/tables.js';
import { createTestSurvey, h1, invitationLinks, newTestStrategy } from '../../testing/surveys.js';

let t: TestApp;
let org: SignedUpOrg;
let strategyId: string;

beforeAll(async () => {
  t = await startTestApp();
  org = await signUpOrganisation(t.app, 'Distribution Trust');
  strategyId = await newTestStrategy(org);
});
afterAll(() => t.close());

const oneQuestion = { sections: [{ title: 'Your say', questions: [{ ref: 'say', type: 'short_text' as const, title: 'Anything?' }] }] };
const url = (surveyId: string, rest: string) => `/api/v1/surveys/${surveyId}/${rest}`;
const auditOf = (surveyId: string) => t.ctx.db.select().from(auditEvents).where(eq(auditEvents.subjectId, surveyId));

describe('distribution', () => {
  it('turns the open link on and off, with a random URL-safe slug and a QR code', async () => {
    const { surveyId } = await createTestSurvey(t.ctx.db, org, strategyId, oneQuestion);
    const before = await org.admin.get(url(surveyId, 'distribution'));
    expect(before.json()).toMatchObject({ openLink: null, accessCodeSet: false, delivery: 'outbox', can: { update: true } });
    expect((await org.admin.get(url(surveyId, 'distribution/qr.svg'))).statusCode).toBe(409);

    const on = await org.admin.put(url(surveyId, 'distribution/open-link'), { enabled: true });
    const { slug, url: link } = on.json().openLink;
    expect(slug).toMatch(/^[A-Za-z0-9_-]{12}$/);
    expect(link).toBe(`http://chorus.test/s/${slug}`);
    const again = await org.admin.put(url(surveyId, 'distribution/open-link'), { enabled: true });
    expect(again.json().openLink.slug).toBe(slug);

    const qr = await org.admin.get(url(surveyId, 'distribution/qr.svg'));
    expect(qr.headers['content-type']).toContain('image/svg+xml');
    expect(qr.body).toMatch(/^<svg[^>]*viewBox/);
    expect(qr.body).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);

    const poster = await org.admin.get(url(surveyId, 'distribution/poster'));
    expect(poster.headers['content-type']).toContain('text/html');
    expect(poster.body).toContain('Digital tools at work');
    expect(poster.body).toContain(`chorus.test/s/${slug}`);
    expect(poster.body).toContain('<svg');
    expect(poster.body).not.toMatch(/<script|style="/);

    const off = await org.admin.put(url(surveyId, 'distribution/open-link'), { enabled: false });
    expect(off.json().openLink).toBeNull();
    expect((await t.app.inject({ method: 'GET', url: `/s/${slug}` })).statusCode).toBe(404);
    const reopened = await org.admin.put(url(surveyId, 'distribution/open-link'), { enabled: true });
    expect(reopened.json().openLink.slug).not.toBe(slug);
    expect((await auditOf(surveyId)).map((a) => a.action)).toEqual(
      expect.arrayContaining(['survey.open_link_enabled', 'survey.open_link_disabled']),
    );
  });

  it('refuses to turn on the open link of a closed survey, and still turns it off', async () => {
    const { surveyId } = await createTestSurvey(t.ctx.db, org, strategyId, { ...oneQuestion, status: 'closed' });
    const on = await org.admin.put(url(surveyId, 'distribution/open-link'), { enabled: true });
    expect(on.statusCode).toBe(409);
    expect(on.json().detail).toBe('This survey has closed, so its open link cannot be turned on. Reopen the survey first if you need more answers.');
    expect((await org.admin.get(url(surveyId, 'distribution'))).json()).toMatchObject({ status: 'closed', openLink: null });
    expect((await auditOf(surveyId)).map((a) => a.action)).not.toContain('survey.open_link_enabled');

    const open = await createTestSurvey(t.ctx.db, org, strategyId, oneQuestion);
    expect((await org.admin.put(url(open.surveyId, 'distribution/open-link'), { enabled: true })).statusCode).toBe(200);
    await t.ctx.db.update(surveys).set({ status: 'closed' }).where(eq(surveys.id, open.surveyId));
    const off = await org.admin.put(url(open.surveyId, 'distribution/open-link'), { enabled: false });
    expect(off.json().openLink).toBeNull();
  });

  it('stores the access code hashed and never writes it to the audit trail', async () => {
    const { surveyId } = await createTestSurvey(t.ctx.db, org, strategyId, oneQuestion);
    const set = await org.admin.put(url(surveyId, 'distribution/access-code'), { code: 'Sunflower7' });
    expect(set.json().accessCodeSet).toBe(true);
    const [row] = await t.ctx.db.select().from(surveys).where(eq(surveys.id, surveyId));
    expect(row!.accessCodeHash).toMatch(/^scrypt\$/);
    expect(row!.accessCodeHash).not.toContain('unflower');
    expect(JSON.stringify(await auditOf(surveyId))).not.toMatch(/sunflower/i);
    expect((await org.admin.put(url(surveyId, 'distribution/access-code'), { code: 'ab' })).statusCode).toBe(400);
    const cleared = await org.admin.delete(url(surveyId, 'distribution/access-code'));
    expect(cleared.json().accessCodeSet).toBe(false);
  });

  it('imports a list all or nothing, naming each bad line, and ignores case when removing repeats', async () => {
    const { surveyId } = await createTestSurvey(t.ctx.db, org, strategyId, oneQuestion);
    const bad = await org.admin.post(url(surveyId, 'invitations/import'), { text: 'Name,Email\nAmy,amy@example.nhs.uk\nBen,not-an-email\n\nCara,cara@@example\n' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual(['line 3', 'line 5']);
    expect(bad.json().detail).toContain('Nothing was added');
    expect((await org.admin.get(url(surveyId, 'distribution'))).json().counts.invitations).toBe(0);

    const good = await org.admin.post(url(surveyId, 'invitations/import'), { text: 'Email\r\nAmy@Example.nhs.uk\r\n"Ben Jones",ben@example.nhs.uk\r\namy@example.NHS.uk\r\n' });
    expect(good.json()).toMatchObject({ added: 2, duplicates: 1, counts: { invitations: 2, unsent: 2, sent: 0 } });
    const more = await org.admin.post(url(surveyId, 'invitations/import'), { text: 'BEN@example.nhs.uk\ncara@example.nhs.uk' });
    expect(more.json()).toMatchObject({ added: 1, duplicates: 1, counts: { invitations: 3 } });
  });

  it('sends single-use links by email, keeping only their hashes, and never sends one twice', async () => {
    const { surveyId } = await createTestSurvey(t.ctx.db, org, strategyId, oneQuestion);
    await org.admin.post(url(surveyId, 'invitations/import'), { text: 'dee@example.nhs.uk\neve@example.nhs.uk' });
    const sent = await org.admin.post(url(surveyId, 'invitations/send'));
    expect(sent.json()).toMatchObject({ sent: 2, counts: { sent: 2, unsent: 0, notYet: 2, responded: 0 } });
    const links = await invitationLinks(org);
    const token = links.get('dee@example.nhs.uk')!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rows = await t.ctx.db.select().from(surveyInvitations).where(eq(surveyInvitations.surveyId, surveyId));
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(JSON.stringify(await auditOf(surveyId))).not.toContain(token);
    expect(h1((await t.app.inject({ method: 'GET', url: `/r/${token}` })).body)).toBe('Digital tools at work');
    expect((await org.admin.post(url(surveyId, 'invitations/send'))).statusCode).toBe(409);
    expect((await auditOf(surveyId)).map((a) => a.action)).toEqual(expect.arrayContaining(['survey.invitations_imported', 'survey.invitations_sent']));
  });

  it('refuses to send for a draft or closed survey', async () => {
    for (const status of ['draft', 'closed'] as const) {
      const { surveyId } = await createTestSurvey(t.ctx.db, org, strategyId, { ...oneQuestion, status });
      if (status === 'draft') await org.admin.post(url(surveyId, 'invitations/import'), { text: 'fay@example.nhs.uk' });
      const refused = await org.admin.post(url(surveyId, 'invitations/send'));
      expect(refused.statusCode).toBe(409);
      expect(refused.json().detail).toMatch(status === 'draft' ? /Publish the survey/ : /closed/);
    }
    const [held] = await t.ctx.db.select().from(outboxMessages).where(eq(outboxMessages.to, 'fay@example.nhs.uk'));
    expect(held).toBeUndefined();
  });

  it('lets only admins and the strategy team distribute', async () => {
    const { surveyId } = await createTestSurvey(t.ctx.db, org, strategyId, oneQuestion);
    const team = await addMember(t.app, org, 'strategy_team');
    expect((await team.session.put(url(surveyId, 'distribution/open-link'), { enabled: true })).statusCode).toBe(200);
    for (const role of ['leader', 'staff'] as const) {
      const member = await addMember(t.app, org, role);
      expect((await member.session.get(url(surveyId, 'distribution'))).statusCode).toBe(403);
      expect((await member.session.post(url(surveyId, 'invitations/send'))).statusCode).toBe(403);
    }
    const outsider = await signUpOrganisation(t.app, 'Elsewhere');
    expect((await outsider.admin.get(url(surveyId, 'distribution'))).statusCode).toBe(404);
  });
});
