import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../testing/harness.js';
import { countsCheck, fixture, footprint, importingOrganisation } from './testing-imports.js';
import { writeXlsx } from '../../platform/files/testing-xlsx.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const setUp = () => importingOrganisation(t.app);

const responsesOf = (surveyId: string) =>
  t.ctx.database.query<{ id: string; submitted_on: string; source: string; import_id: string | null; staff_group_id: string | null }>(
    `SELECT id, submitted_on::text, source, import_id, staff_group_id FROM survey_responses WHERE survey_id = $1 ORDER BY submitted_on`, [surveyId]);
const questionsOf = (surveyId: string) =>
  t.ctx.database.query<{ id: string; title: string; type: string; options: { key: string; label: string }[] }>(
    `SELECT id, title, type, options FROM survey_questions WHERE survey_id = $1 ORDER BY position`, [surveyId]);
const textsOf = (questionId: string) =>
  t.ctx.database.query<{ text: string }>(`SELECT answers ->> $1::text AS text FROM survey_responses WHERE answers ? $1::text`, [questionId]).then((r) => r.map((x) => x.text));

const TOOLS = [
  ['microsoft-forms.csv', 'microsoft_forms', 6],
  ['google-forms.csv', 'google_forms', 4],
  ['surveymonkey.csv', 'surveymonkey', 6],
  ['qualtrics.csv', 'qualtrics', 4],
  ['qualtrics-legacy.csv', 'qualtrics_legacy', 3],
  ['limesurvey.csv', 'limesurvey', 4],
] as const;

describe('importing each tool\'s export', () => {
  it.each(TOOLS)('%s: previews, imports exactly, and keeps the running counts as if recorded one by one', async (file, tool, questionCount) => {
    const { org, preview, commit } = await setUp();
    const bytes = fixture(file);
    const shown = await preview(file, bytes);
    expect(shown.statusCode, shown.body).toBe(200);
    expect(shown.json()).toMatchObject({ tool, rowCount: 8, canImport: true, problemCount: 0 });
    expect(shown.json().firstRows).toHaveLength(8);

    const done = await commit(file, bytes);
    expect(done.statusCode, done.body).toBe(201);
    const { surveyId, responses } = done.json();
    expect(responses).toBe(8);
    const questions = await questionsOf(surveyId);
    expect(questions).toHaveLength(questionCount);
    const stored = await responsesOf(surveyId);
    expect(stored).toHaveLength(8);
    expect(stored.every((r) => r.source === 'import' && r.import_id)).toBe(true);
    const { expected, stored: counts } = await countsCheck(t.ctx.database, surveyId);
    expect(counts).toEqual(expected);
    const [survey] = await t.ctx.database.query(`SELECT status, source, anonymous FROM surveys WHERE id = $1`, [surveyId]);
    expect(survey).toEqual({ status: 'closed', source: 'import', anonymous: true });
    const after = await footprint(t.ctx.database, org.organisationId);
    expect(after.imports).toBe(1);
  });

  it('maps Microsoft Forms answers exactly: profile, choices, multi-select, agreement scale, 0–10, text, and the day only', async () => {
    const { commit } = await setUp();
    const done = await commit('microsoft-forms.csv', fixture('microsoft-forms.csv'));
    const { surveyId } = done.json();
    const questions = await questionsOf(surveyId);
    expect(questions.map((q) => q.type)).toEqual(['profile', 'single_choice', 'multiple_choice', 'likert', 'rating', 'short_text']);
    expect(questions.map((q) => q.title)).not.toContain('Email');
    const stored = await responsesOf(surveyId);
    expect(stored.map((r) => r.submitted_on)).toEqual(['2024-01-15', '2024-01-16', '2024-01-17', '2024-01-18', '2024-01-19', '2024-01-20', '2024-01-21', '2024-01-22']);
    expect(stored.every((r) => r.staff_group_id !== null)).toBe(true);
    const likert = await t.ctx.database.query<{ value: string; n: number }>(
      `SELECT value, sum(count)::int AS n FROM survey_answer_counts WHERE question_id = $1 GROUP BY value ORDER BY value`, [questions[3]!.id]);
    expect(likert).toEqual([{ value: '1', n: 1 }, { value: '2', n: 1 }, { value: '3', n: 1 }, { value: '4', n: 3 }, { value: '5', n: 2 }]);
    const multi = questions[2]!;
    expect(multi.options.map((o) => o.label)).toEqual(['Email', 'Teams', 'EPR', 'Rostering app']);
    const texts = await textsOf(questions[5]!.id);
    expect(texts.sort()).toEqual(['Faster log-in, please', 'Fewer passwords', 'Laptops that don\'t take 10 minutes to start', 'More "self-service" for IT requests',
      'Single sign-on for the EPR and e-prescribing', 'The wifi on ward 4 drops out constantly', 'Training that fits around shifts'].sort());
    const audit = await t.ctx.database.query<{ after: Record<string, unknown> }>(`SELECT after FROM audit_events WHERE action = 'survey.imported' AND subject_id = $1`, [surveyId]);
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0]!.after)).not.toMatch(/passwords|Nursing|Agree/);
  });

  it('reads an XLSX workbook, and reports a range Excel turned into a date', async () => {
    const { preview, commit } = await setUp();
    const rows: (string | Date)[][] = [['Timestamp', 'Which of these tools do you use at work?', 'How many years have you worked here?', 'Comments']];
    const years = ['0-1', '1-5', '5-10', '0-1', '1-5', '5-10'];
    years.forEach((y, i) => rows.push([new Date(Date.UTC(2024, 4, i + 1, 9)), i % 2 ? 'Email, Teams' : 'Teams', y, `Comment ${i}`]));
    const good = await preview('export.xlsx', writeXlsx(rows));
    expect(good.json()).toMatchObject({ format: 'xlsx', tool: 'google_forms', canImport: true, rowCount: 6 });
    // Excel stores "1-5" typed into a cell as 5 January.
    rows[2]![2] = new Date(Date.UTC(2024, 0, 5));
    const bad = await commit('export-excel-dates.xlsx', writeXlsx(rows));
    expect(bad.statusCode).toBe(400);
    const problems = bad.json().errors.map((f: { message: string }) => f.message);
    expect(problems.join('\n')).toContain('Row 3, column "How many years have you worked here?": "2024-01-05" looks like a date: Excel may have turned a range such as "1-5" into a date. Correct the cell in the file.');
  });
});

