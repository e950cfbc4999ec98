import { parse } from 'csv-parse/sync';
import { eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answers, SurveyDefinition } from '../../../shared/contracts/survey-definition.js';
import { loadSurveyDefinition, surveyQuestions, surveySections, surveys } from '../surveys/index.js';
import { recordResponse } from '../responses/index.js';
import { headcounts, orgUnits, staffGroups } from '../workforce/index.js';
import { strategies } from '../strategies/index.js';
import { addMember, signUpOrganisation, startTestApp, type SignedUpOrg, type TestApp } from '../../testing/harness.js';

/**
 * Results and coverage on a real database, with a deliberately uneven response set: two
 * well-heard groups, one small group that must stay hidden, and one never heard from.
 */
let t: TestApp;
let org: SignedUpOrg;
let surveyId: string;
let definition: SurveyDefinition;
const ids: Record<string, string> = {};

const q = { group: randomUUID(), division: randomUUID(), tools: randomUUID(), agree: randomUUID(), multi: randomUUID(), matrix: randomUUID(), comment: randomUUID() };

beforeAll(async () => {
  t = await startTestApp();
  org = await signUpOrganisation(t.app, 'Results Trust');
  const organisationId = org.organisationId;
  await t.ctx.db.transaction(async (tx) => {
    const groups = await tx.insert(staffGroups).values(['Nursing', 'Medical', 'Admin'].map((name, position) => ({ organisationId, name, position }))).returning();
    const divisions = await tx.insert(orgUnits).values(['Surgery', 'Oncology', 'Imaging'].map((name) => ({ organisationId, kind: 'division' as const, name }))).returning();
    for (const g of groups) ids[g.name] = g.id;
    for (const d of divisions) ids[d.name] = d.id;
    await tx.insert(headcounts).values([
      { organisationId, divisionId: ids.Surgery!, staffGroupId: ids.Nursing!, headcount: 80 },
      { organisationId, divisionId: ids.Surgery!, staffGroupId: ids.Medical!, headcount: 30 },
      { organisationId, divisionId: ids.Oncology!, staffGroupId: ids.Admin!, headcount: 20 },
      { organisationId, divisionId: ids.Oncology!, staffGroupId: ids.Medical!, headcount: 15 },
      { organisationId, divisionId: ids.Oncology!, staffGroupId: ids.Nursing!, headcount: 40 },
    ]);
    const [strategy] = await tx.insert(strategies).values({ organisationId, name: 'Plan', startYear: 2026, endYear: 2029 }).returning();
    const [survey] = await tx.insert(surveys).values({ organisationId, strategyId: strategy!.id, title: 'Digital experience', status: 'open' }).returning();
    surveyId = survey!.id;
    const [section] = await tx.insert(surveySections).values({ surveyId, position: 0, title: 'All' }).returning();
    const yesNo = [{ key: 'yes', label: 'Yes' }, { key: 'no', label: 'No' }];
    const question = (id: string, position: number, patch: Partial<typeof surveyQuestions.$inferInsert>) => ({
      id, surveyId, sectionId: section!.id, position, type: 'short_text' as const, title: `Q${position}`, ...patch,
    });
    await tx.insert(surveyQuestions).values([
      question(q.group, 0, { type: 'profile', dimension: 'staff_group', title: 'Staff group' }),
      question(q.division, 1, { type: 'profile', dimension: 'division', title: 'Division' }),
      question(q.tools, 2, { type: 'single_choice', options: yesNo, title: 'Do you use the EPR?' }),
      question(q.agree, 3, { type: 'likert', title: 'Systems help me care for patients' }),
      question(q.multi, 4, { type: 'multiple_choice', options: yesNo, title: 'Pick any' }),
      question(q.matrix, 5, { type: 'matrix', rows: [{ key: 'login', label: 'I can log in quickly' }], title: 'Statements' }),
      question(q.comment, 6, { type: 'long_text', title: 'What gets in the way?' }),
    ]);
  });
  definition = await loadSurveyDefinition(t.ctx.db, surveyId);
  const people: [string, string, number][] = [
    ['Nursing', 'Surgery', 25],
    ['Nursing', 'Oncology', 20],
    ['Nursing', 'Imaging', 15],
    ['Medical', 'Surgery', 12],
    ['Medical', 'Imaging', 11],
    ['Admin', 'Surgery', 14],
    ['Admin', 'Oncology', 3],
    ['Admin', 'Imaging', 12],
  ];
  for (const [group, division, n] of people) {
    for (let i = 0; i < n; i += 1) {
      const answers: Answers = {
        [q.group]: ids[group],
        [q.division]: ids[division],
        [q.tools]: i % 3 === 0 ? 'no' : 'yes',
        [q.agree]: (i % 5) + 1,
        [q.multi]: i % 2 ? ['yes'] : ['yes', 'no'],
        [q.matrix]: { login: (i % 5) + 1 },
        [q.comment]: `${group} comment ${i}`,
      };
      await t.ctx.db.transaction((tx) =>
        recordResponse(tx, { survey: { id: surveyId, organisationId, anonymous: true }, definition, answers, idempotencyKey: randomUUID(), invitationId: null }),
      );
    }
  }
});
afterAll(() => t.close());

