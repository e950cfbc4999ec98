import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../../shared/contracts/survey-definition.js';
import { loadSurveyDefinition, surveyQuestions, surveySections, surveys } from '../surveys/index.js';
import { recordResponse } from '../responses/index.js';
import { staffGroups } from '../workforce/index.js';
import { strategies } from '../strategies/index.js';
import { signUpOrganisation, startTestApp, type SignedUpOrg, type TestApp } from '../../testing/harness.js';

/**
 * The comparison of matrix and systems questions by group. Two large staff groups with known
 * answers, and two small ones (4 and 7 people) that must be hidden together: together they
 * hold 11, at least the threshold of 10, so neither can be worked out from the total.
 */
let t: TestApp;
let org: SignedUpOrg;
let surveyId: string;
const ids: Record<string, string> = {};
const q = { group: randomUUID(), matrix: randomUUID(), systems: randomUUID() };
const rosterId = randomUUID();

type Person = { group: string; level: number; system: number | null };
const people: Person[] = [
  ...Array.from({ length: 40 }, (_, i): Person => ({ group: 'Nursing', level: i % 2 ? 4 : 2, system: i % 2 ? 5 : null })),
  ...Array.from({ length: 30 }, (_, i): Person => ({ group: 'Medical', level: [1, 3, 5][i % 3]!, system: i < 10 ? 4 : i < 20 ? 1 : null })),
  ...Array.from({ length: 4 }, (): Person => ({ group: 'Admin', level: 4, system: null })),
  ...Array.from({ length: 7 }, (): Person => ({ group: 'Estates', level: 4, system: null })),
];

beforeAll(async () => {
  t = await startTestApp();
  org = await signUpOrganisation(t.app, 'Comparison Trust');
  const organisationId = org.organisationId;
  await t.ctx.db.transaction(async (tx) => {
    const groups = await tx.insert(staffGroups).values(['Nursing', 'Medical', 'Admin', 'Estates'].map((name, position) => ({ organisationId, name, position }))).returning();
    for (const g of groups) ids[g.name] = g.id;
    const [strategy] = await tx.insert(strategies).values({ organisationId, name: 'Plan', startYear: 2026, endYear: 2029 }).returning();
    const [survey] = await tx.insert(surveys).values({ organisationId, strategyId: strategy!.id, title: 'Digital experience', status: 'open' }).returning();
    surveyId = survey!.id;
    const [section] = await tx.insert(surveySections).values({ surveyId, position: 0, title: 'All' }).returning();
    await tx.insert(surveyQuestions).values([
      { id: q.group, surveyId, sectionId: section!.id, position: 0, type: 'profile', dimension: 'staff_group', title: 'Staff group' },
      { id: q.matrix, surveyId, sectionId: section!.id, position: 1, type: 'matrix', rows: [{ key: 'login', label: 'I can log in quickly' }], title: 'Statements' },
      { id: q.systems, surveyId, sectionId: section!.id, position: 2, type: 'systems', options: [{ key: rosterId, label: 'Nurse e-rostering' }], title: 'Systems you use' },
    ]);
  });
  const definition = await loadSurveyDefinition(t.ctx.db, surveyId);
  for (const person of people) {
    const answers: Answers = {
      [q.group]: ids[person.group]!,
      [q.matrix]: { login: person.level },
      ...(person.system === null ? {} : { [q.systems]: { [rosterId]: person.system } }),
    };
    await t.ctx.db.transaction((tx) =>
      recordResponse(tx, { survey: { id: surveyId, organisationId, anonymous: true }, definition, answers, idempotencyKey: randomUUID(), invitationId: null }),
    );
  }
});
afterAll(() => t.close());

type Count = { value: number | null; suppressed: boolean };
type Row = { key: string; label: string; items: { key: string; count: Count }[]; answered: number | null; percent: number | null };
type Segment = { key: string; respondents: Count; rows: Row[] };

async function compared(questionId: string): Promise<{ body: unknown; row: (group: string) => Row; group: (name: string) => Segment }> {
  const response = await org.admin.get(`/api/v1/surveys/${surveyId}/results/${questionId}?compareBy=staff_group`);
  expect(response.statusCode).toBe(200);
  const body = response.json() as { comparison: Segment[] };
  const group = (name: string) => body.comparison.find((c) => c.key === ids[name])!;
  return { body, group, row: (name: string) => group(name).rows[0]! };
}

/** The five level counts of a row, in order; null where hidden. */
const levels = (row: Row) => ['1', '2', '3', '4', '5'].map((level) => row.items.find((i) => i.key === level)!.count.value);

/** Every shown count anywhere in a body. */
function shownCounts(body: unknown, found: number[] = []): number[] {
  if (Array.isArray(body)) body.forEach((x) => shownCounts(x, found));
  else if (body && typeof body === 'object') {
    const record = body as Record<string, unknown>;
    if ('suppressed' in record && 'value' in record && record.suppressed === false) found.push(record.value as number);
    Object.values(record).forEach((x) => shownCounts(x, found));
  }
  return found;
}

describe('comparing a matrix question by staff group', () => {
  it('gives each large group its distribution and the share agreeing, as in the answers', async () => {
    const { row } = await compared(q.matrix);
    expect(row('Nursing')).toMatchObject({ key: 'login', label: 'I can log in quickly', answered: 40, percent: 50 });
    expect(levels(row('Nursing'))).toEqual([0, 20, 0, 20, 0]);
    expect(levels(row('Medical'))).toEqual([10, 0, 10, 0, 10]);
    expect(row('Medical')).toMatchObject({ answered: 30, percent: 33.3 });
  });

  it('hides the small groups entirely, with no share derived from them', async () => {
    const { body, group, row } = await compared(q.matrix);
    for (const name of ['Admin', 'Estates']) {
      expect(group(name).respondents).toEqual({ value: null, suppressed: true });
      expect(row(name).items.every((i) => i.count.suppressed && i.count.value === null)).toBe(true);
      expect(row(name)).toMatchObject({ answered: null, percent: null });
    }
    for (const n of shownCounts(body)) expect(n === 0 || n >= 10).toBe(true);
  });
});

describe('comparing a systems question by staff group', () => {
  it('gives the share of a system’s users rating it 4–5, and hides the small groups', async () => {
    const { body, group, row } = await compared(q.systems);
    expect(row('Nursing')).toMatchObject({ label: 'Nurse e-rostering', answered: 20, percent: 100 });
    expect(levels(row('Nursing'))).toEqual([0, 0, 0, 0, 20]);
    expect(row('Medical')).toMatchObject({ answered: 20, percent: 50 });
    expect(levels(row('Medical'))).toEqual([10, 0, 0, 10, 0]);
    expect(row('Medical').items.find((i) => i.key === 'no_answer')!.count).toEqual({ value: 10, suppressed: false });
    expect(group('Admin').rows[0]!.items.every((i) => i.count.suppressed)).toBe(true);
    for (const n of shownCounts(body)) expect(n === 0 || n >= 10).toBe(true);
  });

  it('is refused to someone outside the organisation and to anonymous callers', async () => {
    const other = await signUpOrganisation(t.app, 'Other Trust');
    expect([403, 404]).toContain((await other.admin.get(`/api/v1/surveys/${surveyId}/results/${q.matrix}?compareBy=staff_group`)).statusCode);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/surveys/${surveyId}/results/${q.matrix}?compareBy=staff_group` })).statusCode).toBe(401);
  });
});
