import { parse } from 'csv-parse/sync';
import { and, eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answers, SurveyDefinition } from '../../../shared/contracts/survey-definition.js';
import { strategies } from '../strategies/index.js';
import { loadSurveyDefinition, surveyQuestions, surveySections, surveys } from '../surveys/index.js';
import { orgUnits, staffGroups } from '../workforce/index.js';
import { addMember, signUpOrganisation, startTestApp, type SignedUpOrg, type TestApp } from '../../testing/harness.js';
import { naughtyStrings } from '../../testing/test-data.js';
import { evidenceItems, evidenceRedactions } from './tables.js';
import { storeResponse } from '../../testing/responses.js';

/**
 * The evidence list on a real database: a survey whose comments come from a well-heard group and
 * a small one, sticky notes, and a leader interview whose consent covers notes only.
 */
let t: TestApp;
let org: SignedUpOrg;
let strategyId: string;
let surveyId: string;
let definition: SurveyDefinition;
let workshopUrl: string;
let columnId: string;
const ids: Record<string, string> = {};
const q = { group: randomUUID(), division: randomUUID(), comment: randomUUID() };
const list = (query = '') => org.admin.get(`/api/v1/strategies/${strategyId}/evidence${query}`);

beforeAll(async () => {
  t = await startTestApp();
  org = await signUpOrganisation(t.app, 'Evidence Trust');
  const organisationId = org.organisationId;
  await t.ctx.db.transaction(async (tx) => {
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
  definition = await loadSurveyDefinition(t.ctx.db, surveyId);
  // Nurses in Surgery are well heard; 2 admin staff in Oncology are below five and stay hidden,
  // with enough other groups (and people who did not say) for the rest to be shown.
  const people = [
    ['Nursing', 'Surgery', 12, 'The rota system crashes on nights'],
    ['Admin', 'Surgery', 10, 'Too many passwords'],
    ['Nursing', 'Oncology', 10, 'Too many passwords'],
    ['Admin', 'Oncology', 2, 'Printer queues block discharge letters'],
    ['', '', 8, 'Too many passwords'],
  ] as const;
  for (const [group, division, n, words] of people) {
    for (let i = 0; i < n; i += 1) {
      const answers: Answers = { [q.group]: group ? ids[group] : undefined, [q.division]: division ? ids[division] : undefined, [q.comment]: `${words} ${i}` };
      await storeResponse(t.ctx.db, { id: surveyId, organisationId }, definition, answers);
    }
  }
  const workshop = await org.admin.post(`/api/v1/strategies/${strategyId}/workshops`, { title: 'Ward managers', heldOn: '2026-02-03' });
  workshopUrl = `/api/v1/strategies/${strategyId}/workshops/${workshop.json().id}`;
  columnId = workshop.json().columns[0].id;
  await org.admin.post(`${workshopUrl}/notes`, { columnId, text: 'Call Jane Smith about the rota crashes' });
  await org.admin.post(`/api/v1/strategies/${strategyId}/interviews`, {
    intervieweeRole: 'Medical Director', intervieweeName: 'Dr Hidden Name', heldOn: '2026-01-15', consent: 'notes', notes: 'Rota tools cost us a day a week',
  });
});
afterAll(() => t.close());

describe('evidence list', () => {
  it('lists every voice newest first with counts per source, and shows a segment only where results would', async () => {
    const body = (await list()).json();
    expect(body.refused).toBeNull();
    expect(body.total).toBe(44);
    expect(body.counts).toEqual({ survey_answer: 42, sticky_note: 1, interview_note: 1 });
    expect(body.items[0].saidOn >= body.items.at(-1).saidOn).toBe(true);
    const nurse = body.items.find((i: { text: string }) => i.text.startsWith('The rota system'));
    // Surgery is shown; the nurses-in-Surgery cell may be hidden to protect Oncology's admin staff.
    expect(nurse.segment.division).toBe('Surgery');
    const admin = body.items.find((i: { text: string }) => i.text.startsWith('Printer'));
    expect(admin.segment).toEqual({ division: null, staffGroup: null });
    const interview = body.items.find((i: { source: string }) => i.source === 'interview_note');
    expect(interview.whereFrom).toBe('Interview with the Medical Director');
    expect(JSON.stringify(body)).not.toContain('Hidden Name');
  });

  it('searches with stemming, ranks and marks the matching words as data', async () => {
    const body = (await list('?q=crash')).json();
    expect(body.items.map((i: { source: string }) => i.source).sort()).toEqual([...Array(12).fill('survey_answer'), 'sticky_note'].sort());
    for (const item of body.items) {
      expect(item.pieces.map((p: { text: string }) => p.text).join('')).toBe(item.text);
      expect(item.pieces.filter((p: { mark: boolean }) => p.mark).map((p: { text: string }) => p.text.toLowerCase())).toContain(item.source === 'sticky_note' ? 'crashes' : 'crashes');
    }
    expect((await list('?q=%22discharge+letters%22')).json().total).toBe(2);
    expect((await list('?q=nothing-like-this-anywhere')).json()).toMatchObject({ total: 0, items: [] });
  });

  it('filters by source, sentiment-free dates and workshop, and pages by fifty', async () => {
    expect((await list('?source=sticky_note&source=interview_note')).json().total).toBe(2);
    expect((await list(`?workshopId=${workshopUrl.split('/').at(-1)}`)).json().total).toBe(1);
    expect((await list('?from=2099-01-01')).json().total).toBe(0);
    expect((await list('?page=2')).json()).toMatchObject({ page: 2, items: [] });
    expect((await list(`?divisionId=${ids.Surgery}`)).json()).toMatchObject({ refused: null, total: 22 });
  });

  it('refuses a filter by a group too small to show, in plain words, with no items', async () => {
    for (const query of [`?divisionId=${ids.Oncology}`, `?staffGroupId=${ids.Admin}`, `?staffGroupId=${ids.Admin}&q=printer`]) {
      const body = (await list(query)).json();
      expect(body.items).toEqual([]);
      expect(body.total).toBe(0);
      expect(body.refused).toMatch(/Too few people in this group/);
    }
  });

  it('refuses bad filters with 400, strangers with 401, leaders and staff with 403, other organisations with 404', async () => {
    expect((await list('?source=gossip')).statusCode).toBe(400);
    expect((await list('?from=yesterday')).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/strategies/${strategyId}/evidence` })).statusCode).toBe(401);
    for (const role of ['leader', 'staff'] as const) {
      const member = await addMember(t.app, org, role);
      const refused = await member.session.get(`/api/v1/strategies/${strategyId}/evidence`);
      expect(refused.statusCode).toBe(403);
      expect(refused.json().detail ?? refused.json().title).toMatch(/Only admins and the strategy team can see the evidence library/);
    }
    const team = await addMember(t.app, org, 'strategy_team');
    expect((await team.session.get(`/api/v1/strategies/${strategyId}/evidence`)).statusCode).toBe(200);
    const other = await signUpOrganisation(t.app, 'Other Trust');
    expect([403, 404]).toContain((await other.admin.get(`/api/v1/strategies/${strategyId}/evidence`)).statusCode);
    const [item] = await t.ctx.db.select().from(evidenceItems).where(eq(evidenceItems.strategyId, strategyId)).limit(1);
    expect([403, 404]).toContain((await other.admin.get(`/api/v1/evidence/${item!.id}`)).statusCode);
    expect((await org.admin.get(`/api/v1/evidence/${randomUUID()}`)).statusCode).toBe(404);
  });
});

describe('masking, the item view and the export', () => {
  it('masks personal information everywhere and shows the original only when asked, audited', async () => {
    const [note] = await t.ctx.db.select().from(evidenceItems).where(and(eq(evidenceItems.strategyId, strategyId), eq(evidenceItems.source, 'sticky_note')));
    const start = note!.text.indexOf('Jane Smith');
    await t.ctx.db.insert(evidenceRedactions).values({ evidenceItemId: note!.id, start, end: start + 10, kind: 'name', status: 'suggested' });
    const listed = (await list('?source=sticky_note')).json().items[0];
    expect(listed.text).toBe('Call [name] about the rota crashes');
    const item = (await org.admin.get(`/api/v1/evidence/${note!.id}`)).json();
    expect(item).toMatchObject({ text: 'Call [name] about the rota crashes', original: null, masked: true, whereFrom: 'Ward managers: ' + item.context.find((c: { label: string }) => c.label === 'Workshop column').value });
    const csv = (await org.admin.get(`/api/v1/strategies/${strategyId}/evidence.csv?source=sticky_note`)).body;
    expect(csv).toContain('Call [name] about');
    expect(csv).not.toContain('Jane');
    const trailBefore = JSON.stringify((await org.admin.get(`/api/v1/orgs/${org.organisationId}/audit`)).json());
    expect(trailBefore).not.toContain('evidence.original_viewed');
    const original = (await org.admin.get(`/api/v1/evidence/${note!.id}?original=1`)).json();
    expect(original.original).toBe('Call Jane Smith about the rota crashes');
    const trail = JSON.stringify((await org.admin.get(`/api/v1/orgs/${org.organisationId}/audit`)).json());
    expect(trail).toContain('evidence.original_viewed');
  });

  it('gives an interview item its role and date, never the name, and marks notes-only consent as not quotable', async () => {
    const [row] = await t.ctx.db.select().from(evidenceItems).where(and(eq(evidenceItems.strategyId, strategyId), eq(evidenceItems.source, 'interview_note')));
    const item = (await org.admin.get(`/api/v1/evidence/${row!.id}`)).json();
    expect(item.context).toEqual(expect.arrayContaining([{ label: 'Interview with', value: 'The Medical Director' }, { label: 'Interview held on', value: '2026-01-15' }]));
    expect(item.quotable).toBe(false);
    expect(JSON.stringify(item)).not.toContain('Hidden Name');
  });

  it('exports the filtered set with formula-safe cells that read back as the text', async () => {
    const texts = ['=HYPERLINK("http://x")', '+1 rota', '-minus', '@sum', 'comma, "quote"\nnew line'];
    for (const text of texts) await org.admin.post(`${workshopUrl}/notes`, { columnId, text });
    const response = await org.admin.get(`/api/v1/strategies/${strategyId}/evidence.csv?source=sticky_note`);
    expect(response.headers['content-type']).toMatch(/text\/csv/);
    const rows = parse(response.body.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    const cells = rows.map((r) => r.Text);
    for (const text of texts) expect(cells).toContain(/^[=+\-@]/.test(text) ? `'${text}` : text);
    expect(rows.every((r) => r.Kind === 'Workshop sticky note')).toBe(true);
    const refused = await org.admin.get(`/api/v1/strategies/${strategyId}/evidence.csv?divisionId=${ids.Oncology}`);
    expect(refused.statusCode).toBe(403);
    expect(refused.headers['content-type']).toMatch(/problem\+json/);
    expect(refused.json().detail).toMatch(/Too few people in this group/);
    expect(refused.body).not.toMatch(/Printer queues/);
  });

  it('shows naughty strings as text: the pieces join back to exactly the stored words', async () => {
    const naughty = naughtyStrings().strings.filter((s) => s.trim() && s.length < 200).slice(0, 120);
    let added = 0;
    for (const s of naughty) if ((await org.admin.post(`${workshopUrl}/notes`, { columnId, text: `ward ${s}` })).statusCode === 201) added += 1;
    expect(added).toBeGreaterThan(60);
    const [body1, body2, body3] = await Promise.all([1, 2, 3].map(async (page) => (await list(`?q=ward&page=${page}`)).json()));
    const items = [body1, body2, body3].flatMap((b) => b.items);
    expect(body1.total).toBe(added);
    for (const item of items) {
      expect(item.pieces.map((p: { text: string }) => p.text).join('')).toBe(item.text);
      expect(item.pieces.some((p: { mark: boolean; text: string }) => p.mark && p.text.toLowerCase() === 'ward')).toBe(true);
    }
  });
});
