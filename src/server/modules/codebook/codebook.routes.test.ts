import { and, eq, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answers, SurveyDefinition } from '../../../shared/contracts/survey-definition.js';
import { auditEvents } from '../../platform/tables.js';
import { strategies } from '../strategies/index.js';
import { loadSurveyDefinition, surveyQuestions, surveySections, surveys } from '../surveys/index.js';
import { orgUnits, staffGroups } from '../workforce/index.js';
import { addMember, signUpOrganisation, startTestApp, type SignedUpOrg, type TestApp } from '../../testing/harness.js';
import { contrast, contrastOnPage, darkerShade, PALETTE, textColourFor } from './colour.js';
import { storeResponse } from '../../testing/responses.js';

/**
 * The codebook on a real database: a survey answered by 12 nurses, 10 doctors and 3 admin staff
 * (below the threshold of 10), tagged one by one, in bulk, merged, deleted and restored.
 */
let t: TestApp;
let org: SignedUpOrg;
let other: SignedUpOrg;
let strategyId: string;
const ids: Record<string, string> = {};
const q = { group: randomUUID(), division: randomUUID(), comment: randomUUID() };
const tagsUrl = () => `/api/v1/strategies/${strategyId}/tags`;
const create = (body: object) => org.admin.post(tagsUrl(), body);
const tagOf = async (id: string) => (await org.admin.get(`/api/v1/tags/${id}`)).json();
const evidenceIds = async (query: string) => {
  const rows = await t.ctx.db.execute(sql`select id from evidence_items where strategy_id = ${strategyId} and text like ${query} order by id`);
  return (rows as unknown as { rows: { id: string }[] }).rows.map((r) => r.id);
};

beforeAll(async () => {
  t = await startTestApp();
  org = await signUpOrganisation(t.app, 'Codebook Trust');
  other = await signUpOrganisation(t.app, 'Other Trust');
  const organisationId = org.organisationId;
  let surveyId = '';
  await t.ctx.db.transaction(async (tx) => {
    const groups = await tx.insert(staffGroups).values(['Nursing', 'Medical', 'Admin'].map((name, position) => ({ organisationId, name, position }))).returning();
    const divisions = await tx.insert(orgUnits).values([{ organisationId, kind: 'division' as const, name: 'Surgery' }]).returning();
    for (const row of [...groups, ...divisions]) ids[row.name] = row.id;
    const [strategy] = await tx.insert(strategies).values({ organisationId, name: 'Plan', startYear: 2026, endYear: 2029 }).returning();
    strategyId = strategy!.id;
    const [survey] = await tx.insert(surveys).values({ organisationId, strategyId, title: 'Digital experience', status: 'open' }).returning();
    surveyId = survey!.id;
    const [section] = await tx.insert(surveySections).values({ surveyId, position: 0, title: 'All' }).returning();
    const base = { surveyId, sectionId: section!.id };
    await tx.insert(surveyQuestions).values([
      { ...base, id: q.group, position: 0, type: 'profile', dimension: 'staff_group', title: 'Staff group' },
      { ...base, id: q.division, position: 1, type: 'profile', dimension: 'division', title: 'Division' },
      { ...base, id: q.comment, position: 2, type: 'long_text', title: 'What gets in the way?' },
    ]);
  });
  const definition: SurveyDefinition = await loadSurveyDefinition(t.ctx.db, surveyId);
  for (const [group, n, words] of [['Nursing', 12, 'The rota system crashes'], ['Medical', 10, 'Too many passwords'], ['Admin', 3, 'Printer queues block letters']] as const) {
    for (let i = 0; i < n; i += 1) {
      const answers: Answers = { [q.group]: ids[group], [q.division]: ids.Surgery, [q.comment]: `${words} ${i}` };
      await storeResponse(t.ctx.db, { id: surveyId, organisationId }, definition, answers);
    }
  }
});
afterAll(() => t.close());

describe('tag colours', () => {
  it('picks the text colour with the better contrast, which always reaches AA', () => {
    expect(textColourFor('#005eb8')).toMatchObject({ textColour: '#ffffff' });
    expect(textColourFor('#ffb81c')).toMatchObject({ textColour: '#000000' });
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    // The worst case sits where white and black contrast equally, still above 4.5:1.
    for (const grey of ['#757575', '#767676', '#777777']) expect(textColourFor(grey).ratio).toBeGreaterThanOrEqual(4.5);
  });

  it('suggests a darker shade of a pale colour that reaches 3:1 on white, and every default colour does', () => {
    for (const pale of ['#ffb81c', '#41b6e6', '#ffffff', '#ed8b00', '#a3d9f5']) {
      const shade = darkerShade(pale);
      expect(contrastOnPage(pale)).toBeLessThan(3);
      expect(contrastOnPage(shade)).toBeGreaterThanOrEqual(3);
      // Only just darker: one step lighter would fail again, so the hue stays recognisable.
      expect(contrastOnPage(shade)).toBeLessThan(3.2);
    }
    for (const colour of PALETTE) expect(contrastOnPage(colour)).toBeGreaterThanOrEqual(3);
  });
});