/** Every count anywhere in a JSON body: shown ones must be 0 or at least the threshold. */
function shownCounts(body: unknown, found: number[] = []): number[] {
  if (Array.isArray(body)) body.forEach((x) => shownCounts(x, found));
  else if (body && typeof body === 'object') {
    const record = body as Record<string, unknown>;
    if ('suppressed' in record && 'value' in record && record.suppressed === false) found.push(record.value as number);
    Object.values(record).forEach((x) => shownCounts(x, found));
  }
  return found;
}

describe('results', () => {
  it('shows the overall distribution with percentages of respondents', async () => {
    const result = (await org.admin.get(`/api/v1/surveys/${surveyId}/results/${q.tools}`)).json();
    expect(result.respondents).toEqual({ value: 112, suppressed: false });
    const yes = result.items.find((i: { key: string }) => i.key === 'yes');
    expect(yes.count.value).toBe(73);
    expect(yes.percent).toBe(65.2);
  });

  it('hides a small group when filtered, and never shows its comments', async () => {
    const admin = (await org.admin.get(`/api/v1/surveys/${surveyId}/results/${q.comment}?staffGroup=${ids.Admin}&division=${ids.Oncology}`)).json();
    expect(admin.respondents).toEqual({ value: null, suppressed: true });
    expect(admin.texts).toEqual({ shown: false, reason: 'Comments are shown only for groups of 10 or more respondents.', answers: [] });
    const nursing = (await org.admin.get(`/api/v1/surveys/${surveyId}/results/${q.comment}?staffGroup=${ids.Nursing}`)).json();
    expect(nursing.texts.shown).toBe(true);
    expect(nursing.texts.answers).toHaveLength(60);
    expect(nursing.texts.answers.every((a: string) => a.startsWith('Nursing'))).toBe(true);
  });

  it('compares by staff group without any shown count below the threshold', async () => {
    for (const question of Object.values(q)) {
      for (const compareBy of ['staff_group', 'division', 'site']) {
        const body = (await org.admin.get(`/api/v1/surveys/${surveyId}/results/${question}?compareBy=${compareBy}`)).json();
        for (const n of shownCounts(body)) expect(n === 0 || n >= 10).toBe(true);
      }
    }
    const compared = (await org.admin.get(`/api/v1/surveys/${surveyId}/results/${q.agree}?compareBy=staff_group`)).json();
    expect(compared.comparison.map((c: { label: string }) => c.label)).toEqual(['Nursing', 'Medical', 'Admin', 'Not stated']);
    // Within the comparison, whatever is hidden must be at least two groups holding at least k people.
    const visible = compared.comparison.filter((c: { respondents: { suppressed: boolean } }) => !c.respondents.suppressed).reduce((s: number, c: { respondents: { value: number } }) => s + c.respondents.value, 0);
    expect(112 - visible === 0 || 112 - visible >= 10).toBe(true);
  });

  it('refuses a filter value the organisation does not have', async () => {
    const response = await org.admin.get(`/api/v1/surveys/${surveyId}/results/${q.tools}?division=${randomUUID()}`);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0]).toEqual({ field: 'division', message: 'Choose a division from the list' });
  });

  it('lets leaders read results but not staff', async () => {
    const staff = await addMember(t.app, org, 'staff');
    const leader = await addMember(t.app, org, 'leader');
    expect((await staff.session.get(`/api/v1/surveys/${surveyId}/results`)).statusCode).toBe(403);
    expect((await leader.session.get(`/api/v1/surveys/${surveyId}/results`)).statusCode).toBe(200);
    expect((await leader.session.get(`/api/v1/surveys/${surveyId}/responses.csv`)).statusCode).toBe(403);
  });
});

