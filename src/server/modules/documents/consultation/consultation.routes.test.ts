import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsultationPage } from '../../../../shared/contracts/consultation.js';
import { auditEvents } from '../../../platform/tables.js';
import { startTestApp, type TestApp } from '../../../testing/harness.js';
import { surveys } from '../../surveys/index.js';
import { daysFromToday, MARKUP_COMMENT, PLANTED_EMAIL, PLANTED_NHS, seedConsultation, type Seeded } from './testing-consultation.js';

let t: TestApp;
let s: Seeded;
let url: string;
const page = async (): Promise<ConsultationPage> => (await s.team.get(url)).json();

beforeAll(async () => {
  t = await startTestApp();
  s = await seedConsultation(t);
  url = `/api/v1/document-versions/${s.versionId}/consultation`;
}, 180_000);
afterAll(() => t.close());

describe('opening a consultation', () => {
  it('made a survey with a page per section, open at its link until the end of the closing day', async () => {
    const builder = (await s.org.admin.get(`/api/v1/surveys/${s.surveyId}`)).json();
    const survey = builder.survey;
    expect(survey.title).toMatch(/^Have your say: .+, version 1$/);
    expect(survey.status).toBe('open');
    expect(survey.anonymous).toBe(true);
    expect(survey.intro).toContain(`/c/${s.token}`);
    expect(s.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const sectionTitles = (builder.sections as { title: string }[]).map((x) => x.title);
    expect(sectionTitles).toEqual(['About you', ...s.sections.map((x) => x.title)]);
    expect(s.sections.length).toBeGreaterThan(2);
  });

  it('refuses a closing date that is not after today, more than a year away, or not a date, saying which', async () => {
    const other = (await s.org.admin.post(`/api/v1/strategies/${s.strategyId}/document/versions`, { changeNote: 'Second' })).json().id;
    const at = `/api/v1/document-versions/${other}/consultation`;
    const today = await s.team.post(at, { closesOn: daysFromToday(0) });
    expect(today.statusCode).toBe(400);
    expect(today.json().errors).toEqual([{ field: 'closesOn', message: 'The closing date must be after today' }]);
    const far = await s.team.post(at, { closesOn: daysFromToday(400) });
    expect(far.statusCode).toBe(400);
    expect(far.json().errors[0].message).toMatch(/^The closing date must be on or before \d{1,2} \w+ \d{4}$/);
    const nonsense = await s.team.post(at, { closesOn: '2027-02-30' });
    expect(nonsense.statusCode).toBe(400);
    expect(JSON.stringify(nonsense.json())).toContain('The closing date must be a real date, like 2027-03-31');
    const empty = await s.team.post(at, {});
    expect(JSON.stringify(empty.json())).toContain('Enter the closing date');
    // Nothing was left behind by the refusals: the version can still be opened, once.
    expect((await s.team.post(at, { closesOn: daysFromToday(10), anonymous: false })).statusCode).toBe(201);
    const again = await s.team.post(at, { closesOn: daysFromToday(10) });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toContain('already has a consultation');
  });
});

describe('the team view', () => {
  it('counts support per section through the suppression function, hiding the small groups', async () => {
    const view = await page();
    const c = view.consultation!;
    expect(c.status).toBe('open');
    expect(c.respondents).toEqual({ value: 20, suppressed: false });
    const first = c.sections[0]!;
    expect(first.support.yes.count).toEqual({ value: 14, suppressed: false });
    // 4 partly and 2 no: each below 5, together 6, so both hidden and the 14 still shown.
    expect(first.support.partly.count.suppressed).toBe(true);
    expect(first.support.no.count.suppressed).toBe(true);
    const doctors = first.byStaffGroup.find((g) => g.label === 'Doctors')!;
    expect(doctors.respondents.suppressed).toBe(true);
    expect([doctors.yes, doctors.partly, doctors.no].every((f) => f.count.suppressed)).toBe(true);
    expect(first.byStaffGroup.find((g) => g.label === 'Nursing')!.respondents).toEqual({ value: 12, suppressed: false });
    // No figure anywhere is a group of 1 to 4 people.
    const shown = JSON.stringify(c).match(/"value":(\d+),"suppressed":false/g)!.map((m) => Number(/\d+/.exec(m)![0]));
    for (const n of shown) expect(n === 0 || n >= 5, `count ${n}`).toBe(true);
    expect(view.can).toEqual({ open: false, respond: true, close: true });
  });

  it('shows each comment under its section, masked by the evidence library', async () => {
    const c = (await page()).consultation!;
    const [planted] = c.sections[0]!.comments;
    expect(planted!.text).toContain('[email]');
    expect(planted!.text).toContain('[NHS number]');
    const body = JSON.stringify(c);
    expect(body).not.toContain(PLANTED_EMAIL);
    expect(body).not.toContain(PLANTED_NHS);
    expect(c.sections[1]!.comments.map((x) => x.text)).toEqual([MARKUP_COMMENT]);
  });

  it('leaders read it but cannot open, reply or close', async () => {
    const view: ConsultationPage = (await s.leader.get(url)).json();
    expect(view.can).toEqual({ open: false, respond: false, close: false });
  });
});

describe('replies and handling', () => {
  it('checks what is entered and says what is wrong', async () => {
    const id = (await page()).consultation!.sections[0]!.comments[0]!.id;
    const empty = await s.team.post(`${url}/comments/${id}/reply`, { reply: '   ' });
    expect(empty.statusCode).toBe(400);
    expect(JSON.stringify(empty.json())).toContain('Enter your reply');
    const noReason = await s.team.post(`${url}/comments/${id}/handling`, { handling: 'not_changed', reason: '' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors).toEqual([{ field: 'reason', message: 'Enter the reason the text did not change' }]);
    const nonsense = await s.team.post(`${url}/comments/${id}/handling`, { handling: 'maybe' });
    expect(JSON.stringify(nonsense.json())).toContain('Choose whether you changed the text');
    // An id that is not one of this consultation's comments.
    const stranger = await s.team.post(`${url}/comments/${s.versionId}/reply`, { reply: 'Hello' });
    expect(stranger.statusCode).toBe(404);
  });

  it('records a public reply and what was done, audited, and shows both', async () => {
    const [comment] = (await page()).consultation!.sections[1]!.comments;
    expect((await s.team.post(`${url}/comments/${comment!.id}/reply`, { reply: 'Thank you: we <b>added</b> owners & dates.' })).statusCode).toBe(200);
    expect((await s.team.post(`${url}/comments/${comment!.id}/handling`, { handling: 'changed' })).statusCode).toBe(200);
    const other = (await page()).consultation!.sections[0]!.comments[0]!;
    expect((await s.team.post(`${url}/comments/${other.id}/handling`, { handling: 'not_changed', reason: 'The discharge steps are set nationally.' })).statusCode).toBe(200);
    const after = (await page()).consultation!;
    expect(after.sections[1]!.comments[0]).toMatchObject({ reply: 'Thank you: we <b>added</b> owners & dates.', handling: 'changed', reason: '' });
    expect(after.sections[0]!.comments[0]).toMatchObject({ reply: null, handling: 'not_changed', reason: 'The discharge steps are set nationally.' });
    const audited = await t.ctx.db.select().from(auditEvents).where(and(eq(auditEvents.organisationId, s.org.organisationId), eq(auditEvents.subjectType, 'consultation')));
    expect(audited.map((a) => a.action).sort()).toEqual(
      ['consultation.comment_handled', 'consultation.comment_handled', 'consultation.comment_replied', 'consultation.opened', 'consultation.opened'].sort(),
    );
  });
});

describe('the reading pages', () => {
  it('serve the draft with the consultation notice, never indexed, under the strict page policy', async () => {
    const contents = await t.app.inject({ method: 'GET', url: `/c/${s.token}` });
    expect(contents.statusCode).toBe(200);
    expect(contents.headers['x-robots-tag']).toBe('noindex');
    expect(contents.headers['content-security-policy']).toContain("default-src 'none'");
    expect(contents.body).toMatch(/This is a draft for consultation \(version 1\)\. Have your say by \d{1,2} \w+ \d{4}\./);
    expect(contents.body).toContain(`href="/s/${s.slug}"`);
    expect(contents.body).not.toContain('<script');
  });

  it('show the team’s replies under their section as text, and the masked comment', async () => {
    const second = await t.app.inject({ method: 'GET', url: `/c/${s.token}/${s.sections[1]!.sectionKey}` });
    expect(second.statusCode).toBe(200);
    expect(second.body).toContain('You said');
    expect(second.body).toContain('The roadmap &lt;script&gt;alert(1)&lt;/script&gt; needs dates &amp; owners');
    expect(second.body).toContain('Thank you: we &lt;b&gt;added&lt;/b&gt; owners &amp; dates.');
    expect(second.body).not.toContain('<script>');
    const first = await t.app.inject({ method: 'GET', url: `/c/${s.token}/${s.sections[0]!.sectionKey}` });
    // Handled but not replied to: nothing of it is public.
    expect(first.body).not.toContain('You said');
    expect(first.body).not.toContain(PLANTED_EMAIL);
  });

  it('are not found for a wrong token or section', async () => {
    for (const path of [`/c/${'A'.repeat(43)}`, '/c/short', `/c/${s.token}/no-such-section`, `/c/${s.token}/<b>`]) {
      const response = await t.app.inject({ method: 'GET', url: path });
      expect(response.statusCode, path).toBe(404);
      expect(response.body).toContain('Page not found');
    }
  });
});

describe('closing', () => {
  it('closes early: the survey stops, the pages say so and stay readable; only once; leaders cannot', async () => {
    expect((await s.leader.post(`${url}/close`)).statusCode).toBe(403);
    expect((await s.team.post(`${url}/close`)).statusCode).toBe(200);
    expect((await page()).consultation!.status).toBe('closed');
    const [survey] = await t.ctx.db.select().from(surveys).where(eq(surveys.id, s.surveyId));
    expect(survey!.status).toBe('closed');
    const contents = await t.app.inject({ method: 'GET', url: `/c/${s.token}` });
    expect(contents.statusCode).toBe(200);
    expect(contents.body).toMatch(/The consultation closed on \d{1,2} \w+ \d{4}: you can still read the draft\./);
    expect(contents.body).not.toContain(`/s/${s.slug}`);
    const again = await s.team.post(`${url}/close`);
    expect(again.statusCode).toBe(409);
  });
});

describe('who may', () => {
  it('refuses staff and another organisation on every route', async () => {
    const id = (await page()).consultation!.sections[0]!.comments[0]!.id;
    const routes: [string, string, unknown?][] = [
      ['GET', url],
      ['POST', url, { closesOn: daysFromToday(5) }],
      ['POST', `${url}/close`],
      ['POST', `${url}/comments/${id}/reply`, { reply: 'x' }],
      ['POST', `${url}/comments/${id}/handling`, { handling: 'changed' }],
      ['GET', `${url}/report.docx`],
    ];
    for (const [method, path, body] of routes) {
      const asStaff = await s.staff.request(method as 'GET', path, body);
      expect(asStaff.statusCode, `staff ${method} ${path}`).toBe(403);
      const asOutsider = await s.outsider.admin.request(method as 'GET', path, body);
      expect(asOutsider.statusCode, `outsider ${method} ${path}`).toBe(404);
    }
  });
});
