import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../testing/harness.js';
import { countsCheck, csv, fixture, footprint, importingOrganisation } from './testing-imports.js';
import { writeXlsx } from '../../platform/files/testing-xlsx.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const setUp = () => importingOrganisation(t.app);

type StoredQuestion = { id: string; title: string; type: string; options: { key: string; label: string }[] };
const rankingOf = async (surveyId: string) => {
  const questions = await t.ctx.database.query<StoredQuestion>(`SELECT id, title, type, options FROM survey_questions WHERE survey_id = $1 ORDER BY position`, [surveyId]);
  return questions.find((q) => q.type === 'ranking')!;
};
/** Each stored ranking as option labels, first choice first; the rows sorted, as the file's order is not kept. */
async function rankingsAsLabels(surveyId: string, question: StoredQuestion) {
  const rows = await t.ctx.database.query<{ ranking: string[] | null }>(
    `SELECT answers -> $2 AS ranking FROM survey_responses WHERE survey_id = $1`,
    [surveyId, question.id],
  );
  const label = (key: string) => question.options.find((o) => o.key === key)!.label;
  return rows.map((r) => JSON.stringify(r.ranking?.map(label) ?? null)).sort();
}

const sorted = (rankings: (string[] | null)[]) => rankings.map((r) => JSON.stringify(r)).sort();