describe('coverage', () => {
  it('sets responses against headcount, hides small groups and calls out who was never heard', async () => {
    const body = (await org.admin.get(`/api/v1/surveys/${surveyId}/coverage?targetRate=0.3`)).json();
    const cell = (group: string, division: string) => body.cells.find((c: { staffGroup: string; division: string }) => c.staffGroup === ids[group] && c.division === ids[division]);
    expect(cell('Nursing', 'Surgery')).toMatchObject({ responses: { value: 25, suppressed: false }, headcount: 80, rate: 0.313, status: 'on_target' });
    expect(cell('Admin', 'Oncology')).toMatchObject({ responses: { value: null, suppressed: true }, status: 'hidden' });
    expect(cell('Medical', 'Oncology')).toMatchObject({ responses: { value: 0, suppressed: false }, status: 'never_heard' });
    expect(body.neverHeard).toContainEqual({ staffGroup: ids.Medical, division: ids.Oncology, headcount: 15, hidden: false });
    for (const n of shownCounts(body)) expect(n === 0 || n >= 10).toBe(true);
    expect((await org.admin.get(`/api/v1/surveys/${surveyId}/coverage?targetRate=2`)).json().errors[0].field).toBe('targetRate');
  });

  it('calls a hidden group below target only when the shown figures prove it, and the CSV says what the page says', async () => {
    type Cell = { staffGroup: string; division: string; headcount: number | null; atMost: number | null; status: string; responses: { suppressed: boolean } };
    const truth: Record<string, number> = { [`${ids.Admin}|${ids.Oncology}`]: 3, [`${ids.Nursing}|${ids.Oncology}`]: 20, [`${ids.Medical}|${ids.Surgery}`]: 12 };
    for (const target of [0.3, 0.9]) {
      const body = (await org.admin.get(`/api/v1/surveys/${surveyId}/coverage?targetRate=${target}`)).json();
      const hidden: Cell[] = body.cells.filter((c: Cell) => c.responses.suppressed && c.headcount);
      expect(hidden.length).toBeGreaterThan(0);
      for (const cell of hidden) {
        // The bound is never below the truth (none is given when it is the headcount or more), and
        // the status follows from it and the headcount alone.
        const real = truth[`${cell.staffGroup}|${cell.division}`];
        if (real !== undefined) expect(cell.atMost ?? cell.headcount).toBeGreaterThanOrEqual(real);
        if (cell.atMost !== null) expect(cell.atMost).toBeLessThan(cell.headcount!);
        expect(cell.status).toBe(cell.atMost !== null && cell.atMost / cell.headcount! < target ? 'below_target' : 'hidden');
        if (cell.status === 'below_target') expect(body.belowTarget).toContainEqual({ staffGroup: cell.staffGroup, division: cell.division, headcount: cell.headcount, rate: null, atMost: cell.atMost });
      }
      expect(body.undecided).toBe(hidden.filter((c) => c.status === 'hidden').length);
    }
    // Nursing in Oncology (20 of 40, hidden as a complement) is provably below a 90% target.
    const at90 = (await org.admin.get(`/api/v1/surveys/${surveyId}/coverage?targetRate=0.9`)).json();
    const nursing = at90.cells.find((c: Cell) => c.staffGroup === ids.Nursing && c.division === ids.Oncology);
    expect(nursing).toMatchObject({ responses: { suppressed: true }, status: 'below_target' });
    for (const never of at90.neverHeard) if (never.hidden) expect(at90.cells.find((c: Cell) => c.staffGroup === never.staffGroup && c.division === never.division).atMost).toBe(0);

    const csv = await org.admin.get(`/api/v1/surveys/${surveyId}/coverage.csv?targetRate=0.9`);
    expect(csv.statusCode).toBe(200);
    const rows: string[][] = parse(csv.body.replace(/^\uFEFF/, ''));
    expect(rows[0]).toEqual(['Division', 'Staff group', 'Responses', 'Headcount', 'Response rate', 'Status']);
    expect(rows).toContainEqual(['Oncology', 'Nursing', `hidden, at most ${nursing.atMost}`, '40', '', 'Below target']);
    expect(rows).toContainEqual(['Surgery', 'Nursing', '25', '80', '31.3%', 'Below target']);
    // Every cell of the page is a line of the file, with the same status.
    const statusText: Record<string, string> = { on_target: 'On target', below_target: 'Below target', never_heard: 'Never heard from', hidden: 'Hidden', no_headcount: 'No headcount' };
    expect(rows.filter((r) => r[5] !== '').length - 1).toBe(at90.cells.length);
    expect(rows.slice(1, at90.cells.length + 1).map((r) => r[5])).toEqual(at90.cells.map((c: { status: string }) => statusText[c.status]));
    for (const row of rows.slice(1)) expect(row[2] === '0' || row[2]!.startsWith('hidden') || Number(row[2]) >= 10).toBe(true);
  });
});

