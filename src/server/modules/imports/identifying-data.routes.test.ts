import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTable } from '../../platform/files/table.js';
import type { Database } from '../../platform/db/client.js';
import { startTestAppAlone } from '../../testing/databases.js';
import type { TestApp } from '../../testing/harness.js';
import { JOB_THRESHOLD_ROWS } from './prepare.js';
import { csv, fixture, importingOrganisation } from './testing-imports.js';

/**
 * Identifying columns (by header and by content) never reach an anonymous survey: every import
 * below uses the defaults, then every table of the database is read back as text and searched
 * for each name, email address, IP address, telephone number and ID of the file.
 */
let t: TestApp;
// A database of its own: on a shared PostgreSQL server other test files import the same fixtures
// (some deliberately keeping identifying columns), and reading every table would find theirs.
beforeAll(async () => {
  t = await startTestAppAlone();
  await t.ctx.jobs.start({ work: true });
});
afterAll(() => t.close());

/** Every row of every table, as text; bytea columns come out as hex, so both forms are searched. */
async function everyTableAsText(database: Database): Promise<string> {
  const tables = await database.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  expect(tables.map((r) => r.name)).toEqual(expect.arrayContaining([
    'survey_questions', 'survey_responses', 'survey_answer_counts', 'surveys', 'imports', 'import_uploads', 'audit_events', 'job_progress',
  ]));
  const parts: string[] = [];
  for (const { name } of tables) {
    const rows = await database.query<{ row: string }>(`SELECT t::text AS row FROM "${name}" t`);
    parts.push(`${name}:`, ...rows.map((r) => r.row));
  }
  return parts.join('\n');
}

const hex = (value: string) => Buffer.from(value, 'utf8').toString('hex');

/** The values of the file that must not be stored: identifying cells long enough to be unmistakable. */
async function identifyingValues(bytes: Uint8Array, headerRows: number, columns: number[]): Promise<string[]> {
  const { rows } = await readTable(bytes);
  const values = rows.slice(headerRows).flatMap((row) => columns.map((c) => (row[c] ?? '').trim()));
  return [...new Set(values.filter((v) => v.length >= 5 && !/^(anonymous|true|false)$/i.test(v)))];
}

function expectNoneStored(dump: string, values: string[]) {
  expect(values.length).toBeGreaterThan(0);
  const found = values.filter((v) => dump.includes(v) || dump.includes(hex(v)) || dump.includes(JSON.stringify(v).slice(1, -1)));
  expect(found).toEqual([]);
}

async function importWithDefaults(fileName: string, bytes: Uint8Array) {
  const { commit, preview } = await importingOrganisation(t.app);
  const shown = (await preview(fileName, bytes)).json();
  expect(shown.canImport, JSON.stringify(shown.problems)).toBe(true);
  expect(shown.identifying.every((c: { keep: boolean }) => !c.keep)).toBe(true);
  const done = await commit(fileName, bytes);
  expect(done.statusCode, done.body).toBe(201);
  const surveyId = done.json().surveyId as string;
  const [survey] = await t.ctx.database.query<{ anonymous: boolean; identifying_kept: unknown[] }>(`SELECT anonymous, identifying_kept FROM surveys WHERE id = $1`, [surveyId]);
  expect(survey).toEqual({ anonymous: true, identifying_kept: [] });
  const titles = (await t.ctx.database.query<{ title: string }>(`SELECT title FROM survey_questions WHERE survey_id = $1`, [surveyId])).map((q) => q.title);
  for (const column of shown.identifying as { title: string }[]) expect(titles).not.toContain(column.title);
  return { shown, surveyId };
}

