import { eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Answers } from '../../../shared/contracts/survey-definition.js';
import { todayInLondon } from '../../../shared/calendar-date.js';
import { addMonths } from '../../../shared/estate-assessment.js';
import { systems } from '../estate/index.js';
import { evidenceItems } from '../evidence/index.js';
import { organisations } from '../organisations/index.js';
import { strategies } from '../strategies/index.js';
import { loadSurveyDefinition, surveyQuestions, surveySections, surveys } from '../surveys/index.js';
import { headcounts, orgUnits, staffGroups } from '../workforce/index.js';
import type { SignedUpOrg, TestApp } from '../../testing/harness.js';
import { storeResponse } from '../../testing/responses.js';

/** Planted in a leader interview and a sticky note: the pack must show them masked. */
export const PLANTED = { name: 'Priya Shah', phone: '07700 900123', interviewee: 'Dr Hidden Name' };

/**
 * A strategy with what a playback needs, on a real database: a survey answered by 12 nurses in
 * Surgery, 10 in Oncology and 2 admin staff in Oncology (below five), a sticky note and a leader
 * interview with personal information planted in them, headcounts, and a system whose contract ends
 * soon, and nurses in Estates who never answered. Returns the evidence ids by kind.
 */
export async function seedPlayback(t: TestApp, org: SignedUpOrg) {
  const organisationId = org.organisationId;
  const ids: Record<string, string> = {};
  const q = { group: randomUUID(), division: randomUUID(), likert: randomUUID(), comment: randomUUID() };
  let strategyId = '';
  let surveyId = '';
  await t.ctx.db.transaction(async (tx) => {
    await tx.update(organisations).set({ minGroupSize: 5 }).where(eq(organisations.id, organisationId));
    const groups = await tx.insert(staffGroups).values(['Nursing', 'Admin'].map((name, position) => ({ organisationId, name, position }))).returning();
    const divisions = await tx.insert(orgUnits).values(['Surgery', 'Oncology', 'Estates'].map((name) => ({ organisationId, kind: 'division' as const, name }))).returning();
    for (const row of [...groups, ...divisions]) ids[row.name] = row.id;
    await tx.insert(headcounts).values([
      { organisationId, staffGroupId: ids.Nursing!, divisionId: ids.Surgery!, headcount: 60 },
      { organisationId, staffGroupId: ids.Nursing!, divisionId: ids.Oncology!, headcount: 30 },
      { organisationId, staffGroupId: ids.Admin!, divisionId: ids.Oncology!, headcount: 12 },
      { organisationId, staffGroupId: ids.Admin!, divisionId: ids.Surgery!, headcount: 9 },
      // Nobody in Estates answers: a group the pack must call unheard.
      { organisationId, staffGroupId: ids.Nursing!, divisionId: ids.Estates!, headcount: 20 },
    ]);
    await tx.insert(systems).values([
      { organisationId, name: 'Rota Manager', technicalFit: 2, functionalFit: 4, contractEnd: addMonths(todayInLondon(), 3) },
      { organisationId, name: 'Patient Record', technicalFit: 4, functionalFit: 4, contractEnd: addMonths(todayInLondon(), 30) },
    ]);
    const [strategy] = await tx.insert(strategies).values({ organisationId, name: 'Digital plan', startYear: 2026, endYear: 2029 }).returning();
    strategyId = strategy!.id;
    const [survey] = await tx.insert(surveys).values({ organisationId, strategyId, title: 'Digital experience', status: 'open' }).returning();
    surveyId = survey!.id;
    const [section] = await tx.insert(surveySections).values({ surveyId, position: 0, title: 'All' }).returning();
    const base = { surveyId, sectionId: section!.id };
    await tx.insert(surveyQuestions).values([
      { ...base, id: q.group, position: 0, type: 'profile', dimension: 'staff_group', title: 'Staff group' },
      { ...base, id: q.division, position: 1, type: 'profile', dimension: 'division', title: 'Division' },
      { ...base, id: q.likert, position: 2, type: 'likert', title: 'Our systems help me do my job' },
      { ...base, id: q.comment, position: 3, type: 'long_text', title: 'What gets in the way?' },
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
      const answers: Answers = { [q.group]: ids[group]!, [q.division]: ids[division]!, [q.likert]: (i % 5) + 1, [q.comment]: `${words} ${i}` };
      await storeResponse(t.ctx.db, { id: surveyId, organisationId }, definition, answers);
    }
  }
  const workshop = await org.admin.post(`/api/v1/strategies/${strategyId}/workshops`, { title: 'Ward managers', heldOn: '2026-02-03' });
  await org.admin.post(`/api/v1/strategies/${strategyId}/workshops/${workshop.json().id}/notes`, {
    columnId: workshop.json().columns[0].id,
    text: `Rota tool loses shifts, ask Sister ${PLANTED.name} on ${PLANTED.phone}`,
  });
  await org.admin.post(`/api/v1/strategies/${strategyId}/interviews`, {
    intervieweeRole: 'Medical Director', intervieweeName: PLANTED.interviewee, heldOn: '2026-01-15', consent: 'notes_and_quotes',
    notes: `Rota tools cost us a day a week. Dr ${PLANTED.name} keeps the spreadsheet, ring ${PLANTED.phone}.`,
  });
  const items = await t.ctx.db.select({ id: evidenceItems.id, text: evidenceItems.text }).from(evidenceItems).where(eq(evidenceItems.strategyId, strategyId));
  const starting = (prefix: string) => items.filter((i) => i.text.startsWith(prefix)).map((i) => i.id);
  const evidence = {
    rota: starting('Rota crashes'),
    passwords: starting('Too many'),
    printer: starting('Printer'),
    note: starting('Rota tool loses'),
    interview: starting('Rota tools cost'),
  };
  return { strategyId, surveyId, ids, evidence };
}
