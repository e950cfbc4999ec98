import { and, eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../../shared/contracts/survey-definition.js';
import { auditEvents } from '../../platform/tables.js';
import { evidenceItems } from '../evidence/index.js';
import { organisations } from '../organisations/index.js';
import { strategies } from '../strategies/index.js';
import { loadSurveyDefinition, surveyQuestions, surveySections, surveys } from '../surveys/index.js';
import { orgUnits, staffGroups } from '../workforce/index.js';
import { addMember, signUpOrganisation, startTestApp, type Session, type SignedUpOrg, type TestApp } from '../../testing/harness.js';
import { naughtyStrings } from '../../testing/test-data.js';
import { storeResponse } from '../../testing/responses.js';

/**
 * Insights on a real database: survey answers from a well-heard group and from 2 admin staff in
 * Oncology (below five), a sticky note and a leader interview, linked into insights and walked.
 */
let t: TestApp;
let org: SignedUpOrg;
let outsider: SignedUpOrg;
let leader: Session;
let staff: Session;
let strategyId: string;
const ids: Record<string, string> = {};
const evidence: Record<string, string[]> = {};
const q = { group: randomUUID(), division: randomUUID(), comment: randomUUID() };

beforeAll(async () => {
  t = await startTestApp();
  org = await signUpOrganisation(t.app, 'Insight Trust');
  outsider = await signUpOrganisation(t.app, 'Other Trust');
  leader = (await addMember(t.app, org, 'leader')).session;
  staff = (await addMember(t.app, org, 'staff')).session;
  const organisationId = org.organisationId;
  let surveyId = '';
  await t.ctx.db.transaction(async (tx) => {
    // The smallest threshold allowed, so that the groups of 10 and 12 below are shown.
    await tx.update(organisations).set({ minGroupSize: 5 }).where(eq(organisations.id, organisationId));
    const groups = await tx.insert(staffGroups).values(['Nursing', 'Admin'].map((name, position) => ({ organisationId, name, position }))).returning();
    const divisions = await tx.insert(orgUnits).values(['Surgery', 'Oncology'].map((name) => ({ organisationId, kind: 'division' as const, name }))).returning();
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
  const definition = await loadSurveyDefinition(t.ctx.db, surveyId);
  const people = [
    ['Nursing', 'Surgery', 12, 'Rota crashes on nights'],
    ['Nursing', 'Oncology', 10, 'Too many passwords'],
    ['Admin', 'Oncology', 2, 'Printer queues block letters'],
  ] as const;
  for (const [group, division, n, words] of people) {
    for (let i = 0; i < n; i += 1) {
      const answers: Answers = { [q.group]: ids[group], [q.division]: ids[division], [q.comment]: `${words} ${i}` };
      await storeResponse(t.ctx.db, { id: surveyId, organisationId }, definition, answers);
    }
  }
  const workshop = await org.admin.post(`/api/v1/strategies/${strategyId}/workshops`, { title: 'Ward managers', heldOn: '2026-02-03' });
  await org.admin.post(`/api/v1/strategies/${strategyId}/workshops/${workshop.json().id}/notes`, { columnId: workshop.json().columns[0].id, text: 'Rota tool loses shifts' });
  await org.admin.post(`/api/v1/strategies/${strategyId}/interviews`, {
    intervieweeRole: 'Medical Director', intervieweeName: 'Dr Hidden Name', heldOn: '2026-01-15', consent: 'notes_and_quotes', notes: 'Rota tools cost us a day a week',
  });
  // Notes whose consent does not cover quoting: listed in the walk, never quoted.
  await org.admin.post(`/api/v1/strategies/${strategyId}/interviews`, {
    intervieweeRole: 'Chief Nurse', heldOn: '2026-01-16', consent: 'notes', notes: 'Unquotable rota worries',
  });
  const items = await t.ctx.db.select({ id: evidenceItems.id, source: evidenceItems.source, text: evidenceItems.text }).from(evidenceItems).where(eq(evidenceItems.strategyId, strategyId));
  for (const [key, prefix] of [['rota', 'Rota crashes'], ['passwords', 'Too many'], ['printer', 'Printer'], ['note', 'Rota tool loses'], ['interview', 'Rota tools cost'], ['unquotable', 'Unquotable']] as const) {
    evidence[key] = items.filter((i) => i.text.startsWith(prefix)).map((i) => i.id);
  }
});
afterAll(() => t.close());

const create = (body: unknown, who: Session = org.admin) => who.post(`/api/v1/strategies/${strategyId}/insights`, body);

describe('insights', () => {
  it('creates an insight from evidence, computes its strength and shows leaders and staff side by side', async () => {
    const linked = [...evidence.rota!, ...evidence.passwords!, ...evidence.printer!, ...evidence.note!, ...evidence.interview!];
    const created = await create({ statement: 'Rota tools fail staff at night', evidenceIds: linked });
    expect(created.statusCode).toBe(201);
    const body = (await org.admin.get(`/api/v1/insights/${created.json().id}`)).json();
    expect(body.strength).toMatchObject({ level: 'strong', items: 26, sources: { survey: 24, interview: 1, workshop: 1, system: 0 }, sourceKinds: 3 });
    // The 2 admin staff are a group under five: never named, nor left as the only hidden figure.
    const named = [...body.strength.divisions.named, ...body.strength.staffGroups.named];
    expect(named.map((r: { label: string }) => r.label)).not.toContain('Admin');
    for (const row of named) expect(row.count).toBeGreaterThanOrEqual(5);
    for (const spread of [body.strength.divisions, body.strength.staffGroups]) expect(spread.other === 0 || spread.other >= 5).toBe(true);
    expect(body.voices.leaders.whereFrom).toBe('Interview with the Medical Director');
    expect(body.voices.leaders.text).toBe('Rota tools cost us a day a week');
    expect(body.voices).toMatchObject({ leaderCount: 1, staffCount: 25 });
    expect(body.voices.staff.source).not.toMatch(/^interview/);
    expect(JSON.stringify(body)).not.toContain('Hidden Name');
    expect(body.rule).toContain('Strong');
  });

  it('lists insights strongest first and filters by status', async () => {
    const weak = (await create({ statement: 'Printers slow discharge', evidenceIds: evidence.note })).json().id;
    await org.admin.patch(`/api/v1/insights/${weak}`, { status: 'agreed' });
    const list = (await org.admin.get(`/api/v1/strategies/${strategyId}/insights`)).json();
    const levels = list.insights.map((i: { strength: { level: string } }) => i.strength.level);
    expect(levels.indexOf('strong')).toBeLessThan(levels.indexOf('emerging'));
    const agreed = (await org.admin.get(`/api/v1/strategies/${strategyId}/insights?status=agreed`)).json().insights;
    expect(agreed.map((i: { id: string }) => i.id)).toEqual([weak]);
  });

  it('walks down to every piece of evidence with a link to its source, and up from a piece to its insights', async () => {
    const id = (await create({ statement: 'Walk me', evidenceIds: [...evidence.note!, ...evidence.interview!, evidence.rota![0]!, ...evidence.unquotable!] })).json().id;
    const down = (await org.admin.get(`/api/v1/insights/${id}/evidence`)).json();
    expect(down.total).toBe(4);
    expect(down.items.map((i: { link: { kind: string } }) => i.link.kind).sort()).toEqual(['interview', 'interview', 'survey', 'workshop']);
    const unquotable = down.items.find((i: { id: string }) => i.id === evidence.unquotable![0]);
    expect(unquotable).toMatchObject({ quotable: false, text: '' });
    expect(JSON.stringify(down)).not.toContain('Unquotable rota');
    const up = (await org.admin.get(`/api/v1/evidence/${evidence.note![0]}/insights`)).json();
    expect(up.insights.map((i: { statement: string }) => i.statement)).toEqual(expect.arrayContaining(['Walk me', 'Printers slow discharge']));
    // Unlinking walks it back: the piece no longer supports the insight and the strength follows.
    await org.admin.request('DELETE', `/api/v1/insights/${id}/evidence`, { evidenceIds: evidence.note });
    const after = (await org.admin.get(`/api/v1/evidence/${evidence.note![0]}/insights`)).json();
    expect(after.insights.map((i: { id: string }) => i.id)).not.toContain(id);
    expect((await org.admin.get(`/api/v1/insights/${id}`)).json().strength.items).toBe(3);
  });

  it('links everything an evidence filter finds, at creation and later, and refuses a filter naming a small group', async () => {
    const created = await create({ statement: 'Passwords everywhere', evidenceFilter: { q: 'passwords' } });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect((await org.admin.get(`/api/v1/insights/${id}`)).json().strength.items).toBe(evidence.passwords!.length);
    const more = await org.admin.post(`/api/v1/insights/${id}/evidence/matching`, { filter: { source: ['sticky_note'] } });
    expect(more.json()).toEqual({ added: 1, matched: 1 });
    expect((await org.admin.post(`/api/v1/insights/${id}/evidence/matching`, { filter: { source: ['sticky_note'] } })).json()).toEqual({ added: 0, matched: 1 });
    const small = await org.admin.post(`/api/v1/insights/${id}/evidence/matching`, { filter: { staffGroupId: ids.Admin } });
    expect(small.statusCode).toBe(400);
    expect((await create({ statement: 'Small', evidenceFilter: { staffGroupId: ids.Admin } })).statusCode).toBe(400);
    expect((await leader.post(`/api/v1/insights/${id}/evidence/matching`, { filter: {} })).statusCode).toBe(403);
    expect((await org.admin.get(`/api/v1/insights/${id}/evidence`)).json().total).toBe(evidence.passwords!.length + 1);
  });

  it('edits tags, comments and deletes, each audited', async () => {
    const id = (await create({ statement: 'To change' })).json().id;
    const linked = await org.admin.post(`/api/v1/insights/${id}/evidence`, { evidenceIds: [...evidence.note!, ...evidence.note!] });
    expect(linked.json()).toEqual({ added: 1 });
    expect((await org.admin.post(`/api/v1/insights/${id}/evidence`, { evidenceIds: evidence.note })).json()).toEqual({ added: 0 });
    const patched = await org.admin.patch(`/api/v1/insights/${id}`, { statement: 'Changed', detail: '**why**' });
    expect(patched.json()).toMatchObject({ statement: 'Changed', detail: '**why**' });
    const comment = await org.admin.post(`/api/v1/insights/${id}/comments`, { body: 'Check with pharmacy' });
    expect(comment.statusCode).toBe(201);
    const detail = (await org.admin.get(`/api/v1/insights/${id}`)).json();
    expect(detail.comments[0]).toMatchObject({ author: 'Ada Admin', body: 'Check with pharmacy' });
    expect(detail.comments[0].createdOn).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
    expect((await org.admin.delete(`/api/v1/insights/${id}`)).statusCode).toBe(200);
    expect((await org.admin.get(`/api/v1/insights/${id}`)).statusCode).toBe(404);
    const audit = await t.ctx.db.select({ action: auditEvents.action }).from(auditEvents).where(and(eq(auditEvents.subjectType, 'insight'), eq(auditEvents.subjectId, id)));
    expect(audit.map((a) => a.action).sort()).toEqual(
      ['insight.comment_added', 'insight.created', 'insight.deleted', 'insight.evidence_linked', 'insight.evidence_linked', 'insight.updated'].sort(),
    );
  });

  it('lets leaders read but not change; refuses staff and other organisations', async () => {
    const id = (await create({ statement: 'Leaders read this', evidenceIds: evidence.interview })).json().id;
    expect((await leader.get(`/api/v1/insights/${id}`)).json().can).toEqual({ update: false, delete: false, comment: false });
    expect((await leader.get(`/api/v1/strategies/${strategyId}/insights`)).statusCode).toBe(200);
    expect((await leader.patch(`/api/v1/insights/${id}`, { statement: 'No' })).statusCode).toBe(403);
    expect((await create({ statement: 'No' }, leader)).statusCode).toBe(403);
    expect((await leader.get(`/api/v1/evidence/${evidence.interview![0]}/insights`)).statusCode).toBe(403);
    expect((await staff.get(`/api/v1/insights/${id}`)).statusCode).toBe(403);
    expect((await staff.get(`/api/v1/strategies/${strategyId}/insights`)).statusCode).toBe(403);
    expect((await outsider.admin.get(`/api/v1/insights/${id}`)).statusCode).toBe(404);
    expect((await outsider.admin.patch(`/api/v1/insights/${id}`, { statement: 'Mine' })).statusCode).toBe(404);
  });

  it('refuses a missing or long statement and evidence of another strategy in plain words', async () => {
    expect((await create({ statement: '   ' })).statusCode).toBe(400);
    expect((await create({ statement: 'x'.repeat(301) })).statusCode).toBe(400);
    const foreign = await create({ statement: 'Foreign', evidenceIds: [randomUUID()] });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().detail).toContain('Choose the evidence again');
  });

  it('keeps naughty statements as they were written', async () => {
    const strings = naughtyStrings().strings.filter((s) => s.trim().length > 0 && s.trim().length <= 300 && s === s.trim()).slice(0, 80);
    for (const statement of strings) {
      const created = await create({ statement });
      expect(created.statusCode, statement).toBe(201);
      expect((await org.admin.get(`/api/v1/insights/${created.json().id}`)).json().statement).toBe(statement);
    }
  });
});
