import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/tables.js';
import { organisations } from '../organisations/index.js';
import { loadSurveyDefinition, surveys } from '../surveys/index.js';
import { addMember, signUpOrganisation, startTestApp, type Session, type SignedUpOrg, type TestApp } from '../../testing/harness.js';
import { newTestStrategy } from '../../testing/surveys.js';
import { partnershipCommitments } from './tables.js';

/** Drafting, refusals and publishing the partnership as a survey, on a real database over HTTP. */
let t: TestApp;
let org: SignedUpOrg;
let outsider: SignedUpOrg;
let leader: Session;
let staff: Session;
let strategyId: string;
let insightId: string;
let foreignInsightId: string;
const base = () => `/api/v1/strategies/${strategyId}/partnership`;
const get = async (session: Session = org.admin, query = '') => {
  const response = await session.get(`${base()}${query}`);
  expect(response.statusCode).toBe(200);
  return response.json();
};

beforeAll(async () => {
  t = await startTestApp();
  org = await signUpOrganisation(t.app, 'Partnership Trust');
  outsider = await signUpOrganisation(t.app, 'Elsewhere Trust');
  leader = (await addMember(t.app, org, 'leader')).session;
  staff = (await addMember(t.app, org, 'staff')).session;
  await t.ctx.db.update(organisations).set({ minGroupSize: 5 }).where(eq(organisations.id, org.organisationId));
  strategyId = await newTestStrategy(org);
  const other = await newTestStrategy(org);
  const insight = await org.admin.post(`/api/v1/strategies/${strategyId}/insights`, { statement: 'Logging in takes too long' });
  insightId = insight.json().id;
  foreignInsightId = (await org.admin.post(`/api/v1/strategies/${other}/insights`, { statement: 'Another strategy' })).json().id;
});
afterAll(() => t.close());

describe('who may do what', () => {
  it('refuses the anonymous (401), an outsider (404), staff (403), and lets leaders read but not change', async () => {
    const created = await org.admin.post(`${base()}/versions`);
    expect(created.statusCode).toBe(201);
    const versionId = created.json().id;
    const version = `/api/v1/partnership-versions/${versionId}`;
    expect((await t.app.inject({ method: 'GET', url: base() })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: `${version}/results` })).statusCode).toBe(401);
    expect((await outsider.admin.get(base())).statusCode).toBe(404);
    expect((await outsider.admin.post(`${version}/commitments`, { side: 'staff_can_expect', text: 'x' })).statusCode).toBe(404);
    expect((await outsider.admin.post(`${version}/publish`)).statusCode).toBe(404);
    expect((await staff.get(base())).statusCode).toBe(403);
    expect((await staff.post(`${version}/commitments`, { side: 'staff_can_expect', text: 'x' })).statusCode).toBe(403);
    const read = await get(leader);
    expect(read.current.id).toBe(versionId);
    expect(read.can).toEqual({ edit: false, startDraft: false });
    expect(read.current.can.edit).toBe(false);
    expect((await leader.post(`${version}/commitments`, { side: 'staff_can_expect', text: 'x' })).statusCode).toBe(403);
    expect((await leader.post(`${version}/publish`)).statusCode).toBe(403);
    expect((await leader.post(`${base()}/versions`)).statusCode).toBe(403);
    expect((await leader.post(`${version}/agree`, { reviewOn: '2027-04-30' })).statusCode).toBe(403);
  });
});

