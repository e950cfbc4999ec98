import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasControlCharacters } from '../../../shared/contracts/common.js';
import { auditEvents } from '../../platform/tables.js';
import { developComments } from '../comments/index.js';
import { projects, systems } from '../estate/index.js';
import { priorities } from '../priorities/tables.js';
import { addMember, signUpOrganisation, startTestApp, type Session, type SignedUpOrg, type TestApp } from '../../testing/harness.js';
import { naughtyStrings } from '../../testing/test-data.js';

/** The roadmap on a real database: programmes, initiatives, loops refused, flags, the board and refusals by role. */
let t: TestApp;
let org: SignedUpOrg;
let outsider: SignedUpOrg;
let leader: Session;
let staff: Session;
let strategyId: string;
let priorityId: string;
let programmeId: string;
const system: Record<string, string> = {};
let projectId: string;

beforeAll(async () => {
  t = await startTestApp();
  org = await signUpOrganisation(t.app, 'Roadmap Trust');
  outsider = await signUpOrganisation(t.app, 'Other Trust');
  leader = (await addMember(t.app, org, 'leader')).session;
  staff = (await addMember(t.app, org, 'staff')).session;
  const organisationId = org.organisationId;
  strategyId = (await org.admin.post(`/api/v1/orgs/${organisationId}/strategies`, { name: 'Plan', startYear: 2026, endYear: 2029 })).json().id;
  const [priority] = await t.ctx.db.insert(priorities).values({ organisationId, strategyId, title: 'One record', position: 0 }).returning();
  priorityId = priority!.id;
  const rows = await t.ctx.db.insert(systems).values([
    { organisationId, name: 'Old PAS', technicalFit: 1, functionalFit: 1 },
    { organisationId, name: 'EPR', technicalFit: 4, functionalFit: 4 },
  ]).returning();
  for (const row of rows) system[row.name] = row.id;
  projectId = (await t.ctx.db.insert(projects).values({ organisationId, name: 'EPR phase 2' }).returning())[0]!.id;
  programmeId = (await org.admin.post(`/api/v1/strategies/${strategyId}/programmes`, { priorityId, name: 'Records' })).json().id;
});
afterAll(() => t.close());

const create = (body: Record<string, unknown>, as: Session = org.admin) =>
  as.post(`/api/v1/strategies/${strategyId}/initiatives`, { programmeId, start: '2027-01', end: '2027-06', ...body });