describe('identifying columns never reach an anonymous survey', () => {
  it('reads an old one-row SurveyMonkey export as SurveyMonkey and stores none of its names, emails, IPs or phone numbers', async () => {
    const bytes = fixture('surveymonkey-legacy.csv');
    const { shown } = await importWithDefaults('old-surveymonkey.csv', bytes);
    expect([shown.tool, shown.headerRows]).toEqual(['surveymonkey', 1]);
    const flagged = Object.fromEntries((shown.identifying as { title: string; reason: string }[]).map((c) => [c.title, c.reason]));
    expect(flagged).toEqual({
      RespondentID: 'respondent ID', CollectorID: 'collector ID', StartDate: 'exact start time', 'IP Address': 'IP address',
      'Email Address': 'email address', FirstName: 'name', LastName: 'name', CustomData: 'custom data (often a name or staff number)',
      // Under headers that say nothing, by what the cells hold.
      'Who filled in this form?': 'looks like people\'s names', 'Best number to reach you on': 'looks like telephone numbers',
    });
    expect(shown.questions.map((q: { title: string }) => q.title)).toEqual([
      'Which division do you work in?', 'How satisfied are you with IT support overall?', 'What one thing would make digital work better for you?',
    ]);
    // The preview masks what it drops.
    expect(shown.firstRows[0].slice(0, 9)).not.toContain('Okafor');
    const values = await identifyingValues(bytes, 1, shown.identifying.map((c: { column: number }) => c.column));
    expect(values).toEqual(expect.arrayContaining(['Okafor', 'Amara Okafor', 'amara.okafor@nhs.net', '86.144.20.30', '07700 900200', 'E452100']));
    expectNoneStored(await everyTableAsText(t.ctx.database), values);
  });

  it.each([
    ['surveymonkey.csv', 'surveymonkey', 2],
    ['surveymonkey-ranking.csv', 'surveymonkey', 2],
    ['qualtrics.csv', 'qualtrics', 3],
    ['qualtrics-ranking.csv', 'qualtrics', 3],
    ['qualtrics-legacy.csv', 'qualtrics_legacy', 2],
    ['microsoft-forms.csv', 'microsoft_forms', 1],
    ['google-forms.csv', 'google_forms', 1],
    ['limesurvey.csv', 'limesurvey', 1],
  ] as const)('%s: nothing identifying is stored', async (name, tool, headerRows) => {
    const bytes = fixture(name);
    const { shown } = await importWithDefaults(name, bytes);
    expect([shown.tool, shown.headerRows]).toEqual([tool, headerRows]);
    const values = await identifyingValues(bytes, headerRows, shown.identifying.map((c: { column: number }) => c.column));
    expectNoneStored(await everyTableAsText(t.ctx.database), values);
  });

  it('a plain file: columns found only by what they hold are dropped too', async () => {
    const rows = [['Ward', 'Filled in by', 'Reach me on', 'Sent from', 'Reply to', 'Comment']];
    const people = ['Ada Lovelace', 'Grace Hopper', 'Mary Seacole', 'Florence Nightingale', 'Edith Cavell', 'Elsie Inglis'];
    people.forEach((person, i) => rows.push([
      i % 2 ? 'Ward 1' : 'Ward 2', person, `0113 496 00${10 + i}`, `2001:db8::${i + 1}f`, `${person.split(' ')[1]!.toLowerCase()}@example.org`, i % 2 ? 'Strongly Agree' : 'Better Wifi',
    ]));
    const bytes = csv(rows);
    const { shown } = await importWithDefaults('plain.csv', bytes);
    expect(shown.tool).toBe('plain');
    expect(shown.identifying.map((c: { title: string; reason: string }) => [c.title, c.reason])).toEqual([
      ['Filled in by', 'looks like people\'s names'], ['Reach me on', 'looks like telephone numbers'],
      ['Sent from', 'looks like IP addresses'], ['Reply to', 'looks like email addresses'],
    ]);
    expect(shown.questions.map((q: { title: string }) => q.title)).toEqual(['Ward', 'Comment']);
    expectNoneStored(await everyTableAsText(t.ctx.database), await identifyingValues(bytes, 1, [1, 2, 3, 4]));
  });

  it('a column kept on purpose (a survey that is not anonymous) is found by the same search, and only that column', async () => {
    // Values of its own, so that this test storing them leaves the others' searches unchanged.
    const rows = [['Ward', 'Email', 'Mobile', 'Comment']];
    for (let i = 0; i < 5; i += 1) rows.push([i % 2 ? 'Ward 1' : 'Ward 2', `kept.on.purpose.${i}@example.org`, `07700 900${700 + i}`, `Comment ${i}`]);
    const bytes = csv(rows);
    const { commit } = await importingOrganisation(t.app);
    const done = await commit('kept.csv', bytes, { keepIdentifying: [1], anonymous: false });
    expect(done.statusCode, done.body).toBe(201);
    const dump = await everyTableAsText(t.ctx.database);
    expect(dump).toContain('kept.on.purpose.3@example.org');
    expectNoneStored(dump, await identifyingValues(bytes, 1, [2]));
  });

  it('a large old SurveyMonkey file imported as a background job leaves nothing identifying behind either', async () => {
    const firsts = ['Amara', 'Callum', 'Priya', 'Siobhan', 'Tomasz', 'Grace', 'Dylan', 'Farah', 'Owen', 'Imogen'];
    const lasts = Array.from({ length: 600 }, (_, i) => `Surname${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
    const header = ['RespondentID', 'CollectorID', 'StartDate', 'EndDate', 'IP Address', 'Email Address', 'FirstName', 'LastName', 'CustomData', 'Which division do you work in?', 'Comment'];
    const rows = [header];
    for (let i = 0; i < JOB_THRESHOLD_ROWS + 50; i += 1) {
      const first = firsts[i % firsts.length]!;
      const last = lasts[Math.floor(i / firsts.length) % lasts.length]!;
      rows.push([String(20234567890 + i), '98765432', '02/03/2019 08:10:03 AM', '02/03/2019 08:20:41 AM', `10.${i % 200}.${Math.floor(i / 200)}.7`,
        `${first}.${last}.${i}@nhs.net`.toLowerCase(), first, last, `E${700000 + i}`, i % 2 ? 'Surgery' : 'Medicine', i % 7 ? '' : 'The wifi drops out']);
    }
    const bytes = csv(rows);
    const { org, commit } = await importingOrganisation(t.app);
    const queued = await commit('big-old-surveymonkey.csv', bytes);
    expect(queued.statusCode, queued.body).toBe(202);
    const { jobId } = queued.json();
    let job = { state: 'queued' };
    for (let i = 0; i < 240 && job.state !== 'done' && job.state !== 'failed'; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      job = (await org.admin.get(`/api/v1/orgs/${org.organisationId}/jobs/${jobId}`)).json();
    }
    expect(job).toMatchObject({ state: 'done' });
    const dump = await everyTableAsText(t.ctx.database);
    // A sample of each kind of value, every one of the first and last rows.
    const sample = [...rows.slice(1, 40), ...rows.slice(-40)].flatMap((r) => [r[0]!, r[4]!, r[5]!, r[7]!, r[8]!, `${r[6]} ${r[7]}`]);
    expectNoneStored(dump, [...new Set(sample)]);
  }, 150_000);
});
