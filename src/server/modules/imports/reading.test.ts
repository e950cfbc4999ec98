import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import type { ImportOptions } from '../../../shared/contracts/imports.js';
import type { ProfileChoices } from '../../../shared/contracts/survey-definition.js';
import { writeXlsx } from '../../platform/files/testing-xlsx.js';
import { dateOrderFallback, dateOrderOf, dayOf } from './convert.js';
import { inferCellQuestion, profileDimensionOf } from './infer.js';
import { prepareImport } from './prepare.js';
import { orderOptions } from './scales.js';

/** Imports read other tools' exports the way a person would (issue 10, part 1b). */
const profile: ProfileChoices = {
  staff_group: [{ key: 'nursing', label: 'Nursing' }],
  division: [{ key: 'surgery', label: 'Surgery' }],
  site: [{ key: 'royal', label: 'Royal Infirmary' }],
};
// Pure: no server or database, so this file runs alone (testing-imports brings the whole app).
const csv = (rows: string[][]) => Buffer.from(stringify(rows));
const OPTIONS: ImportOptions = { keepIdentifying: [], columns: [], unmatchedProfile: 'problem' };
const prepare = (rows: string[][] | Uint8Array, options: Partial<ImportOptions> = {}) =>
  prepareImport(rows instanceof Uint8Array ? rows : csv(rows), 'export.csv', { ...OPTIONS, ...options }, { profile, target: null, duplicateOf: null });
const questionsOf = async (rows: string[][] | Uint8Array) => {
  const prepared = await prepare(rows);
  return prepared.plan!.definition.questions.map((q) => ({
    title: q.title, type: q.type, options: q.options.map((o) => o.label), rows: q.rows.map((r) => r.label),
  }));
};
const QUALTRICS_IMPORT = (id: string) => JSON.stringify({ ImportId: id });

describe('columns that are not questions', () => {
  it('leaves out Qualtrics Text iQ topics and sentiment, however they are headed', async () => {
    const rows = [
      ['RecordedDate', 'ResponseId', 'Q5', 'Q5 - Topics', 'Q5 - Parent Topics', 'Q5 - Topic Sentiment Label', 'Q5_Sentiment Score', 'Q5 - Sentiment'],
      ['Recorded Date', 'Response ID', 'What would help?', 'What would help? - Topics', 'Parent Topics', 'Topic Sentiment Label', 'Sentiment Score', 'Sentiment'],
      ['{"ImportId":"recordedDate"}', '{"ImportId":"_recordId"}', QUALTRICS_IMPORT('QID5_TEXT'), QUALTRICS_IMPORT('QID5_TOPICS'), '{}', '{}', '{}', '{}'],
      ['2024-03-01 09:10:46', 'R_1', 'Faster log-in', 'Log-in', 'Access', 'Positive', '0.8', 'Positive'],
      ['2024-03-02 09:10:46', 'R_2', 'Better wifi', 'Wifi', 'Network', 'Negative', '-0.4', 'Negative'],
    ];
    const prepared = await prepare(rows);
    expect(prepared.preview.tool).toBe('qualtrics');
    expect(prepared.plan!.definition.questions.map((q) => q.title)).toEqual(['What would help?']);
    const textIq = prepared.preview.columns.filter((c) => c.index >= 3);
    expect(textIq.every((c) => c.role === 'meta' && /Text iQ/.test(c.reason ?? ''))).toBe(true);
  });

  it('leaves out empty columns with no header, and pandas\' "Unnamed: 12", but keeps an unanswered question', async () => {
    const rows = [
      ['Timestamp', 'Which site do you work at?', 'Anything else?', '', 'Unnamed: 4', ''],
      ['15/01/2024 09:00:00', 'Royal Infirmary', '', '', '', ''],
      ['16/01/2024 09:00:00', 'Royal Infirmary', '', '', '', ''],
    ];
    const titles = (await questionsOf(rows)).map((q) => q.title);
    expect(titles).toEqual(['Which site do you work at?', 'Anything else?']);
  });
});