describe('programmes', () => {
  it('creates, renames and refuses a priority of another strategy', async () => {
    const made = await org.admin.post(`/api/v1/strategies/${strategyId}/programmes`, { priorityId, name: 'Temporary' });
    expect(made.statusCode).toBe(201);
    expect((await org.admin.patch(`/api/v1/programmes/${made.json().id}`, { priorityId, name: 'Renamed' })).statusCode).toBe(200);
    const roadmap = (await org.admin.get(`/api/v1/strategies/${strategyId}/roadmap`)).json();
    expect(roadmap.programmes.map((p: { name: string; priorityTitle: string }) => [p.name, p.priorityTitle])).toEqual([['Records', 'One record'], ['Renamed', 'One record']]);
    const other = (await org.admin.post(`/api/v1/orgs/${org.organisationId}/strategies`, { name: 'Other', startYear: 2026, endYear: 2028 })).json().id;
    const wrong = await org.admin.post(`/api/v1/strategies/${other}/programmes`, { priorityId, name: 'Stray' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors).toEqual([{ field: 'priorityId', message: 'Choose a priority theme of this strategy' }]);
    expect((await org.admin.post(`/api/v1/strategies/${strategyId}/programmes`, { priorityId, name: '' })).json().errors[0].message).toBe('Enter the programme name');
    expect((await org.admin.delete(`/api/v1/programmes/${made.json().id}`)).statusCode).toBe(200);
    const audit = await t.ctx.db.select().from(auditEvents).where(and(eq(auditEvents.subjectId, made.json().id), eq(auditEvents.action, 'programme.updated')));
    expect(audit[0]).toMatchObject({ before: { name: 'Temporary' }, after: { name: 'Renamed' } });
  });
});

describe('initiatives', () => {
  it('stores a quarter as its first and last months and shows months in words', async () => {
    const made = await create({ title: 'Quarterly', start: '2027-Q2', end: '2027-Q3', owner: 'CCIO', estimatedCost: 250000, projectIds: [projectId] });
    expect(made.statusCode).toBe(201);
    const detail = (await org.admin.get(`/api/v1/initiatives/${made.json().id}`)).json();
    expect(detail).toMatchObject({ start: '2027-04', end: '2027-09', startLabel: 'April 2027', endLabel: 'September 2027', months: 6, estimatedCost: 250000, projects: [{ id: projectId, name: 'EPR phase 2' }] });
  });

  it('refuses an initiative ending before it starts, saying both months, and saves nothing', async () => {
    const refused = await create({ title: 'Backwards', start: '2027-06', end: '2027-03' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([{ field: 'end', message: 'The initiative ends (March 2027) before it starts (June 2027)' }]);
    expect((await create({ title: 'Bad month', start: 'soon' })).json().errors[0].message).toBe('Enter the start as a month like 2027-04 or a quarter like 2027-Q2');
    expect((await create({ title: 'Negative', estimatedCost: -1 })).json().errors[0].message).toBe('The estimated cost cannot be negative');
    const roadmap = (await org.admin.get(`/api/v1/strategies/${strategyId}/roadmap`)).json();
    expect(roadmap.initiatives.map((i: { title: string }) => i.title)).not.toContain('Backwards');
  });

  it('warns (without refusing) when a change goes against the system’s TIME decision', async () => {
    const improving = await create({ title: 'Polish the PAS', systems: [{ systemId: system['Old PAS'], change: 'improve' }] });
    expect(improving.statusCode).toBe(201);
    expect(improving.json().warnings).toEqual(['Improve "Old PAS" goes against its TIME decision in the register: Eliminate']);
    const retiring = await create({ title: 'Switch off the EPR', systems: [{ systemId: system.EPR, change: 'retire' }] });
    expect(retiring.json().warnings).toEqual(['Retire "EPR" goes against its TIME decision in the register: Invest']);
    const fine = await create({ title: 'Replace the PAS', systems: [{ systemId: system['Old PAS'], change: 'replace', replacedBySystemId: system.EPR }] });
    expect(fine.json().warnings).toEqual([]);
    const detail = (await org.admin.get(`/api/v1/initiatives/${improving.json().id}`)).json();
    expect(detail.flags).toEqual([{ kind: 'time', message: 'Improve "Old PAS" goes against its TIME decision in the register: Eliminate' }]);
    expect((await org.admin.get(`/api/v1/initiatives/${fine.json().id}`)).json().systems[0]).toMatchObject({ name: 'Old PAS', change: 'replace', replacedBy: { name: 'EPR' }, time: 'eliminate', warning: null });
  });

  it('edits with before and after in the audit, and deletes', async () => {
    const id = (await create({ title: 'Draft title' })).json().id;
    const edited = await org.admin.patch(`/api/v1/initiatives/${id}`, { programmeId, title: 'Final title', start: '2027-02', end: '2027-04', status: 'in_progress' });
    expect(edited.statusCode).toBe(200);
    const [audit] = await t.ctx.db.select().from(auditEvents).where(and(eq(auditEvents.subjectId, id), eq(auditEvents.action, 'initiative.updated')));
    expect(audit).toMatchObject({ before: { title: 'Draft title', status: 'planned' }, after: { title: 'Final title', status: 'in_progress' } });
    expect((await org.admin.delete(`/api/v1/initiatives/${id}`)).statusCode).toBe(200);
    expect((await org.admin.get(`/api/v1/initiatives/${id}`)).statusCode).toBe(404);
  });

  it('keeps naughty strings as text in the title, owner, summary and benefit, and in programme names', async () => {
    const strings = naughtyStrings().strings.filter((s) => s.trim().length > 0 && s.length <= 200 && s === s.trim() && !hasControlCharacters(s) && !/[\u202a-\u202e\u2066-\u2069]/.test(s)).slice(0, 60);
    for (const text of strings) {
      const made = await create({ title: text, owner: text, summary: text, benefit: text });
      expect(made.statusCode, text).toBe(201);
      const detail = (await org.admin.get(`/api/v1/initiatives/${made.json().id}`)).json();
      expect([detail.title, detail.owner, detail.summary, detail.benefit], text).toEqual([text, text, text, text]);
      await org.admin.delete(`/api/v1/initiatives/${made.json().id}`);
    }
    for (const name of strings.slice(0, 30)) {
      const made = await org.admin.post(`/api/v1/strategies/${strategyId}/programmes`, { priorityId, name, summary: name });
      expect(made.statusCode, name).toBe(201);
      const shown = (await org.admin.get(`/api/v1/strategies/${strategyId}/roadmap`)).json().programmes.find((p: { id: string }) => p.id === made.json().id);
      expect([shown.name, shown.summary], name).toEqual([name, name]);
      await org.admin.delete(`/api/v1/programmes/${made.json().id}`);
    }
  });
});

describe('dependencies', () => {
  it('refuses a loop naming it, flags an early start, and finds the critical path', async () => {
    const a = (await create({ title: 'Alpha', start: '2026-01', end: '2026-06' })).json().id;
    const b = (await create({ title: 'Bravo', start: '2026-07', end: '2026-12' })).json().id;
    const c = (await create({ title: 'Charlie', start: '2026-10', end: '2027-12' })).json().id;
    expect((await org.admin.post(`/api/v1/initiatives/${b}/dependencies`, { dependsOnId: a })).statusCode).toBe(201);
    expect((await org.admin.post(`/api/v1/initiatives/${c}/dependencies`, { dependsOnId: b })).statusCode).toBe(201);
    const loop = await org.admin.post(`/api/v1/initiatives/${a}/dependencies`, { dependsOnId: c });
    expect(loop.statusCode).toBe(409);
    expect(loop.json().detail).toBe('This would make a loop: Alpha → Charlie → Bravo → Alpha');
    const self = await org.admin.post(`/api/v1/initiatives/${a}/dependencies`, { dependsOnId: a });
    expect(self.statusCode).toBe(409);
    const roadmap = (await org.admin.get(`/api/v1/strategies/${strategyId}/roadmap`)).json();
    const charlie = roadmap.initiatives.find((i: { id: string }) => i.id === c);
    expect(charlie.flags).toEqual([{ kind: 'schedule', message: 'Starts in October 2026, before "Bravo" ends in December 2026, which it depends on' }]);
    expect(charlie.dependsOn).toEqual([b]);
    expect(roadmap.criticalPath).toEqual({ chain: [a, b, c], months: 6 + 6 + 15 });
    expect(roadmap.strategy).toMatchObject({ startYear: 2026, endYear: 2029 });
    const detail = (await org.admin.get(`/api/v1/initiatives/${b}`)).json();
    expect(detail.dependsOnItems.map((i: { title: string }) => i.title)).toEqual(['Alpha']);
    expect(detail.dependedOnBy.map((i: { title: string }) => i.title)).toEqual(['Charlie']);
    expect((await org.admin.delete(`/api/v1/initiatives/${c}/dependencies/${b}`)).statusCode).toBe(200);
    expect((await org.admin.post(`/api/v1/initiatives/${a}/dependencies`, { dependsOnId: c })).statusCode).toBe(201);
  });
});

describe('the now / next / later board', () => {
  it('moves a card into a column at a position and audits it', async () => {
    const x = (await create({ title: 'Board X', horizon: 'now' })).json().id;
    const y = (await create({ title: 'Board Y', horizon: 'now' })).json().id;
    const z = (await create({ title: 'Board Z', horizon: 'later' })).json().id;
    expect((await org.admin.post(`/api/v1/initiatives/${z}/move`, { horizon: 'now', position: 0 })).statusCode).toBe(200);
    const now = (await org.admin.get(`/api/v1/strategies/${strategyId}/roadmap`)).json().initiatives
      .filter((i: { horizon: string }) => i.horizon === 'now')
      .sort((p: { position: number }, q: { position: number }) => p.position - q.position);
    // Renumbered without gaps: 0, 1, 2…
    expect(now.map((i: { position: number }) => i.position)).toEqual(now.map((_: unknown, k: number) => k));
    const ids = now.map((i: { id: string }) => i.id);
    expect(ids[0]).toBe(z);
    expect(ids.indexOf(x)).toBeLessThan(ids.indexOf(y));
    const [audit] = await t.ctx.db.select().from(auditEvents).where(and(eq(auditEvents.subjectId, z), eq(auditEvents.action, 'initiative.moved')));
    expect(audit).toMatchObject({ before: { horizon: 'later' }, after: { horizon: 'now' } });
  });
});

describe('comments', () => {
  it('lets a leader comment on an initiative and a programme, and deletes the comments with the initiative', async () => {
    const id = (await create({ title: 'Talked about' })).json().id;
    const url = `/api/v1/strategies/${strategyId}/comments`;
    expect((await leader.post(url, { subjectType: 'initiative', subjectId: id, body: 'Start sooner?' })).statusCode).toBe(201);
    expect((await leader.post(url, { subjectType: 'programme', subjectId: programmeId, body: 'Good scope' })).statusCode).toBe(201);
    expect((await leader.get(`${url}?subjectType=initiative&subjectId=${id}`)).json().comments.map((c: { body: string }) => c.body)).toEqual(['Start sooner?']);
    expect((await outsider.admin.post(`/api/v1/strategies/${strategyId}/comments`, { subjectType: 'initiative', subjectId: id, body: 'x' })).statusCode).toBe(404);
    await org.admin.delete(`/api/v1/initiatives/${id}`);
    const left = await t.ctx.db.select().from(developComments).where(eq(developComments.subjectId, id));
    expect(left).toEqual([]);
  });
});

describe('who may do what', () => {
  it('refuses anonymous callers, other organisations and staff; leaders read only', async () => {
    const id = (await create({ title: 'Guarded' })).json().id;
    const reads = [`/api/v1/strategies/${strategyId}/roadmap`, `/api/v1/initiatives/${id}`, `/api/v1/strategies/${strategyId}/roadmap.csv`, `/api/v1/strategies/${strategyId}/roadmap/options`];
    for (const url of reads) {
      expect((await t.app.inject({ method: 'GET', url })).statusCode, url).toBe(401);
      expect((await outsider.admin.get(url)).statusCode, url).toBe(404);
      expect((await staff.get(url)).statusCode, url).toBe(403);
      expect((await leader.get(url)).statusCode, url).toBe(200);
    }
    expect((await leader.get(`/api/v1/strategies/${strategyId}/roadmap`)).json().can).toEqual({ edit: false });
    const writes: ['POST' | 'PATCH' | 'DELETE', string, unknown][] = [
      ['POST', `/api/v1/strategies/${strategyId}/initiatives`, { programmeId, title: 'Nope', start: '2027-01', end: '2027-02' }],
      ['PATCH', `/api/v1/initiatives/${id}`, { programmeId, title: 'Nope', start: '2027-01', end: '2027-02' }],
      ['POST', `/api/v1/initiatives/${id}/move`, { horizon: 'later', position: 0 }],
      ['POST', `/api/v1/strategies/${strategyId}/programmes`, { priorityId, name: 'Nope' }],
      ['PATCH', `/api/v1/programmes/${programmeId}`, { priorityId, name: 'Nope' }],
      ['POST', `/api/v1/strategies/${strategyId}/roadmap/import`, { csv: 'Programme,Title,Start,End\nRecords,Nope,2027-01,2027-02' }],
      ['DELETE', `/api/v1/initiatives/${id}`, undefined],
      ['DELETE', `/api/v1/programmes/${programmeId}`, undefined],
    ];
    for (const [method, url, body] of writes) {
      expect((await t.app.inject({ method, url, ...(body ? { payload: body as object } : {}) })).statusCode, url).toBe(401);
      expect((await outsider.admin.request(method, url, body)).statusCode, url).toBe(404);
      expect((await staff.request(method, url, body)).statusCode, url).toBe(403);
      expect((await leader.request(method, url, body)).statusCode, url).toBe(403);
    }
    expect((await org.admin.get(`/api/v1/initiatives/${id}`)).json().title).toBe('Guarded');
  });
});
