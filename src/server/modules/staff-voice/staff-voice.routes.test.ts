import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SystemStaffVoice } from '../../../shared/contracts/staff-voice.js';
import { addMember, signUpOrganisation, startTestApp, type SignedUpOrg, type TestApp } from '../../testing/harness.js';
import { organisations } from '../organisations/index.js';
import { loadProfileChoices } from '../workforce/index.js';
import { addSystem, firstPage, hiddenFields, newStrategy, orgUrl, postForm, publishedSystemsSurvey, respond } from './testing-staff-voice.js';

let t: TestApp;
let org: SignedUpOrg;
let other: SignedUpOrg;
let strategyId: string;

beforeAll(async () => {
  t = await startTestApp();
  org = await signUpOrganisation(t.app, 'Voice Trust');
  other = await signUpOrganisation(t.app, 'Other Voice Trust');
  strategyId = await newStrategy(org);
  // The smallest threshold allowed keeps the number of real responses below small.
  // Reading the workforce adds the nine ESR staff groups, the staff group question's answers.
  expect((await org.admin.get(`/api/v1/orgs/${org.organisationId}/workforce`)).statusCode).toBe(200);
  await t.ctx.db.update(organisations).set({ minGroupSize: 5 }).where(eq(organisations.id, org.organisationId));
});
afterAll(() => t.close());

const voiceUrl = (o: SignedUpOrg, systemId: string) => orgUrl(o, `/systems/${systemId}/staff-voice`);

describe('building a systems question', () => {
  it('starts with the most-used live systems and accepts only systems of the register', async () => {
    const epr = await addSystem(org, { name: 'Builder EPR', userCount: 4000, functionalFit: 2, technicalFit: 3 });
    const pacs = await addSystem(org, { name: 'Builder PACS', userCount: 300 });
    const retired = await addSystem(org, { name: 'Builder Old Rota', userCount: 9000 });
    expect((await org.admin.post(orgUrl(org, `/systems/${retired.id}/retire`), {})).statusCode).toBeLessThan(300);
    const foreign = await addSystem(other, { name: 'Their EPR', userCount: 50 });

    const created = await org.admin.post(`/api/v1/strategies/${strategyId}/surveys`, { title: 'Tools survey' });
    expect(created.statusCode, created.body).toBe(201);
    const surveyId = created.json().id as string;
    const builder = (await org.admin.get(`/api/v1/surveys/${surveyId}`)).json();
    const added = await org.admin.post(`/api/v1/surveys/${surveyId}/questions`, { sectionId: builder.sections[0].id, type: 'systems' });
    expect(added.statusCode, added.body).toBe(201);
    const question = (added.json().questions as { id: string; type: string; options: { key: string; label: string }[] }[]).find((q) => q.type === 'systems')!;
    const keys = question.options.map((o) => o.key);
    // Live systems by number of users: the retired one (most users) is left out.
    expect(keys.indexOf(epr.id)).toBeLessThan(keys.indexOf(pacs.id));
    expect(keys).not.toContain(retired.id);

    const url = `/api/v1/surveys/${surveyId}/questions/${question.id}`;
    for (const systemIds of [[randomUUID()], [foreign.id], [retired.id]]) {
      const refused = await org.admin.patch(url, { systemIds });
      expect(refused.statusCode, refused.body).toBe(400);
      expect(refused.json().detail).toMatch(/not a live system in your register/);
    }
    expect((await org.admin.patch(url, { systemIds: [epr.id, epr.id] })).statusCode).toBe(400);

    const chosen = await org.admin.patch(url, { systemIds: [pacs.id, epr.id] });
    expect(chosen.statusCode, chosen.body).toBe(200);
    const after = (chosen.json().questions as { id: string; options: unknown[] }[]).find((q) => q.id === question.id)!;
    expect(after.options).toEqual([{ key: pacs.id, label: 'Builder PACS' }, { key: epr.id, label: 'Builder EPR' }]);

    // Renaming the system later does not change the survey: the name was copied.
    expect((await org.admin.patch(orgUrl(org, `/systems/${pacs.id}`), { name: 'Builder PACS v2' })).statusCode).toBe(200);
    const reread = (await org.admin.get(`/api/v1/surveys/${surveyId}`)).json();
    expect(reread.questions.find((q: { id: string }) => q.id === question.id).options[0].label).toBe('Builder PACS');
  });
});