describe('"check all that apply" and matrix questions spread over columns', () => {
  it('SurveyMonkey: one multiple choice from the option columns, one matrix from the row columns', async () => {
    const rows = [
      ['Respondent ID', 'Collector ID', 'Start Date', 'End Date', 'Which tools do you use?', '', '', 'How far do you agree?', '', 'Anything else?'],
      ['', '', '', '', 'Email', 'Teams', 'EPR', 'The EPR is quick', 'I had enough training', 'Open-Ended Response'],
      ['1', '9', '01/15/2024 09:00:00 AM', '01/15/2024 09:10:00 AM', 'Email', '', 'EPR', 'Agree', 'Disagree', 'No'],
      ['2', '9', '01/16/2024 09:00:00 AM', '01/16/2024 09:10:00 AM', '', 'Teams', '', 'Strongly agree', 'Neither agree nor disagree', ''],
      ['3', '9', '01/17/2024 09:00:00 AM', '01/17/2024 09:10:00 AM', 'Email', 'Teams', '', '', 'Agree', ''],
    ];
    expect((await questionsOf(rows)).slice(0, 2)).toEqual([
      { title: 'Which tools do you use?', type: 'multiple_choice', options: ['Email', 'Teams', 'EPR'], rows: [] },
      { title: 'How far do you agree?', type: 'matrix', options: [], rows: ['The EPR is quick', 'I had enough training'] },
    ]);
  });

  it('Qualtrics: Q3_1, Q3_2 holding the option text, and Q4_1…Q4_3 reading "Question - Row"', async () => {
    const rows = [
      ['RecordedDate', 'Q3_1', 'Q3_2', 'Q3_3', 'Q4_1', 'Q4_2', 'Q4_3'],
      ['Recorded Date', 'Which tools? - Selected Choice - Email', 'Which tools? - Selected Choice - Teams', 'Which tools? - Selected Choice - EPR',
        'How far do you agree? - Quick', 'How far do you agree? - Reliable', 'How far do you agree? - Easy to learn'],
      ['{"ImportId":"recordedDate"}', QUALTRICS_IMPORT('QID3_1'), QUALTRICS_IMPORT('QID3_2'), QUALTRICS_IMPORT('QID3_3'),
        QUALTRICS_IMPORT('QID4_1'), QUALTRICS_IMPORT('QID4_2'), QUALTRICS_IMPORT('QID4_3')],
      ['2024-03-01 09:10:46', 'Email', '', 'EPR', 'Agree', 'Disagree', 'Strongly agree'],
      ['2024-03-02 09:10:46', '', 'Teams', '', 'Agree', '', 'Agree'],
    ];
    const questions = await questionsOf(rows);
    expect(questions.map((q) => [q.title, q.type, q.type === 'matrix' ? q.rows : q.options])).toEqual([
      ['Which tools? - Selected Choice', 'multiple_choice', ['Email', 'Teams', 'EPR']],
      ['How far do you agree?', 'matrix', ['Quick', 'Reliable', 'Easy to learn']],
    ]);
  });

  it('LimeSurvey: Q3[SQ001] ticked "Y", and an array Q4[SQ001] of levels 1 to 5', async () => {
    const rows = [
      ['id', 'submitdate', 'Q3[SQ001]', 'Q3[SQ002]', 'Q3[SQ003]', 'Q4[SQ001]', 'Q4[SQ002]'],
      ['1', '2024-04-01 14:20:05', 'Y', 'Y', '', '4', '2'],
      ['2', '2024-04-02 14:21:05', '', 'Y', 'Y', '5', '3'],
      ['3', '2024-04-03 14:22:05', 'Y', '', '', '1', ''],
    ];
    const questions = await questionsOf(rows);
    expect(questions.map((q) => [q.title, q.type, q.type === 'matrix' ? q.rows : q.options])).toEqual([
      ['Q3', 'multiple_choice', ['SQ001', 'SQ002', 'SQ003']],
      ['Q4', 'matrix', ['SQ001', 'SQ002']],
    ]);
    const prepared = await prepare(rows);
    const matrix = prepared.plan!.definition.questions[1]!;
    expect(prepared.rows.map((r) => r.answers[matrix.id])).toEqual([{ sq001: 4, sq002: 2 }, { sq001: 5, sq002: 3 }, { sq001: 1 }]);
  });

  it('Microsoft Forms and Google Forms: one cell listing the choices is one multiple choice', async () => {
    const rows = [
      ['ID', 'Start time', 'Completion time', 'Which tools?'],
      ['1', '1/15/24 9:00:11', '1/15/24 9:10:45', 'Email;Teams;'],
      ['2', '1/16/24 9:00:11', '1/16/24 9:10:45', 'EPR;'],
      ['3', '1/17/24 9:00:11', '1/17/24 9:10:45', 'Email;EPR;'],
    ];
    expect(await questionsOf(rows)).toEqual([{ title: 'Which tools?', type: 'multiple_choice', options: ['Email', 'Teams', 'EPR'], rows: [] }]);
  });
});