describe('drafting', () => {
  it('adds, edits, links, reorders and deletes commitments on a draft, each audited', async () => {
    const { current } = await get();
    const url = `/api/v1/partnership-versions/${current.id}/commitments`;
    const add = (side: string, text: string, insightIds: string[] = []) => org.admin.post(url, { side, text, insightIds });
    const first = await add('staff_can_expect', 'We will fix the things that waste your time first', [insightId]);
    expect(first.statusCode).toBe(201);
    const second = await add('staff_can_expect', 'We will tell you what we fixed');
    await add('we_ask_of_staff', 'Tell us when a system gets in the way of care');
    const refused = await add('staff_can_expect', 'Linked elsewhere', [foreignInsightId]);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().detail).toBe('One or more insights are not part of this strategy');
    const blank = await add('staff_can_expect', '   ');
    expect(blank.statusCode).toBe(400);
    expect(JSON.stringify(blank.json())).toContain('Enter the commitment');
    const long = await add('staff_can_expect', 'x'.repeat(501));
    expect(JSON.stringify(long.json())).toContain('The commitment must be 500 characters or fewer');
    const side = await org.admin.post(url, { side: 'both', text: 'Hello' });
    expect(JSON.stringify(side.json())).toContain('Side must be what staff can expect');

    expect((await org.admin.post(`${url}/${second.json().id}/move`, { direction: 'up' })).statusCode).toBe(200);
    expect((await org.admin.patch(`${url}/${first.json().id}`, { text: 'We will fix the things that waste your time first, and say so' })).statusCode).toBe(200);
    let read = (await get()).current;
    expect(read.commitments.staff_can_expect.map((c: { text: string }) => c.text)).toEqual([
      'We will tell you what we fixed',
      'We will fix the things that waste your time first, and say so',
    ]);
    const linked = read.commitments.staff_can_expect[1];
    expect(linked.insights).toEqual([{ id: insightId, statement: 'Logging in takes too long', strength: 'emerging' }]);

    // An introduction, and a commitment moved to the other side (at its end).
    expect((await org.admin.patch(`/api/v1/partnership-versions/${current.id}`, { intro: '  Why this matters here  ' })).statusCode).toBe(200);
    const moved = await add('staff_can_expect', 'Belongs on the other side');
    expect((await org.admin.patch(`${url}/${moved.json().id}`, { side: 'we_ask_of_staff' })).statusCode).toBe(200);
    read = (await get()).current;
    expect(read.intro).toBe('Why this matters here');
    expect(read.commitments.we_ask_of_staff.map((c: { text: string; position: number }) => [c.text, c.position])).toEqual([
      ['Tell us when a system gets in the way of care', 0],
      ['Belongs on the other side', 1],
    ]);
    expect((await org.admin.delete(`${url}/${moved.json().id}`)).statusCode).toBe(200);
    const doomed = await add('we_ask_of_staff', 'Delete me');
    expect((await org.admin.delete(`${url}/${doomed.json().id}`)).statusCode).toBe(200);
    read = (await get()).current;
    expect(read.commitments.we_ask_of_staff.map((c: { text: string }) => c.text)).toEqual(['Tell us when a system gets in the way of care']);
    const actions = await t.ctx.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.subjectId, current.id));
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(['partnership.draft_started', 'partnership.commitment_added', 'partnership.commitment_moved', 'partnership.commitment_updated', 'partnership.commitment_deleted']),
    );
    // One draft at a time.
    const again = await org.admin.post(`${base()}/versions`);
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toContain('is still a draft');
  });

  it('promotes a sticky note from a workshop board into the draft', async () => {
    const workshop = await org.admin.post(`/api/v1/strategies/${strategyId}/workshops`, { title: 'Partnership workshop', heldOn: '2026-11-20' });
    const note = await org.admin.post(`/api/v1/strategies/${strategyId}/workshops/${workshop.json().id}/notes`, {
      columnId: workshop.json().columns[0].id,
      text: 'Give an hour a quarter\nto test a change',
    });
    const promoted = await org.admin.post(`${base()}/commitments/from-note`, { noteId: note.json().id, side: 'we_ask_of_staff' });
    expect(promoted.statusCode).toBe(201);
    const { current } = await get();
    expect(current.commitments.we_ask_of_staff.map((c: { text: string }) => c.text)).toContain('Give an hour a quarter to test a change');
    const foreign = await outsider.admin.post(`/api/v1/strategies/${strategyId}/partnership/commitments/from-note`, { noteId: note.json().id, side: 'we_ask_of_staff' });
    expect(foreign.statusCode).toBe(404);
  });
});