describe('importing ranking questions', () => {
  it('reads SurveyMonkey rank columns as one ranking question, first choice first, with counts as if answered here', async () => {
    const { preview, commit } = await setUp();
    const shown = (await preview('ranking.csv', fixture('surveymonkey-ranking.csv'))).json();
    expect(shown.canImport, JSON.stringify(shown.problems)).toBe(true);
    const ranked = shown.questions.find((q: { type: string }) => q.type === 'ranking');
    expect(ranked).toMatchObject({ title: 'Put these in order: what should digital work fix first?', answered: 4 });
    // The preview counts first choices: two respondents put log-in first.
    expect(ranked.options.map((o: { label: string; count: number }) => `${o.label} ${o.count}`)).toEqual(['Faster log-in 2', 'Fewer passwords 1', 'Better wifi 0', 'More training 1']);

    const done = await commit('ranking.csv', fixture('surveymonkey-ranking.csv'));
    expect(done.statusCode, done.body).toBe(201);
    const surveyId = done.json().surveyId as string;
    const question = await rankingOf(surveyId);
    expect(question.options.map((o) => o.label)).toEqual(['Faster log-in', 'Fewer passwords', 'Better wifi', 'More training']);
    expect(await rankingsAsLabels(surveyId, question)).toEqual(sorted([
      ['Faster log-in', 'Fewer passwords', 'Better wifi', 'More training'],
      ['Fewer passwords', 'Faster log-in', 'More training', 'Better wifi'],
      ['Faster log-in', 'Better wifi', 'Fewer passwords', 'More training'],
      null, // row 6 ranked nothing: no answer, not an empty ranking
      ['More training', 'Better wifi', 'Fewer passwords', 'Faster log-in'],
    ]));
    const { expected, stored } = await countsCheck(t.ctx.database, surveyId);
    expect(stored).toEqual(expected);
  });

  it('reads the same ranks from an Excel workbook, where Excel stores them as numbers', async () => {
    const { commit } = await setUp();
    const rows = parse(fixture('surveymonkey-ranking.csv').toString('utf8')) as string[][];
    const workbook = writeXlsx(rows.map((row, r) => row.map((cell, c) => (r >= 2 && c >= 10 && c <= 13 && cell !== '' ? Number(cell) : cell))));
    const done = await commit('ranking.xlsx', workbook);
    expect(done.statusCode, done.body).toBe(201);
    const question = await rankingOf(done.json().surveyId);
    expect((await rankingsAsLabels(done.json().surveyId, question)).filter((r) => r !== 'null')).toHaveLength(4);
  });

  it('reads Qualtrics rank columns ("Question - Option") as a ranking', async () => {
    const { commit } = await setUp();
    const done = await commit('qualtrics-ranking.csv', fixture('qualtrics-ranking.csv'));
    expect(done.statusCode, done.body).toBe(201);
    const surveyId = done.json().surveyId as string;
    const question = await rankingOf(surveyId);
    expect(question.title).toBe('Rank these priorities');
    expect(await rankingsAsLabels(surveyId, question)).toEqual(sorted([
      ['Fewer passwords', 'Faster log-in', 'Better wifi'],
      ['Faster log-in', 'Fewer passwords', 'Better wifi'],
      ['Better wifi', 'Fewer passwords', 'Faster log-in'],
    ]));
  });

  it('reads a Microsoft Forms ranking listed in one cell, keeps one that stops after the first choices, and refuses an unknown option', async () => {
    const { org, commit } = await setUp();
    const rows = [['ID', 'Start time', 'Completion time', 'Email', 'Name', 'Put these in order', 'Which tools do you use?']];
    const orders = ['Wifi;Log-in;Training;', 'Log-in;Wifi;Training;', 'Training;Log-in;Wifi;', 'Wifi;Training;Log-in;', ''];
    orders.forEach((order, i) => rows.push([String(i + 1), `3/${i + 1}/24 9:00:00`, `3/${i + 1}/24 9:05:00`, 'anonymous', '', order, i % 2 ? 'Email;Teams;' : 'Email;']));
    const done = await commit('forms-ranking.csv', csv(rows));
    expect(done.statusCode, done.body).toBe(201);
    const surveyId = done.json().surveyId as string;
    const question = await rankingOf(surveyId);
    expect(question.options.map((o) => o.label)).toEqual(['Wifi', 'Log-in', 'Training']);
    expect(await rankingsAsLabels(surveyId, question)).toEqual(sorted([
      ['Wifi', 'Log-in', 'Training'], ['Log-in', 'Wifi', 'Training'], ['Training', 'Log-in', 'Wifi'], ['Wifi', 'Training', 'Log-in'], null,
    ]));
    const { expected, stored } = await countsCheck(t.ctx.database, surveyId);
    expect(stored).toEqual(expected);

    // A later file whose row ranks only its first two choices: kept as they are.
    const later = (cell: string, year: string) => rows.map((r, i) => (i === 2 ? [...r.slice(0, 5), cell, r[6]!] : r).map((c, j) => (i > 0 && (j === 1 || j === 2) ? c.replace('/24', `/${year}`) : c)));
    const topTwo = await commit('forms-ranking-2.csv', csv(later('Log-in;Wifi;', '25')), { surveyId, columns: [{ column: 5, type: 'ranking' }] });
    expect(topTwo.statusCode, topTwo.body).toBe(201);
    expect(await rankingsAsLabels(surveyId, question)).toContain(JSON.stringify(['Log-in', 'Wifi']));
    expect((await countsCheck(t.ctx.database, surveyId)).stored).toEqual((await countsCheck(t.ctx.database, surveyId)).expected);

    const before = await footprint(t.ctx.database, org.organisationId);
    const refused = await commit('forms-ranking-3.csv', csv(later('Log-in;Printers;', '26')), { surveyId, columns: [{ column: 5, type: 'ranking' }] });
    expect(refused.json().errors?.map((e: { message: string }) => e.message)).toEqual([
      'Row 3, column "Put these in order": "Printers" is not one of the options.',
    ]);
    expect(await footprint(t.ctx.database, org.organisationId)).toEqual(before);
  });

  it('reads LimeSurvey\'s position columns ("[Ranking 1]", "[Ranking 2]", …) as a ranking, and refuses an option put twice', async () => {
    const { org, commit } = await setUp();
    const header = ['id', 'submitdate', 'lastpage', 'startlanguage', 'seed', 'Put these in order [Ranking 1]', 'Put these in order [Ranking 2]', 'Put these in order [Ranking 3]'];
    const orders = [['Wifi', 'Log-in', 'Training'], ['Log-in', 'Training', 'Wifi'], ['Training', 'Wifi', 'Log-in'], ['', '', ''], ['Wifi', 'Training', 'Log-in']];
    const rows = (day: string, list = orders) => [header, ...list.map((o, i) => [String(i + 1), `2024-04-0${i + 1} ${day}`, '3', 'en', String(1000 + i), ...o])];
    const done = await commit('limesurvey-ranking.csv', csv(rows('14:20:05')));
    expect(done.statusCode, done.body).toBe(201);
    const surveyId = done.json().surveyId as string;
    const question = await rankingOf(surveyId);
    expect([question.title, question.options.map((o) => o.label)]).toEqual(['Put these in order', ['Wifi', 'Log-in', 'Training']]);
    expect(await rankingsAsLabels(surveyId, question)).toEqual(sorted([...orders.slice(0, 3), null, orders[4]!]));
    const { expected, stored } = await countsCheck(t.ctx.database, surveyId);
    expect(stored).toEqual(expected);

    const before = await footprint(t.ctx.database, org.organisationId);
    const twice = orders.map((o, i) => (i === 1 ? ['Log-in', 'Log-in', 'Wifi'] : o));
    const refused = await commit('limesurvey-ranking-2.csv', csv(rows('15:20:05', twice)), { surveyId });
    expect(refused.json().errors?.map((e: { message: string }) => e.message)).toEqual(['Row 3, column "Put these in order": "Log-in" is ranked twice.']);
    expect(await footprint(t.ctx.database, org.organisationId)).toEqual(before);
  });

  it('reads LimeSurvey positions where each respondent ranks only a first few ("maximum answers"), and refuses a position skipped', async () => {
    const { org, commit } = await setUp();
    const header = ['id', 'submitdate', 'Fix first [Ranking 1]', 'Fix first [Ranking 2]'];
    const orders = [['Wifi', 'Log-in'], ['Training', 'Wifi'], ['Log-in', ''], ['Printers', 'Training']];
    const rows = (day: string, list = orders) => [header, ...list.map((o, i) => [String(i + 1), `2024-05-0${i + 1} ${day}`, ...o])];
    const done = await commit('limesurvey-top-two.csv', csv(rows('09:00:00')));
    expect(done.statusCode, done.body).toBe(201);
    const surveyId = done.json().surveyId as string;
    const question = await rankingOf(surveyId);
    expect(question.options.map((o) => o.label).sort()).toEqual(['Log-in', 'Printers', 'Training', 'Wifi']);
    expect(await rankingsAsLabels(surveyId, question)).toEqual(sorted(orders.map((o) => o.filter(Boolean))));
    const { expected, stored } = await countsCheck(t.ctx.database, surveyId);
    expect(stored).toEqual(expected);

    const before = await footprint(t.ctx.database, org.organisationId);
    const refused = await commit('limesurvey-gap.csv', csv(rows('10:00:00', orders.map((o, i) => (i === 1 ? ['', 'Wifi'] : o)))), { surveyId });
    expect(refused.json().errors?.map((e: { message: string }) => e.message)).toEqual([
      'Row 3, column "Fix first": Position 1 is empty, but a later one is filled. Rankings run from position 1 with none left out: correct the row, or clear its ranking.',
    ]);
    expect(await footprint(t.ctx.database, org.organisationId)).toEqual(before);
  });

  it('keeps rank columns that stop after the first choices ("N/A"), and refuses a rank given twice or one left out, naming the row, saving nothing', async () => {
    const { org, commit } = await setUp();
    const topTwo = fixture('surveymonkey-ranking.csv').toString('utf8').replace('Surgery,1,3,2,4', 'Surgery,1,,2,');
    const done = await commit('top-two.csv', Buffer.from(topTwo));
    expect(done.statusCode, done.body).toBe(201);
    const surveyId = done.json().surveyId as string;
    expect(await rankingsAsLabels(surveyId, await rankingOf(surveyId))).toContain(JSON.stringify(['Faster log-in', 'Better wifi']));
    const { expected, stored } = await countsCheck(t.ctx.database, surveyId);
    expect(stored).toEqual(expected);

    const before = await footprint(t.ctx.database, org.organisationId);
    const text = fixture('surveymonkey-ranking.csv').toString('utf8')
      .replace('Medicine,2,1,4,3', 'Medicine,2,1,2,3')
      .replace('Surgery,1,3,2,4', 'Surgery,1,,3,');
    const refused = await commit('broken-ranking.csv', Buffer.from(text));
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors.map((e: { message: string }) => e.message)).toEqual([
      'Row 4, column "Put these in order: what should digital work fix first?": Rank 2 is given to both "Faster log-in" and "Better wifi".',
      'Row 5, column "Put these in order: what should digital work fix first?": Rank 2 is missing, but rank 3 is given. Ranks run from 1 with none left out: correct the ranks, or clear the row\'s ranks.',
    ]);
    expect(await footprint(t.ctx.database, org.organisationId)).toEqual(before);
  });

  it('adds a later file\'s rankings to an existing ranking question, matching options by label', async () => {
    const { commit, preview } = await setUp();
    const surveyId = (await commit('march.csv', fixture('surveymonkey-ranking.csv'))).json().surveyId as string;
    const april = fixture('surveymonkey-ranking.csv').toString('utf8').replace(/03\/0/g, '04/0');
    const shown = (await preview('april.csv', Buffer.from(april), { surveyId })).json();
    expect(shown.canImport, JSON.stringify(shown.problems)).toBe(true);
    const done = await commit('april.csv', Buffer.from(april), { surveyId });
    expect(done.statusCode, done.body).toBe(201);
    const question = await rankingOf(surveyId);
    expect((await rankingsAsLabels(surveyId, question)).filter((r) => r !== 'null')).toHaveLength(8);
    const { expected, stored } = await countsCheck(t.ctx.database, surveyId);
    expect(stored).toEqual(expected);

    // An option the question does not have cannot be ranked into it.
    const fewer = april.replace(/,More training,/, ',Not an option,').replace(/04\/0/g, '05/0');
    const refused = (await preview('may.csv', Buffer.from(fewer), { surveyId })).json();
    expect(refused.problems.map((p: { text: string }) => p.text)).toContain(
      'column "Put these in order: what should digital work fix first?": "Not an option" is not an option of "Put these in order: what should digital work fix first?".',
    );
  });
});