describe('the Digital experience of staff template', () => {
  it('asks each organisation about its own most-used live systems', async () => {
    const created = await org.admin.post(`/api/v1/strategies/${strategyId}/surveys`, { title: 'Experience', template: 'digital_experience' });
    expect(created.statusCode, created.body).toBe(201);
    const builder = (await org.admin.get(`/api/v1/surveys/${created.json().id}`)).json();
    const question = builder.questions.find((q: { type: string }) => q.type === 'systems');
    expect(question.options.map((o: { label: string }) => o.label)).toContain('Builder EPR');

    const otherStrategy = await newStrategy(other);
    const blank = await other.admin.post(`/api/v1/strategies/${otherStrategy}/surveys`, { title: 'Experience', template: 'digital_experience' });
    const otherBuilder = (await other.admin.get(`/api/v1/surveys/${blank.json().id}`)).json();
    // The other organisation's register holds one system, so it is asked about; its own only.
    const otherQuestion = otherBuilder.questions.find((q: { type: string }) => q.type === 'systems');
    expect(otherQuestion.options.map((o: { label: string }) => o.label)).toEqual(['Their EPR']);
  });
});

describe('the respondent page of a systems question', () => {
  it('renders a use box and a 1–5 rating per system, and names contradictions', async () => {
    const a = await addSystem(org, { name: 'Page EPR <b>' });
    const b = await addSystem(org, { name: 'Page Rota' });
    const survey = await publishedSystemsSurvey(org, strategyId, [a.id, b.id]);
    const { slug } = survey;
    const page = await firstPage(t.app, slug);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Page EPR &lt;b&gt;');
    expect(page.body).not.toContain('Page EPR <b>');
    expect(page.body.match(/I use this/g)).toHaveLength(2);
    expect(page.body).toContain(`name="q_${survey.q.systems}_${b.id}" type="radio" value="5"`);
    expect(Buffer.byteLength(page.body)).toBeLessThan(150_000);

    const { staff_group: groups } = await loadProfileChoices(t.ctx.db, org.organisationId);
    const base = { ...hiddenFields(page.body, `/s/${slug}/page`), nav: 'continue', [`q_${survey.q.group}`]: groups[0]!.key };
    const ratedNotUsed = await postForm(t.app, `/s/${slug}/page`, { ...base, [`q_${survey.q.systems}_${a.id}`]: '4' });
    expect(ratedNotUsed.body).toContain('nhsuk-error-summary');
    expect(ratedNotUsed.body).toContain('did not tick “I use this”');
    // The contradictory rating is not ticked again, so it can be cleared without JavaScript.
    expect(ratedNotUsed.body).not.toMatch(new RegExp(`name="q_${survey.q.systems}_${a.id}" type="radio" value="4" checked`));

    const usedNotRated = await postForm(t.app, `/s/${slug}/page`, { ...base, [`q_${survey.q.systems}_${b.id}_use`]: 'yes' });
    expect(usedNotRated.body).toContain('Select how well Page Rota supports your work');

    const fine = await postForm(t.app, `/s/${slug}/page`, { ...base, [`q_${survey.q.systems}_${b.id}_use`]: 'yes', [`q_${survey.q.systems}_${b.id}`]: '2' });
    expect(fine.body).not.toContain('nhsuk-error-summary');
    expect(fine.body).toContain('Page Rota: 2 – Poorly');
  });
});

