import { and, eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../../shared/contracts/survey-definition.js';
import { auditEvents } from '../../platform/tables.js';
import { developComments } from '../comments/index.js';
import { evidenceItems } from '../evidence/index.js';
import { organisations } from '../organisations/index.js';
import { strategies } from '../strategies/index.js';
import { loadSurveyDefinition, surveyQuestions, surveySections, surveys } from '../surveys/index.js';
import { orgUnits, staffGroups } from '../workforce/index.js';
import { addMember, signUpOrganisation, startTestApp, type Session, type SignedUpOrg, type TestApp } from '../../testing/harness.js';
import { naughtyStrings } from '../../testing/test-data.js';
import { storeResponse } from '../../testing/responses.js';
import { priorities, priorityInsights } from './tables.js';

/**
 * Priorities on a real database, over evidence counted by hand: survey answers from nurses in
 * Surgery (12) and Oncology (10), doctors in Surgery (12), 2 admin staff in Oncology (a group
 * below five, which must never be shown) and 5 people in Surgery who did not say their staff
 * group; a sticky note and a leader's interview.
 */
let t: TestApp;
let org: SignedUpOrg;
let outsider: SignedUpOrg;
let leader: Session;
let staff: Session;
let strategyId: string;
let otherStrategyInsight: string;
const ids: Record<string, string> = {};
const evidence: Record<string, string[]> = {};
const insight: Record<string, string> = {};
const q = { group: randomUUID(), division: randomUUID(), comment: randomUUID() };

beforeAll(async () => {
  t = await startTestApp();
  org = await signUpOrganisation(t.app, 'Priority Trust');
  outsider = await signUpOrganisation(t.app, 'Other Trust');
  leader = (await addMember(t.app, org, 'leader')).session;
  staff = (await addMember(t.app, org, 'staff')).session;
  const organisationId = org.organisationId;
  let surveyId = '';
  await t.ctx.db.transaction(async (tx) => {
    await tx.update(organisations).set({ minGroupSize: 5 }).where(eq(organisations.id, organisationId));
    const groups = await tx.insert(staffGroups).values(['Nursing', 'Medical', 'Admin'].map((name, position) => ({ organisationId, name, position }))).returning();
    const divisions = await tx.insert(orgUnits).values(['Surgery', 'Oncology'].map((name) => ({ organisationId, kind: 'division' as const, name }))).returning();
    for (const row of [...groups, ...divisions]) ids[row.name] = row.id;
    const [strategy, other] = await tx.insert(strategies).values([{ organisationId, name: 'Plan', startYear: 2026, endYear: 2029 }, { organisationId, name: 'Old plan', startYear: 2022, endYear: 2025 }]).returning();
    strategyId = strategy!.id;
    ids.otherStrategy = other!.id;
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
    ['Medical', 'Surgery', 12, 'Results are slow to arrive'],
    ['Admin', 'Oncology', 2, 'Printer queues block letters'],
    [null, 'Surgery', 5, 'Wifi drops in clinic'],
  ] as const;
  for (const [group, division, n, words] of people) {
    for (let i = 0; i < n; i += 1) {
      const answers: Answers = { [q.division]: ids[division], [q.comment]: `${words} ${i}` };
      if (group) answers[q.group] = ids[group];
      await storeResponse(t.ctx.db, { id: surveyId, organisationId }, definition, answers);
    }
  }
  const workshop = await org.admin.post(`/api/v1/strategies/${strategyId}/workshops`, { title: 'Ward managers', heldOn: '2026-02-03' });
  await org.admin.post(`/api/v1/strategies/${strategyId}/workshops/${workshop.json().id}/notes`, { columnId: workshop.json().columns[0].id, text: 'Rota tool loses shifts' });
  await org.admin.post(`/api/v1/strategies/${strategyId}/interviews`, {
    intervieweeRole: 'Medical Director', heldOn: '2026-01-15', consent: 'notes_and_quotes', notes: 'Rota tools cost us a day a week',
  });
  const items = await t.ctx.db.select({ id: evidenceItems.id, text: evidenceItems.text }).from(evidenceItems).where(eq(evidenceItems.strategyId, strategyId));
  for (const [key, prefix] of [['rota', 'Rota crashes'], ['passwords', 'Too many'], ['results', 'Results are'], ['printer', 'Printer'], ['wifi', 'Wifi drops'], ['note', 'Rota tool loses'], ['interview', 'Rota tools cost']] as const) {
    evidence[key] = items.filter((i) => i.text.startsWith(prefix)).map((i) => i.id);
  }
  const make = async (key: string, statement: string, evidenceIds: string[]) => {
    insight[key] = (await org.admin.post(`/api/v1/strategies/${strategyId}/insights`, { statement, evidenceIds })).json().id;
  };
  // Rota: 12 answers + a note + an interview = 14 items from 3 kinds: strong.
  await make('rota', 'Rota tools fail staff at night', [...evidence.rota!, ...evidence.note!, ...evidence.interview!]);
  // Passwords: 10 answers and 3 of the rota answers again (shared evidence is counted once per priority).
  await make('passwords', 'Too many passwords', [...evidence.passwords!, ...evidence.rota!.slice(0, 3)]);
  // Slow things: doctors' 12, the 2 admin staff and the 5 who did not say: one kind of source.
  await make('slow', 'Results and letters are slow', [...evidence.results!, ...evidence.printer!, ...evidence.wifi!]);
  // A strong insight nobody answers: 10 answers, a note and an interview.
  await make('unanswered', 'Wifi and rota fail together', [...evidence.wifi!, ...evidence.passwords!.slice(0, 5), ...evidence.note!, ...evidence.interview!]);
  // Only a leader's words.
  await make('leaderOnly', 'The Medical Director loses a day a week', evidence.interview!);
  otherStrategyInsight = (await org.admin.post(`/api/v1/strategies/${ids.otherStrategy}/insights`, { statement: 'Elsewhere' })).json().id;
});
afterAll(() => t.close());

const base = () => `/api/v1/strategies/${strategyId}/priorities`;
const create = (body: unknown, who: Session = org.admin) => who.post(base(), body);
const list = async () => (await org.admin.get(base())).json();
const count = async () => (await t.ctx.db.select({ id: priorities.id }).from(priorities).where(eq(priorities.strategyId, strategyId))).length;

describe('priorities', () => {
  it('creates a priority with its insights, maturity targets and systems, goes last, and is audited', async () => {
    const system = await org.admin.post(`/api/v1/orgs/${org.organisationId}/systems`, { name: 'Rota system', lifecycle: 'active', criticality: 'high', holdsPatientData: false, technicalFit: 1, functionalFit: 1 });
    const frameworks = (await org.admin.get(`/api/v1/orgs/${org.organisationId}/maturity/frameworks`)).json().frameworks;
    const measures = (await org.admin.get(`/api/v1/strategies/${strategyId}/priorities/options`)).json().measures;
    expect(frameworks.length).toBeGreaterThan(0);
    const first = await create({ title: 'Fix the rota', summary: 'Nights first', ambition: '**No** lost shifts', sponsor: 'Chief Nurse', lead: 'Head of Workforce Systems', insightIds: [insight.rota, insight.passwords, insight.slow], maturityTargets: [{ measureId: measures[0].id, targetLevel: 4 }], systemIds: [system.json().id] });
    expect(first.statusCode).toBe(201);
    const second = await create({ title: 'Second theme', insightIds: [insight.leaderOnly] });
    const detail = (await org.admin.get(`/api/v1/priorities/${first.json().id}`)).json();
    expect(detail).toMatchObject({ title: 'Fix the rota', ambition: '**No** lost shifts', sponsor: 'Chief Nurse', position: 0 });
    expect(detail.insights.map((i: { statement: string }) => i.statement)).toEqual(['Rota tools fail staff at night', 'Results and letters are slow', 'Too many passwords']);
    expect(detail.insights[0].strength).toEqual({ level: 'strong', items: 14, sourceKinds: 3 });
    expect(detail.maturityTargets[0]).toMatchObject({ measureId: measures[0].id, targetLevel: 4, currentLevel: null });
    expect(detail.systems).toEqual([{ id: system.json().id, name: 'Rota system', time: 'eliminate' }]);
    expect((await org.admin.get(`/api/v1/priorities/${second.json().id}`)).json().position).toBe(1);
    const audit = await t.ctx.db.select().from(auditEvents).where(and(eq(auditEvents.subjectType, 'priority'), eq(auditEvents.subjectId, first.json().id)));
    expect(audit.map((a) => a.action)).toEqual(['priority.created']);
    ids.rotaPriority = first.json().id;
    ids.leaderPriority = second.json().id;
  });

  it('counts the voices behind a priority by hand, hiding the small group', async () => {
    const voices = (await org.admin.get(`/api/v1/priorities/${ids.rotaPriority}/voices`)).json();
    // Distinct items: rota 12 + passwords 10 + results 12 + printer 2 + wifi 5 + note + interview (the 3 shared answers once).
    expect(voices.items).toBe(43);
    expect(voices.sources).toEqual({ survey: 41, interview: 1, workshop: 1, system: 0 });
    expect(voices).toMatchObject({ leaders: 1, staff: 42, minGroupSize: 5 });
    expect(voices.insights.map((i: { strength: { items: number } }) => i.strength.items).sort()).toEqual([13, 14, 19]);
    const staffGroups = Object.fromEntries(voices.staffGroups.named.map((r: { label: string; count: number }) => [r.label, r.count]));
    // The 2 admin staff are never named, nor left as the only hidden figure.
    expect(staffGroups).not.toHaveProperty('Admin');
    expect(JSON.stringify(voices)).not.toContain('Admin');
    for (const spread of [voices.divisions, voices.staffGroups]) {
      for (const row of spread.named) expect(row.count).toBeGreaterThanOrEqual(5);
      expect(spread.other === 0 || spread.other >= 5).toBe(true);
      expect(spread.named.reduce((s: number, r: { count: number }) => s + r.count, 0) + spread.other).toBe(41);
    }
    expect(staffGroups.Medical).toBe(12);
    expect(Object.fromEntries(voices.divisions.named.map((r: { label: string; count: number }) => [r.label, r.count]))).toEqual({ Surgery: 29, Oncology: 12 });
  });

  it('warns of strong insights no priority answers and of thin or one-sided priorities', async () => {
    const warnings = (await org.admin.get(`${base()}/warnings`)).json();
    expect(warnings.unanswered.map((u: { insightId: string }) => u.insightId)).toEqual([insight.unanswered]);
    expect(warnings.unanswered[0].reason).toContain('no priority answers');
    const thin = warnings.thin.find((w: { priorityId: string }) => w.priorityId === ids.leaderPriority);
    expect(thin.reasons.join(' ')).toMatch(/Only 1 piece of evidence/);
    expect(thin.reasons.join(' ')).toMatch(/Only leaders/);
    expect(warnings.thin.map((w: { priorityId: string }) => w.priorityId)).not.toContain(ids.rotaPriority);
    // Answering it takes it off the list.
    await org.admin.patch(`/api/v1/priorities/${ids.leaderPriority}`, { insightIds: [insight.leaderOnly, insight.unanswered] });
    expect((await org.admin.get(`${base()}/warnings`)).json().unanswered).toEqual([]);
  });

  it('scores against weighted criteria, ranks through the API, and a weight re-ranks', async () => {
    expect((await org.admin.post(`${base()}/criteria/usual`)).json().criteria.map((c: { name: string }) => c.name)).toEqual(['Benefit to patients', 'Benefit to staff', 'Strategic fit', 'Readiness', 'Cost', 'Risk']);
    const criteria = (await org.admin.get(`${base()}/criteria`)).json().criteria as { id: string; name: string }[];
    const c = Object.fromEntries(criteria.map((x) => [x.name, x.id]));
    const score = (id: string, s: Record<string, number>) => org.admin.put(`/api/v1/priorities/${id}/scores`, Object.entries(s).map(([name, value]) => ({ criterionId: c[name], score: value })));
    expect((await score(ids.rotaPriority!, { 'Benefit to patients': 2, 'Benefit to staff': 5, 'Strategic fit': 3, Readiness: 3, Cost: 2, Risk: 2 })).statusCode).toBe(200);
    expect((await score(ids.leaderPriority!, { 'Benefit to patients': 5, 'Benefit to staff': 2, 'Strategic fit': 3, Readiness: 3, Cost: 2, Risk: 2 })).statusCode).toBe(200);
    const { rankThemes } = await import('../../../shared/prioritisation.js');
    const ranked = (body: { priorities: { id: string; title: string; scores: Record<string, number> }[]; criteria: { id: string; kind: 'value' | 'effort'; weight: number }[] }) => rankThemes(body.priorities, body.criteria).map((r) => r.id);
    expect(ranked(await list())).toEqual([ids.leaderPriority, ids.rotaPriority]);
    const weights = await org.admin.put(`${base()}/weights`, [{ criterionId: c['Benefit to patients'], weight: 5 }, { criterionId: c['Benefit to staff'], weight: 90 }]);
    expect(weights.statusCode).toBe(200);
    expect(ranked(await list())).toEqual([ids.rotaPriority, ids.leaderPriority]);
    expect((await list()).rule).toContain('value minus half the effort');
    const detail = (await org.admin.get(`/api/v1/priorities/${ids.rotaPriority}`)).json();
    expect(detail.scores.find((s: { name: string }) => s.name === 'Benefit to staff')).toMatchObject({ score: 5, weight: 90 });
  });

  it('moves by hand, asking for a reason only when the order leaves the scored rank', async () => {
    // Scored rank now: rota first, which is where it already is.
    const refused = await org.admin.post(`/api/v1/priorities/${ids.leaderPriority}/move`, { position: 0 });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().detail).toContain('Say why');
    expect((await list()).priorities.map((p: { id: string }) => p.id)).toEqual([ids.rotaPriority, ids.leaderPriority]);
    const moved = await org.admin.post(`/api/v1/priorities/${ids.leaderPriority}/move`, { position: 0, reason: 'The board asked for it first' });
    expect(moved.statusCode).toBe(200);
    const after = (await list()).priorities;
    expect(after.map((p: { id: string }) => p.id)).toEqual([ids.leaderPriority, ids.rotaPriority]);
    expect(after[0]).toMatchObject({ position: 0, positionReason: 'The board asked for it first' });
    // Back to the scored order: no reason needed, and the old one is cleared.
    expect((await org.admin.post(`/api/v1/priorities/${ids.leaderPriority}/move`, { position: 1 })).statusCode).toBe(200);
    expect((await list()).priorities[1]).toMatchObject({ id: ids.leaderPriority, positionReason: '' });
    const audit = await t.ctx.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'priority.moved'), eq(auditEvents.subjectId, ids.leaderPriority!)));
    expect(audit).toHaveLength(2);
    expect(audit.some((a) => JSON.stringify(a.after).includes('The board asked for it first'))).toBe(true);
  });

  it('edits and deletes (with its comments), audited before and after', async () => {
    const id = (await create({ title: 'To remove', insightIds: [insight.rota] })).json().id;
    const patched = await org.admin.patch(`/api/v1/priorities/${id}`, { title: 'Renamed', lead: 'Head of IT' });
    expect(patched.json()).toMatchObject({ title: 'Renamed', lead: 'Head of IT' });
    const comment = await org.admin.post(`/api/v1/strategies/${strategyId}/comments`, { subjectType: 'priority', subjectId: id, body: 'Is this ours?' });
    expect(comment.statusCode).toBe(201);
    expect((await org.admin.delete(`/api/v1/priorities/${id}`)).statusCode).toBe(200);
    expect((await org.admin.get(`/api/v1/priorities/${id}`)).statusCode).toBe(404);
    expect((await t.ctx.db.select().from(priorityInsights).where(eq(priorityInsights.priorityId, id))).length).toBe(0);
    expect((await org.admin.get(`/api/v1/strategies/${strategyId}/comments?subjectType=priority&subjectId=${id}`)).statusCode).toBe(404);
    expect(await t.ctx.db.select().from(developComments).where(eq(developComments.subjectId, id))).toEqual([]);
    const audit = await t.ctx.db.select().from(auditEvents).where(and(eq(auditEvents.subjectType, 'priority'), eq(auditEvents.subjectId, id)));
    const updated = audit.find((a) => a.action === 'priority.updated')!;
    expect(updated.before).toEqual({ title: 'To remove', lead: '' });
    expect(updated.after).toEqual({ title: 'Renamed', lead: 'Head of IT' });
    expect(audit.map((a) => a.action).sort()).toEqual(['priority.comment_added', 'priority.created', 'priority.deleted', 'priority.updated']);
    expect((await list()).priorities.map((p: { position: number }) => p.position)).toEqual([0, 1]);
  });

  it('lets leaders read but not change; refuses staff, other organisations and anonymous callers', async () => {
    const id = ids.rotaPriority!;
    expect((await leader.get(`/api/v1/priorities/${id}`)).json().can).toEqual({ update: false, delete: false, comment: true });
    for (const url of [base(), `${base()}/warnings`, `${base()}/criteria`, `/api/v1/priorities/${id}/voices`]) expect((await leader.get(url)).statusCode, url).toBe(200);
    expect((await leader.patch(`/api/v1/priorities/${id}`, { title: 'No' })).statusCode).toBe(403);
    expect((await create({ title: 'No' }, leader)).statusCode).toBe(403);
    expect((await leader.post(`/api/v1/priorities/${id}/move`, { position: 0, reason: 'x' })).statusCode).toBe(403);
    expect((await leader.put(`/api/v1/priorities/${id}/scores`, [])).statusCode).toBe(403);
    expect((await leader.post(`${base()}/criteria/usual`)).statusCode).toBe(403);
    expect((await leader.delete(`/api/v1/priorities/${id}`)).statusCode).toBe(403);
    expect((await staff.get(`/api/v1/priorities/${id}`)).statusCode).toBe(403);
    expect((await staff.get(base())).statusCode).toBe(403);
    expect((await staff.get(`/api/v1/priorities/${id}/voices`)).statusCode).toBe(403);
    expect((await outsider.admin.get(`/api/v1/priorities/${id}`)).statusCode).toBe(404);
    expect((await outsider.admin.get(`/api/v1/priorities/${id}/voices`)).statusCode).toBe(404);
    expect((await outsider.admin.patch(`/api/v1/priorities/${id}`, { title: 'Mine' })).statusCode).toBe(404);
    expect((await outsider.admin.get(`${base()}/warnings`)).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/priorities/${id}` })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: base() })).statusCode).toBe(401);
  });

  it('refuses bad input with a clear message and saves nothing', async () => {
    const before = await count();
    const duplicate = await create({ title: '  fix THE rota ' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().detail).toContain('already has a priority with that title');
    const foreign = await create({ title: 'Foreign', insightIds: [otherStrategyInsight] });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().detail).toContain('Choose the insights again');
    expect((await create({ title: 'Bad target', maturityTargets: [{ measureId: randomUUID(), targetLevel: 6 }] })).statusCode).toBe(400);
    expect((await create({ title: 'x'.repeat(201) })).statusCode).toBe(400);
    expect((await create({ title: '   ' })).statusCode).toBe(400);
    expect((await create({ title: 'Two lines', sponsor: 'Chief\nNurse' })).statusCode).toBe(400);
    expect(await count()).toBe(before);
    const patched = await org.admin.patch(`/api/v1/priorities/${ids.rotaPriority}`, { title: 'Half saved?', insightIds: [otherStrategyInsight] });
    expect(patched.statusCode).toBe(400);
    expect((await org.admin.get(`/api/v1/priorities/${ids.rotaPriority}`)).json().title).toBe('Fix the rota');
    const criteria = (await org.admin.get(`${base()}/criteria`)).json().criteria as { id: string; kind: string; weight: number }[];
    const zero = await org.admin.put(`${base()}/weights`, criteria.filter((c) => c.kind === 'value').map((c) => ({ criterionId: c.id, weight: 0 })));
    expect(zero.statusCode).toBe(400);
    expect(zero.json().detail).toContain('Give at least one value criterion a weight above zero');
    expect((await org.admin.get(`${base()}/criteria`)).json().criteria).toEqual(criteria);
    const outOfRange = await org.admin.put(`/api/v1/priorities/${ids.rotaPriority}/scores`, [{ criterionId: criteria[0]!.id, score: 6 }]);
    expect(outOfRange.statusCode).toBe(400);
    expect(outOfRange.json().detail).toMatch(/score/i);
    expect((await org.admin.post(`${base()}/criteria`, { name: 'benefit to PATIENTS', kind: 'value', weight: 10 })).statusCode).toBe(409);
    expect((await org.admin.post(`${base()}/criteria`, { name: 'Heavy', kind: 'value', weight: 101 })).statusCode).toBe(400);
  });

  it('keeps naughty titles and texts as they were written', async () => {
    const strings = naughtyStrings().strings.filter((s) => s.trim().length > 0 && s.length <= 120 && s === s.trim() && ![...s].some((ch) => (ch.codePointAt(0) ?? 0) < 32 || ch.codePointAt(0) === 127 || /[\u202A-\u202E\u2066-\u2069]/.test(ch)));
    const seen = new Set<string>();
    for (const text of strings.slice(0, 60)) {
      if (seen.has(text.toLowerCase())) continue;
      seen.add(text.toLowerCase());
      const created = await create({ title: text, summary: text, ambition: text, sponsor: text, lead: text });
      expect(created.statusCode, text).toBe(201);
      expect((await org.admin.get(`/api/v1/priorities/${created.json().id}`)).json()).toMatchObject({ title: text, summary: text, ambition: text, sponsor: text, lead: text });
    }
  });
});

describe('seedPrioritiesDemo', () => {
  it('writes five scored themes once, with sponsors and leads, and returns their ids by title', async () => {
    const { seedPrioritiesDemo } = await import('./index.js');
    const seeded = await seedPrioritiesDemo(t.ctx, org.organisationId, ids.otherStrategy!);
    expect(Object.keys(seeded)).toHaveLength(5);
    expect(seeded).toHaveProperty('One patient record');
    const body = (await org.admin.get(`/api/v1/strategies/${ids.otherStrategy}/priorities`)).json();
    expect(body.criteria).toHaveLength(6);
    for (const p of body.priorities) {
      expect(Object.keys(p.scores)).toHaveLength(6);
      expect(p.sponsor && p.lead).toBeTruthy();
    }
    expect(await seedPrioritiesDemo(t.ctx, org.organisationId, ids.otherStrategy!)).toEqual(seeded);
  });
});