describe('rating scales keep their order', () => {
  it('orders a known scale lowest first and adds the levels nobody chose, whatever the frequencies', () => {
    expect(orderOptions(['Satisfied', 'Very satisfied', 'Satisfied', 'Very dissatisfied'].filter((v, i, a) => a.indexOf(v) === i)).labels)
      .toEqual(['Very dissatisfied', 'Dissatisfied', 'Neither satisfied nor dissatisfied', 'Satisfied', 'Very satisfied']);
    expect(orderOptions(['Always', 'sometimes', 'Never', "Don't know"]).labels).toEqual(['Never', 'Rarely', 'sometimes', 'Often', 'Always', "Don't know"]);
    expect(orderOptions(['Good', 'Excellent', 'Very poor']).labels).toEqual(['Very poor', 'Poor', 'Fair', 'Good', 'Excellent']);
    expect(orderOptions(['Very good', 'Good', 'Neither good nor poor']).labels).toEqual(['Very poor', 'Poor', 'Neither good nor poor', 'Good', 'Very good']);
    expect(orderOptions(['Extremely likely', 'Not at all likely', 'Very likely']).labels)
      .toEqual(['Not at all likely', 'Not very likely', 'Somewhat likely', 'Very likely', 'Extremely likely']);
    expect(orderOptions(['10 - Best', '2', '0 - Worst', '7']).labels).toEqual(['0 - Worst', '2', '7', '10 - Best']);
  });

  it('reads levels of a common scale as a choice even when a small file gives each only once', () => {
    expect(inferCellQuestion('Q', ['Satisfied', 'Very satisfied', 'Very dissatisfied'], []).type).toBe('single_choice');
    expect(inferCellQuestion('Q', ['Faster log-in', 'Better wifi', 'More training'], []).type).toBe('short_text');
  });

  it('keeps anything else in the order the file first gives it, and does not make a scale of two answers', () => {
    expect(orderOptions(['Weekly', 'Daily', 'Monthly'])).toEqual({ labels: ['Weekly', 'Daily', 'Monthly'], scale: null });
    expect(orderOptions(['Always', 'Never']).labels).toEqual(['Always', 'Never']);
  });

  it('creates the question with its options in scale order, the most frequent answer notwithstanding', async () => {
    const answers = ['Very satisfied', 'Very satisfied', 'Very satisfied', 'Satisfied', 'Very dissatisfied', 'Satisfied'];
    const rows = [['Timestamp', 'How satisfied are you with IT support?'], ...answers.map((a, i) => [`1${i}/01/2024 10:00:00`, a])];
    expect((await questionsOf(rows))[0]).toMatchObject({
      type: 'single_choice',
      options: ['Very dissatisfied', 'Dissatisfied', 'Neither satisfied nor dissatisfied', 'Satisfied', 'Very satisfied'],
    });
  });
});