describe('putting it to staff', () => {
  it('refuses a version with a side empty, and publishes the draft as an open, anonymous survey with the right questions', async () => {
    const lonely = await newTestStrategy(org);
    const draft = (await org.admin.post(`/api/v1/strategies/${lonely}/partnership/versions`)).json().id;
    await org.admin.post(`/api/v1/partnership-versions/${draft}/commitments`, { side: 'staff_can_expect', text: 'Only one side' });
    const refused = await org.admin.post(`/api/v1/partnership-versions/${draft}/publish`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toBe('Add at least one commitment to each side before putting it to staff');
    expect(await t.ctx.db.select().from(surveys).where(eq(surveys.strategyId, lonely))).toEqual([]);

    const { current } = await get();
    const published = await org.admin.post(`/api/v1/partnership-versions/${current.id}/publish`);
    expect(published.statusCode).toBe(200);
    const { surveyId, openLinkSlug } = published.json();
    const [survey] = await t.ctx.db.select().from(surveys).where(eq(surveys.id, surveyId));
    expect(survey).toMatchObject({ title: 'Our staff partnership — version 1', status: 'open', anonymous: true, openLinkSlug });
    expect(openLinkSlug).toMatch(/^[A-Za-z0-9_-]{12}$/);
    const definition = await loadSurveyDefinition(t.ctx.db, surveyId);
    const commitments = await t.ctx.db.select().from(partnershipCommitments).where(eq(partnershipCommitments.versionId, current.id));
    expect(definition.questions[0]).toMatchObject({ type: 'profile', dimension: 'staff_group' });
    expect(definition.questions.length).toBe(1 + 2 * commitments.length);
    for (const c of commitments) {
      const question = definition.questions.find((q) => q.id === c.questionId)!;
      expect(question).toMatchObject({ type: 'single_choice', title: c.text, required: true, options: [{ key: 'yes', label: 'Yes, this is right' }, { key: 'not_quite', label: 'Not quite' }] });
      expect(question.help).toBe(c.side === 'staff_can_expect' ? 'What staff can expect from the digital team' : 'What the digital team asks of staff');
      expect(definition.questions.find((q) => q.id === c.commentQuestionId)).toMatchObject({ type: 'long_text', title: 'What would make it right?', required: false, help: expect.stringMatching(/^About “.+”\.$/) });
    }
    const read = (await get()).current;
    expect(read).toMatchObject({ status: 'published', statusLabel: 'Put to staff', surveyId, openLink: `http://chorus.test/s/${openLinkSlug}` });
    expect(read.can).toEqual({ edit: false, publish: false, agree: true, setReview: true });
    const [audited] = await t.ctx.db.select().from(auditEvents).where(and(eq(auditEvents.subjectId, current.id), eq(auditEvents.action, 'partnership.published')));
    expect(audited).toBeDefined();

    const intro = await org.admin.patch(`/api/v1/partnership-versions/${current.id}`, { intro: 'New words' });
    expect(intro.statusCode).toBe(409);
    expect(intro.json().detail).toContain('its introduction cannot change');
    // Its words are now what staff were asked.
    const edit = await org.admin.post(`/api/v1/partnership-versions/${current.id}/commitments`, { side: 'staff_can_expect', text: 'Too late' });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().detail).toBe('Version 1 has been put to staff, so its commitments cannot change. Start a new draft to change them.');
    expect((await org.admin.post(`/api/v1/partnership-versions/${current.id}/publish`)).statusCode).toBe(409);
  });

  it('starts a new draft copying the latest version’s commitments and their insights', async () => {
    const before = (await get()).current;
    const next = await org.admin.post(`${base()}/versions`);
    expect(next.statusCode).toBe(201);
    const read = await get();
    expect(read.versions.map((v: { number: number; status: string }) => [v.number, v.status])).toEqual([[2, 'draft'], [1, 'published']]);
    const text = (v: typeof before) => Object.values(v.commitments).flat().map((c) => [(c as { side: string }).side, (c as { text: string }).text, (c as { insights: unknown[] }).insights]);
    expect(text(read.current)).toEqual(text(before));
    expect(read.current.commitments.staff_can_expect[0].id).not.toBe(before.commitments.staff_can_expect[0].id);
    // The published version is still as it was.
    const old = await get(org.admin, `?versionId=${before.id}`);
    expect(old.current.status).toBe('published');
  });
});

describe('agreeing', () => {
  it('needs a review date, agrees one version per strategy, and refuses a draft', async () => {
    const { versions } = await get();
    const [draft, first] = versions;
    const missing = await org.admin.post(`/api/v1/partnership-versions/${first.id}/agree`, {});
    expect(missing.statusCode).toBe(400);
    expect(JSON.stringify(missing.json())).toContain('Set a date to review the partnership');
    expect((await org.admin.post(`/api/v1/partnership-versions/${draft.id}/agree`, { reviewOn: '2027-04-30' })).statusCode).toBe(409);
    expect((await org.admin.post(`/api/v1/partnership-versions/${first.id}/agree`, { reviewOn: '2027-04-30' })).statusCode).toBe(200);
    const read = await get(org.admin, `?versionId=${first.id}`);
    expect(read.current).toMatchObject({ status: 'agreed', reviewOn: '2027-04-30', reviewOnLabel: '30 April 2027', agreedBy: 'Ada Admin' });

    // Version 2 published and agreed: version 1 is no longer the agreed one.
    await org.admin.post(`/api/v1/partnership-versions/${draft.id}/publish`);
    expect((await org.admin.post(`/api/v1/partnership-versions/${draft.id}/agree`, { reviewOn: '2027-10-01' })).statusCode).toBe(200);
    const after = await get();
    expect(after.versions.map((v: { number: number; status: string }) => [v.number, v.status])).toEqual([[2, 'agreed'], [1, 'published']]);
  });
});