describe('staff voice on a system', () => {
  it('is refused to anonymous people, other organisations and staff', async () => {
    const system = await addSystem(org, { name: 'Refused EPR' });
    expect((await t.app.inject({ method: 'GET', url: voiceUrl(org, system.id) })).statusCode).toBe(401);
    expect((await other.admin.get(voiceUrl(org, system.id))).statusCode).toBe(404);
    expect((await other.admin.get(orgUrl(org, '/estate/disagreements'))).statusCode).toBe(404);
    // Another organisation's system through one's own organisation is simply not found.
    expect((await other.admin.get(voiceUrl(other, system.id))).statusCode).toBe(404);
    const staff = await addMember(t.app, org, 'staff');
    expect((await staff.session.get(voiceUrl(org, system.id))).statusCode).toBe(403);
    expect((await org.admin.get(orgUrl(org, '/systems/not-a-uuid/staff-voice'))).statusCode).toBe(404);
  });

  it('hides a staff group smaller than the minimum group size, so that it cannot be found by subtraction', async () => {
    const epr = await addSystem(org, { name: 'Voice EPR', functionalFit: 4, technicalFit: 4 });
    const rota = await addSystem(org, { name: 'Voice Rota', functionalFit: 1 });
    const survey = await publishedSystemsSurvey(org, strategyId, [epr.id, rota.id]);
    const { staff_group: groups } = await loadProfileChoices(t.ctx.db, org.organisationId);
    const [big, small, third] = [groups[0]!.key, groups[1]!.key, groups[2]!.key];
    // 12 people of one group rate the EPR 1 or 2 and the rota 4 or 5; 2 of another rate the EPR 1;
    // 6 of a third rate only the EPR, 2.
    for (let i = 0; i < 12; i += 1) await respond(t.app, survey, big, { [epr.id]: 1 + (i % 2), [rota.id]: 4 + (i % 2) });
    for (let i = 0; i < 2; i += 1) await respond(t.app, survey, small, { [epr.id]: 1 });
    for (let i = 0; i < 6; i += 1) await respond(t.app, survey, third, { [epr.id]: 2 });

    const response = await org.admin.get(voiceUrl(org, epr.id));
    expect(response.statusCode, response.body).toBe(200);
    const voice = response.json() as SystemStaffVoice;
    expect(voice.threshold).toBe(5);
    expect(voice.system).toMatchObject({ name: 'Voice EPR', functionalFit: 4 });
    const [result] = voice.surveys;
    expect(result!.surveyId).toBe(survey.surveyId);
    const smallGroup = result!.byStaffGroup.find((g) => g.staffGroupId === small)!;
    expect(smallGroup.rated).toEqual({ value: null, suppressed: true });
    expect(smallGroup.mean).toBeNull();
    expect(smallGroup.distribution.every((d) => d.count.suppressed || d.count.value === 0)).toBe(true);
    expect(JSON.stringify(smallGroup)).not.toMatch(/"value":2\b/);
    // Nothing shown lets anyone work out the small group: either the total is hidden, or what
    // the shown groups leave over is zero or spread over two or more hidden groups of at least k.
    // The total is shown (every level of it is at least k or zero), so subtraction is possible in principle.
    expect(result!.total.rated).toEqual({ value: 20, suppressed: false });
    {
      const shown = result!.byStaffGroup.filter((g) => !g.rated.suppressed).reduce((s, g) => s + g.rated.value!, 0);
      const leftOver = result!.total.rated.value! - shown;
      const hidden = result!.byStaffGroup.filter((g) => g.rated.suppressed);
      expect(leftOver === 0 || (hidden.length >= 2 && leftOver >= voice.threshold)).toBe(true);
    }
    for (const level of [1, 2, 3, 4, 5]) {
      const total = result!.total.distribution[level - 1]!.count;
      if (total.suppressed) continue;
      const shown = result!.byStaffGroup.map((g) => g.distribution[level - 1]!.count).filter((c) => !c.suppressed).reduce((s, c) => s + c.value!, 0);
      const hiddenCells = result!.byStaffGroup.filter((g) => g.distribution[level - 1]!.count.suppressed).length;
      const leftOver = total.value! - shown;
      expect(leftOver === 0 || (hiddenCells >= 2 && leftOver >= voice.threshold), `level ${level}`).toBe(true);
    }

    // The rota: 12 ratings of 4 and 5 in one group, all shown, against a functional fit of 1.
    const rotaVoice = (await org.admin.get(voiceUrl(org, rota.id))).json() as SystemStaffVoice;
    const rotaTotal = rotaVoice.surveys[0]!.total;
    expect(rotaTotal.rated).toEqual({ value: 12, suppressed: false });
    expect(rotaTotal.mean).toBe(4.5);
    expect(rotaVoice.surveys[0]!.disagreement).toMatchObject({ status: 'staff_higher', basis: 'functional', disagrees: true });

    const disagreements = await org.admin.get(orgUrl(org, '/estate/disagreements'));
    expect(disagreements.statusCode, disagreements.body).toBe(200);
    const listed = disagreements.json().systems as { systemId: string; staffMean: number; rated: number }[];
    expect(listed.find((s) => s.systemId === rota.id)).toMatchObject({ staffMean: 4.5, rated: 12 });
    // Once rated, a system cannot be taken out of the question (the surveys module's rule for answered options).
    const removed = await org.admin.patch(`/api/v1/surveys/${survey.surveyId}/questions/${survey.q.systems}`, { systemIds: [rota.id] });
    expect(removed.statusCode, removed.body).toBe(409);
    expect(removed.json().detail).toContain('Voice EPR');
    // The EPR: mean (8 × 1 + 12 × 2) / 20 from the whole organisation, far below a functional fit of 4.
    expect(listed.find((s) => s.systemId === epr.id)).toMatchObject({ staffMean: 1.6, rated: 20, disagreement: { status: 'staff_lower' } });
  });

  it('shows a system no survey asked about as having no staff voice yet', async () => {
    const lonely = await addSystem(org, { name: 'Lonely system' });
    const response = await org.admin.get(voiceUrl(org, lonely.id));
    expect(response.statusCode).toBe(200);
    expect(response.json().surveys).toEqual([]);
  });
});