describe("each response keeps its own day, never the time or the import's day", () => {
  it('reads every tool\'s date formats as a day', () => {
    expect(dayOf('2024-03-01 09:10:46', 'day-month-year')).toBe('2024-03-01');
    expect(dayOf('2024-03-01T23:59:59Z', 'day-month-year')).toBe('2024-03-01');
    expect(dayOf('01/15/2024 11:59:58 PM', 'month-day-year')).toBe('2024-01-15');
    expect(dayOf('15/01/2024 23:59', 'day-month-year')).toBe('2024-01-15');
    expect(dayOf('1/5/24 9:00:11', 'month-day-year')).toBe('2024-01-05');
    expect(dayOf('45306.9993', 'day-month-year')).toBe('2024-01-15');
    expect(dayOf('45306', 'day-month-year')).toBe('2024-01-15');
    // A count or a score is not a serial date.
    expect(dayOf('7', 'day-month-year')).toBeNull();
    expect(dayOf('123456', 'day-month-year')).toBeNull();
    expect(dayOf('31/02/2024', 'day-month-year')).toBeNull();
  });

  it('settles day and month order per file from a value above 12, else by the tool', () => {
    expect(dateOrderOf(['03/04/2024 10:00', '13/04/2024 10:00'], 'month-day-year')).toBe('day-month-year');
    expect(dateOrderOf(['03/04/2024 10:00', '04/13/2024 10:00'], 'day-month-year')).toBe('month-day-year');
    expect(dateOrderFallback('surveymonkey', ['03/04/2024 10:00:00 AM'])).toBe('month-day-year');
    expect(dateOrderFallback('microsoft_forms', ['3/4/24 9:00:11'])).toBe('month-day-year');
    expect(dateOrderFallback('microsoft_forms', ['03/04/2024 09:00'])).toBe('day-month-year');
    expect(dateOrderFallback('google_forms', ['03/04/2024 09:00:00'])).toBe('day-month-year');
  });

  it('takes the day from Microsoft Forms\' completion time, the US way round', async () => {
    const rows = [
      ['ID', 'Start time', 'Completion time', 'How often?'],
      ['1', '3/4/24 23:50:11', '3/5/24 0:10:45', 'Daily'],
      ['2', '3/6/24 9:00:11', '3/6/24 9:10:45', 'Weekly'],
    ];
    const prepared = await prepare(rows);
    expect(prepared.rows.map((r) => r.submittedOn)).toEqual(['2024-03-05', '2024-03-06']);
  });

  it('takes the day from a workbook\'s completion dates, whether Excel stored them as dates or as serial numbers', async () => {
    const bytes = writeXlsx([
      ['ID', 'Start time', 'Completion time', 'How often?'],
      ['1', new Date(Date.UTC(2024, 0, 15, 9)), new Date(Date.UTC(2024, 0, 15, 23, 59, 30)), 'Daily'],
      ['2', 45307.4, 45307.5, 'Weekly'],
    ]);
    const prepared = await prepare(bytes);
    expect(prepared.rows.map((r) => r.submittedOn)).toEqual(['2024-01-15', '2024-01-16']);
  });
});

describe('profile columns', () => {
  it('matches "site", "base", "division" only as whole words', () => {
    expect(['knowledge-base', 'Which website do you use most?', 'Is training a requisite?', 'Sub-division of the form'].map(profileDimensionOf))
      .toEqual([null, null, null, null]);
    expect(['Site', 'Your base', 'Which site do you work at?', 'Division / directorate'].map(profileDimensionOf)).toEqual(['site', 'site', 'site', 'division']);
  });

  it('reads a "knowledge-base" column as a question of its own, not as the site', async () => {
    const rows = [['Timestamp', 'Which knowledge-base do you use?'], ['15/01/2024 09:00', 'Confluence'], ['16/01/2024 09:00', 'Confluence'], ['17/01/2024 09:00', 'SharePoint']];
    expect((await questionsOf(rows))[0]).toMatchObject({ type: 'single_choice', options: ['Confluence', 'SharePoint'] });
  });
});

describe('staff group, division and site answers that match none of the organisation\'s', () => {
  const rows = [['Timestamp', 'Which site do you work at?'], ['15/01/2024 09:00', 'Royal Infirmary'], ['16/01/2024 09:00', 'Community hub'], ['17/01/2024 09:00', 'Old wing']];

  it('are counted for the preview\'s hint, as problems or, by choice, as "not stated"', async () => {
    const strict = await prepare(rows);
    expect([strict.preview.unmatchedProfileAnswers, strict.preview.problemCount, strict.preview.canImport]).toEqual([2, 2, false]);
    const lenient = await prepare(rows, { unmatchedProfile: 'not_stated' });
    expect([lenient.preview.unmatchedProfileAnswers, lenient.preview.problemCount, lenient.preview.canImport]).toEqual([2, 0, true]);
    const site = lenient.plan!.definition.questions[0]!;
    expect(lenient.rows.map((r) => r.answers[site.id])).toEqual(['royal', undefined, undefined]);
  });
});
