import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeXlsx } from '../../platform/files/testing-xlsx.js';
import { startTestApp, type TestApp } from '../../testing/harness.js';
import { csv, importingOrganisation } from './testing-imports.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const stored = (surveyId: string) =>
  t.ctx.database.query<{ submitted_on: string; answers: string }>(
    `SELECT submitted_on::text, answers::text FROM survey_responses WHERE survey_id = $1 ORDER BY submitted_on`, [surveyId]);

describe('an imported response keeps the day it was given, not the import day, and never its time', () => {
  it('UK dates in a plain CSV: a day above 12 settles the order for the whole file', async () => {
    const { commit } = await importingOrganisation(t.app);
    const file = csv([
      ['Submission date', 'How satisfied are you with IT support?'],
      ['03/04/2024 23:59', 'Satisfied'],
      ['13/04/2024 08:15', 'Very satisfied'],
      ['05/04/2024 12:00', 'Very dissatisfied'],
    ]);
    const done = await commit('uk.csv', file);
    expect(done.statusCode, done.body).toBe(201);
    const rows = await stored(done.json().surveyId);
    expect(rows.map((r) => r.submitted_on)).toEqual(['2024-04-03', '2024-04-05', '2024-04-13']);
    expect(rows.some((r) => /23:59|08:15|12:00/.test(r.answers))).toBe(false);
    // The scale keeps its order, and its levels nobody chose.
    const [question] = await t.ctx.database.query<{ options: { label: string }[] }>(
      'SELECT options FROM survey_questions WHERE survey_id = $1', [done.json().surveyId]);
    expect(question!.options.map((o) => o.label)).toEqual(['Very dissatisfied', 'Dissatisfied', 'Neither satisfied nor dissatisfied', 'Satisfied', 'Very satisfied']);
  });

  it('a Microsoft Forms workbook whose completion times Excel stored as serial numbers', async () => {
    const { commit } = await importingOrganisation(t.app);
    const file = writeXlsx([
      ['ID', 'Start time', 'Completion time', 'How often do you use the EPR?'],
      ['1', 45306.9, 45306.99, 'Daily'],
      ['2', 45400.1, 45400.2, 'Weekly'],
      ['3', 45401.1, 45401.2, 'Daily'],
    ]);
    const done = await commit('forms.xlsx', file);
    expect(done.statusCode, done.body).toBe(201);
    expect((await stored(done.json().surveyId)).map((r) => r.submitted_on)).toEqual(['2024-01-15', '2024-04-18', '2024-04-19']);
  });
});