describe('exports', () => {
  it('exports suppressed aggregates as CSV', async () => {
    const response = await org.admin.get(`/api/v1/surveys/${surveyId}/results.csv?staffGroup=${ids.Medical}`);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.body.startsWith('\uFEFFQuestion,Statement,Group,Answer,Count')).toBe(true);
    expect(response.body).toContain('hidden');
  });

  it('exports each compared group\'s figures as the page shows them, small groups hidden', async () => {
    const compared = await org.admin.get(`/api/v1/surveys/${surveyId}/results.csv?compareBy=staff_group`);
    const records = parse(compared.body.slice(1), { columns: true }) as Record<string, string>[];
    const groups = new Set(records.map((r) => r.Group));
    expect(groups.has('Everyone in the filter')).toBe(true);
    expect(groups.size).toBeGreaterThan(2);
    // Every figure in the file is one the page shows: each group's rows match its results.
    const page = (await org.admin.get(`/api/v1/surveys/${surveyId}/results/${q.agree}?compareBy=staff_group`)).json();
    const title = page.title as string;
    for (const group of page.comparison as { label: string; items: { label: string; count: { value: number | null; suppressed: boolean } }[] }[]) {
      const inFile = records.filter((r) => r.Question === title && r.Group === group.label).map((r) => [r.Answer, r.Count]);
      expect(inFile).toEqual(group.items.map((i) => [i.label, i.count.suppressed ? 'hidden' : String(i.count.value)]));
    }
    for (const r of records) expect(r.Count === 'hidden' || Number(r.Count) === 0 || Number(r.Count) >= 10).toBe(true);
  });

  it('gives admins raw responses with the day only, and defuses formulas', async () => {
    await t.ctx.db.transaction((tx) =>
      recordResponse(tx, {
        survey: { id: surveyId, organisationId: org.organisationId, anonymous: true },
        definition,
        answers: { [q.comment]: '=HYPERLINK("http://evil.example","click")' },
        idempotencyKey: randomUUID(),
        invitationId: null,
      }),
    );
    const csv = (await org.admin.get(`/api/v1/surveys/${surveyId}/responses.csv`)).body;
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(114);
    expect(lines[0]).toContain('Day submitted');
    expect(lines[1]).toMatch(/^[0-9a-f-]{36},\d{4}-\d{2}-\d{2},/);
    expect(csv).toContain(`'=HYPERLINK`);
  });

  it('defuses formulas in the raw export\'s header row, where question titles are the column names', async () => {
    const titles = ['=HYPERLINK("http://evil.example","click")', '+1+1', '-2+3', '@SUM(A1)', '\tTab first', '\rReturn first', 'Plain title'];
    const formulaSurveyId = await t.ctx.db.transaction(async (tx) => {
      const [own] = await tx.select({ strategyId: surveys.strategyId }).from(surveys).where(eq(surveys.id, surveyId));
      const [survey] = await tx.insert(surveys).values({ organisationId: org.organisationId, strategyId: own!.strategyId, title: 'Formulas', status: 'open' }).returning();
      const [section] = await tx.insert(surveySections).values({ surveyId: survey!.id, position: 0, title: 'All' }).returning();
      await tx.insert(surveyQuestions).values(titles.map((title, position) => ({ surveyId: survey!.id, sectionId: section!.id, position, type: 'short_text' as const, title })));
      return survey!.id;
    });
    const response = await org.admin.get(`/api/v1/surveys/${formulaSurveyId}/responses.csv`);
    expect(response.statusCode).toBe(200);
    const [header] = parse(response.body.replace(/^\uFEFF/, ''), { relax_column_count: true }) as string[][];
    expect(header!.slice(5)).toEqual(titles.map((title) => (title === 'Plain title' ? title : `'${title}`)));
  });

  it('writes each stored answer in the raw export as a person reads it', async () => {
    const { responseId } = await t.ctx.db.transaction((tx) =>
      recordResponse(tx, {
        survey: { id: surveyId, organisationId: org.organisationId, anonymous: true },
        definition,
        answers: { [q.tools]: 'yes', [q.agree]: 4, [q.multi]: ['yes', 'no'], [q.matrix]: { login: 2 }, [q.comment]: 'Tabs\tand "quotes"' },
        idempotencyKey: randomUUID(),
        invitationId: null,
      }),
    );
    const csv = (await org.admin.get(`/api/v1/surveys/${surveyId}/responses.csv`)).body;
    const line = csv.split('\r\n').find((l) => l.startsWith(responseId!));
    expect(line).toMatch(/,Not stated,Not stated,Not stated,,,Yes,4,Yes; No,I can log in quickly: 2,"Tabs\tand ""quotes"""$/);
  });
});