describe('codebook', () => {
  it('creates tags with an accessible default colour and refuses bad input with plain messages', async () => {
    const access = await create({ name: 'Access' });
    expect(access.statusCode).toBe(201);
    expect(access.json()).toMatchObject({ name: 'Access', colour: '#005eb8', textColour: '#ffffff', count: 0, parentId: null });
    expect((await create({ name: 'Login' })).json().colour).toBe('#007f3b');
    const duplicate = await create({ name: '  aCCess ' });
    expect(duplicate.statusCode).toBe(400);
    expect(duplicate.json().detail).toContain('already a tag called "Access"');
    const badColour = await create({ name: 'Bad', colour: 'blue' });
    expect(badColour.statusCode).toBe(400);
    expect(JSON.stringify(badColour.json())).toContain('six hex digits');
    // NHS warm yellow is readable with black text but cannot be seen as a swatch on the white page.
    const pale = await create({ name: 'Passwords', colour: '#FFB81C' });
    expect(pale.statusCode).toBe(400);
    expect(pale.json().detail).toMatch(/#ffb81c is too pale to see on the white page: its contrast with white is 1\.7 to 1.*such as #[0-9a-f]{6}\./);
    expect(pale.json().errors).toEqual([{ field: 'colour', message: expect.stringMatching(/^Choose a darker colour, such as #/) }]);
    const child = await create({ name: 'Passwords', parentId: access.json().id, colour: '#00A499' });
    expect(child.json()).toMatchObject({ parentId: access.json().id, colour: '#00a499', textColour: '#000000' });
    const paler = await org.admin.patch(`/api/v1/tags/${child.json().id}`, { colour: '#41b6e6' });
    expect(paler.statusCode).toBe(400);
    expect(paler.json().detail).toContain('too pale');
    const third = await create({ name: 'Single sign-on', parentId: child.json().id });
    expect(third.statusCode).toBe(400);
    expect(third.json().detail).toContain('two levels only');
    const self = await org.admin.patch(`/api/v1/tags/${access.json().id}`, { parentId: access.json().id });
    expect(self.json().detail).toContain('cannot be its own parent');
    const login = (await org.admin.get(tagsUrl())).json().tags.find((x: { name: string }) => x.name === 'Login');
    const parentOfParent = await org.admin.patch(`/api/v1/tags/${access.json().id}`, { parentId: login.id });
    expect(parentOfParent.statusCode).toBe(400);
    expect(parentOfParent.json().detail).toContain('has tags under it');
    const renamed = await org.admin.patch(`/api/v1/tags/${login.id}`, { name: 'Logging in', description: 'Getting into systems' });
    expect(renamed.json()).toMatchObject({ name: 'Logging in', description: 'Getting into systems' });
  });

  it('lets the strategy team change tags, and refuses leaders, staff and other organisations', async () => {
    const team = await addMember(t.app, org, 'strategy_team');
    expect((await team.session.post(tagsUrl(), { name: 'Team tag' })).statusCode).toBe(201);
    for (const role of ['leader', 'staff'] as const) {
      const member = await addMember(t.app, org, role);
      expect((await member.session.get(tagsUrl())).statusCode).toBe(403);
      expect((await member.session.post(tagsUrl(), { name: `By ${role}` })).statusCode).toBe(403);
    }
    const tag = (await org.admin.get(tagsUrl())).json().tags[0];
    expect([403, 404]).toContain((await other.admin.get(tagsUrl())).statusCode);
    expect([403, 404]).toContain((await other.admin.patch(`/api/v1/tags/${tag.id}`, { name: 'Mine' })).statusCode);
    expect([403, 404]).toContain((await other.admin.delete(`/api/v1/tags/${tag.id}`)).statusCode);
  });

  it('applies and removes a tag on one item, showing who applied it and when', async () => {
    const tag = (await create({ name: 'Rota' })).json();
    const [item] = await evidenceIds('The rota%');
    const on = await org.admin.post(`/api/v1/evidence/${item}/tags`, { tagId: tag.id });
    expect(on.statusCode).toBe(200);
    expect(on.json().tags).toEqual([expect.objectContaining({ tagId: tag.id, name: 'Rota', appliedBy: expect.any(String), appliedAt: expect.any(String) })]);
    expect((await org.admin.post(`/api/v1/evidence/${item}/tags`, { tagId: tag.id })).json().tags).toHaveLength(1);
    expect((await tagOf(tag.id)).count).toBe(1);
    const off = await org.admin.delete(`/api/v1/evidence/${item}/tags/${tag.id}`);
    expect(off.json().tags).toEqual([]);
    expect((await tagOf(tag.id)).count).toBe(0);
  });

  it('tags every item a filter matches in one go, refuses a filter naming a small group, and audits it', async () => {
    const tag = (await create({ name: 'Crashes' })).json();
    const applied = await org.admin.post(`/api/v1/tags/${tag.id}/apply`, { filter: { q: 'crash' } });
    expect(applied.json()).toEqual({ matched: 12, changed: 12 });
    expect((await org.admin.post(`/api/v1/tags/${tag.id}/apply`, { filter: { q: 'crash' } })).json()).toEqual({ matched: 12, changed: 0 });
    expect((await tagOf(tag.id)).bySource.survey_answer).toBe(12);
    const refused = await org.admin.post(`/api/v1/tags/${tag.id}/apply`, { filter: { staffGroupId: ids.Admin } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().detail).toContain('Too few people');
    const removed = await org.admin.post(`/api/v1/tags/${tag.id}/remove`, { filter: { q: 'crashes 1' } });
    expect(removed.json().changed).toBeGreaterThan(0);
    // The tag's page lists its items through the library filtered by tag: exactly those still tagged.
    const listed = await org.admin.get(`/api/v1/strategies/${strategyId}/evidence?tagId=${tag.id}`);
    expect(listed.statusCode, listed.body).toBe(200);
    expect(listed.json().total).toBe(12 - removed.json().changed);
    expect((await tagOf(tag.id)).count).toBe(12 - removed.json().changed);
    const audits = await t.ctx.db.select().from(auditEvents).where(and(eq(auditEvents.subjectId, tag.id), eq(auditEvents.action, 'tag.applied')));
    expect(audits).toHaveLength(2);
    expect(audits[0]!.after).toMatchObject({ tagged: 12, filter: { q: 'crash' } });
  });

  it('counts people by staff group without ever showing a group of three', async () => {
    const tag = (await create({ name: 'Everything' })).json();
    await org.admin.post(`/api/v1/tags/${tag.id}/apply`, { filter: { source: ['survey_answer'] } });
    const counted = await tagOf(tag.id);
    expect(counted.count).toBe(25);
    const byName = Object.fromEntries(counted.byStaffGroup.map((g: { staffGroup: string }) => [g.staffGroup, g]));
    expect(byName.Nursing).toMatchObject({ count: 12, hidden: null });
    expect(byName.Admin).toMatchObject({ count: null, hidden: 'small' });
    // A second group is hidden with it, so the three cannot be worked out from the total.
    expect(counted.byStaffGroup.filter((g: { hidden: string | null }) => g.hidden).length).toBeGreaterThanOrEqual(2);
    expect(counted.byStaffGroup.some((g: { count: number | null }) => g.count === 3)).toBe(false);
  });

  it('merges one tag into another: every application moves, duplicates collapse, the source goes', async () => {
    const a = (await create({ name: 'Passwords too many' })).json();
    const b = (await create({ name: 'Password fatigue' })).json();
    await org.admin.post(`/api/v1/tags/${a.id}/apply`, { filter: { q: 'passwords' } });
    const [shared] = await evidenceIds('Too many passwords%');
    await org.admin.post(`/api/v1/evidence/${shared}/tags`, { tagId: b.id });
    const [printer] = await evidenceIds('Printer%');
    await org.admin.post(`/api/v1/evidence/${printer}/tags`, { tagId: a.id });
    const merged = await org.admin.post(`/api/v1/tags/${a.id}/merge`, { intoTagId: b.id });
    expect(merged.json()).toEqual({ moved: 10, collapsed: 1 });
    expect((await tagOf(b.id)).count).toBe(11);
    expect((await tagOf(a.id))).toMatchObject({ deleted: true, count: 0 });
    expect((await org.admin.get(tagsUrl())).json().tags.map((x: { id: string }) => x.id)).not.toContain(a.id);
    expect((await org.admin.post(`/api/v1/tags/${b.id}/merge`, { intoTagId: b.id })).statusCode).toBe(400);
    const [audit] = await t.ctx.db.select().from(auditEvents).where(and(eq(auditEvents.subjectId, a.id), eq(auditEvents.action, 'tag.merged')));
    expect(audit!.after).toMatchObject({ moved: 10, collapsed: 1, into: 'Password fatigue' });
  });

  it('deletes softly with its children, and restores them with their applications', async () => {
    const parent = (await create({ name: 'Hardware' })).json();
    const child = (await create({ name: 'Printers', parentId: parent.id })).json();
    await org.admin.post(`/api/v1/tags/${child.id}/apply`, { filter: { q: 'printer' } });
    expect((await org.admin.delete(`/api/v1/tags/${parent.id}`)).statusCode).toBe(200);
    const names = (await org.admin.get(tagsUrl())).json().tags.map((x: { name: string }) => x.name);
    expect(names).not.toContain('Hardware');
    expect(names).not.toContain('Printers');
    expect((await org.admin.post(`/api/v1/tags/${child.id}/apply`, { filter: {} })).statusCode).toBe(409);
    const restored = await org.admin.post(`/api/v1/tags/${parent.id}/restore`);
    expect(restored.json()).toMatchObject({ name: 'Hardware', deleted: false });
    expect(await tagOf(child.id)).toMatchObject({ deleted: false, parentId: parent.id, count: 3 });
    const actions = (await t.ctx.db.select().from(auditEvents).where(eq(auditEvents.subjectId, parent.id))).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['tag.created', 'tag.deleted', 'tag.restored']));
  });
});