describe('encodings and damaged files', () => {
  const rows = [['Timestamp', 'Ward', 'Comment'], ...['Café £5 “quoted” – ok', 'Crème brûlée', 'Naïve façade', 'Œuvre', 'Smörgåsbord', '€100 budget'].map((c, i) => [`0${i + 1}/02/2024 10:00`, i % 2 ? 'Ward 1' : 'Ward 2', c])];

  it('imports a UTF-16LE tab-separated file with BOM, as Excel saves "Unicode Text"', async () => {
    const { preview, commit } = await setUp();
    const text = rows.map((r) => r.join('\t')).join('\r\n') + '\r\n';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect((await preview('unicode.txt', bytes)).json()).toMatchObject({ encoding: 'UTF-16 (little-endian)', delimiter: 'tab', lineEnding: 'CRLF', canImport: true });
    const done = await commit('unicode.txt', bytes);
    expect(done.statusCode, done.body).toBe(201);
    const questions = await questionsOf(done.json().surveyId);
    expect((await textsOf(questions.find((q) => q.title === 'Comment')!.id)).sort()).toEqual(rows.slice(1).map((r) => r[2]).sort());
  });

  it('imports a Windows-1252 file (£, é, curly quotes) and says which encoding it read', async () => {
    const { preview, commit } = await setUp();
    const cp1252 = Buffer.from('Ward;Comment\r\nWard 1;Café £5 “quoted” – ok\r\nWard 2;Crème brûlée\r\nWard 1;Naïve façade\r\n'.replace(/[“”–]/g, (c) => ({ '“': '\x93', '”': '\x94', '–': '\x96' })[c]!), 'latin1');
    expect((await preview('legacy.csv', cp1252)).json()).toMatchObject({ encoding: 'Windows-1252', delimiter: 'semicolon', canImport: true });
    const done = await commit('legacy.csv', cp1252);
    const questions = await questionsOf(done.json().surveyId);
    expect((await textsOf(questions.find((q) => q.title === 'Comment')!.id)).sort()).toEqual(['Café £5 “quoted” – ok', 'Crème brûlée', 'Naïve façade'].sort());
  });

  it('refuses a truncated file with the row, and changes nothing', async () => {
    const { org, preview, commit } = await setUp();
    const before = await footprint(t.ctx.database, org.organisationId);
    const truncated = Buffer.from('Ward,Comment\r\nWard 1,"Complete answer"\r\nWard 2,"Cut off in the mid');
    const shown = (await preview('cut.csv', truncated)).json();
    expect(shown.canImport).toBe(false);
    expect(shown.problems[0].text).toBe('Row 3: a quoted cell is never closed, so the file may have been cut short. Export it again and upload the whole file.');
    const refused = await commit('cut.csv', truncated);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].message).toMatch(/^Row 3: a quoted cell is never closed/);
    expect(await footprint(t.ctx.database, org.organisationId)).toEqual(before);
  });

  it('refuses an empty file and a header-only file', async () => {
    const { org, commit } = await setUp();
    const before = await footprint(t.ctx.database, org.organisationId);
    const empty = await commit('empty.csv', new Uint8Array());
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0].message).toBe('The file is empty.');
    const headerOnly = await commit('header.csv', Buffer.from('Timestamp,Ward,Comment\r\n'));
    expect(headerOnly.statusCode).toBe(400);
    expect(headerOnly.json().errors.map((f: { message: string }) => f.message)).toContain('The file has a header but no responses.');
    expect(await footprint(t.ctx.database, org.organisationId)).toEqual(before);
  });
});
