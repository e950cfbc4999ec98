import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLayout } from './layouts.js';
import { readTable } from '../../platform/files/table.js';

const fixture = async (name: string) => (await readTable(readFileSync(path.join(import.meta.dirname, 'fixtures', name)))).rows;
const roles = (layout: ReturnType<typeof detectLayout>) =>
  Object.fromEntries(layout.columns.filter((c) => c.role !== 'question').map((c) => [c.header, c.role]));

describe('detectLayout', () => {
  it('recognises Microsoft Forms and its ";" separator', async () => {
    const layout = detectLayout(await fixture('microsoft-forms.csv'));
    expect([layout.tool, layout.headerRows, layout.separator]).toEqual(['microsoft_forms', 1, ';']);
    expect(roles(layout)).toEqual({ ID: 'identifying', 'Start time': 'identifying', 'Completion time': 'completed', Email: 'identifying', Name: 'identifying' });
  });

  it('recognises Google Forms, its ", " separator and grid columns "Question [Row]"', async () => {
    const layout = detectLayout(await fixture('google-forms.csv'));
    expect([layout.tool, layout.headerRows, layout.separator]).toEqual(['google_forms', 1, ', ']);
    const grid = layout.columns.filter((c) => c.title === 'How far do you agree?');
    expect(grid.map((c) => c.sub)).toEqual(['The EPR is quick to use', 'I can find the information I need', 'I have had enough training']);
    expect(new Set(grid.map((c) => c.group)).size).toBe(1);
  });

  it('recognises SurveyMonkey\'s two header rows and questions spread over blank-headed columns', async () => {
    const layout = detectLayout(await fixture('surveymonkey.csv'));
    expect([layout.tool, layout.headerRows]).toEqual(['surveymonkey', 2]);
    const tools = layout.columns.filter((c) => c.title === 'Which of these tools do you use at work?');
    expect(tools.map((c) => c.sub)).toEqual(['Email', 'Teams', 'EPR', 'Rostering app', 'Other (please specify)']);
    expect(new Set(tools.map((c) => c.group))).toEqual(new Set([10]));
    expect(layout.columns[9]).toMatchObject({ title: 'Which staff group are you in?', sub: null });
    expect(roles(layout)['End Date']).toBe('completed');
  });

  it('recognises SurveyMonkey\'s older one-row layout (RespondentID, CollectorID, …) and its identifying columns', async () => {
    const layout = detectLayout(await fixture('surveymonkey-legacy.csv'));
    expect([layout.tool, layout.headerRows]).toEqual(['surveymonkey', 1]);
    expect(roles(layout)).toEqual({
      RespondentID: 'identifying', CollectorID: 'identifying', StartDate: 'identifying', EndDate: 'completed', 'IP Address': 'identifying',
      'Email Address': 'identifying', FirstName: 'identifying', LastName: 'identifying', CustomData: 'identifying',
    });
    // The first data row is data, not a second header row.
    expect(layout.columns[9]).toMatchObject({ title: 'Which division do you work in?', sub: null, role: 'question' });
  });

  it('reads a tool\'s headers with or without spaces, in any case', () => {
    const layout = detectLayout([['Respondent ID', 'collector_id', 'start_date', 'End Date', 'ip address', 'email_address', 'first_name', 'LASTNAME'], ['1', '2', 'x', 'y', 'z', 'a', 'b', 'c']]);
    expect(layout.tool).toBe('surveymonkey');
    expect(layout.columns.map((c) => c.role)).toEqual(['identifying', 'identifying', 'identifying', 'completed', 'identifying', 'identifying', 'identifying', 'identifying']);
  });

  it('recognises Qualtrics\' three header rows and groups Q3_1, Q3_2 as one question', async () => {
    const layout = detectLayout(await fixture('qualtrics.csv'));
    expect([layout.tool, layout.headerRows, layout.separator]).toEqual(['qualtrics', 3, ',']);
    const grid = layout.columns.filter((c) => c.title === 'How far do you agree with each statement?');
    expect(grid.map((c) => c.sub)).toEqual(['The EPR is quick to use', 'I have had enough training']);
    expect(layout.columns.find((c) => c.header.startsWith('RecordedDate'))!.role).toBe('completed');
    expect(layout.columns.find((c) => c.header.startsWith('Q2'))!.title).toBe('Which of these tools do you use at work?');
  });

  it('recognises Qualtrics\' older two-row layout (V1…V10) and uses its end date', async () => {
    const layout = detectLayout(await fixture('qualtrics-legacy.csv'));
    expect([layout.tool, layout.headerRows]).toEqual(['qualtrics_legacy', 2]);
    expect(layout.columns[8]).toMatchObject({ role: 'completed', header: 'V9 / EndDate' });
    expect(layout.columns[10]!.title).toBe('How often do you use the electronic patient record?');
  });

  it('recognises LimeSurvey codes and sub-question columns Q[SQ001]', async () => {
    const layout = detectLayout(await fixture('limesurvey.csv'));
    expect([layout.tool, layout.headerRows]).toEqual(['limesurvey', 1]);
    expect(layout.columns.filter((c) => c.title === 'G1Q2').map((c) => c.sub)).toEqual(['SQ001', 'SQ002', 'SQ003']);
    expect(roles(layout)).toMatchObject({ id: 'identifying', submitdate: 'completed', ipaddr: 'identifying', seed: 'meta' });
  });

  it('recognises LimeSurvey\'s long headings too', () => {
    const layout = detectLayout([['Response ID', 'Date submitted', 'Last page', 'Start language', 'Seed', 'Tools [Email]', 'Tools [Teams]'], ['1', '2024-01-01', '2', 'en', '5', 'Yes', '']]);
    expect(layout.tool).toBe('limesurvey');
    expect(layout.columns.slice(5).map((c) => [c.title, c.sub])).toEqual([['Tools', 'Email'], ['Tools', 'Teams']]);
  });

  it('treats anything else as a plain file with one header row', () => {
    const layout = detectLayout([['Date', 'Ward', 'Comment'], ['2024-01-01', 'A', 'x']]);
    expect([layout.tool, layout.headerRows]).toEqual(['plain', 1]);
    expect(roles(layout)).toEqual({ Date: 'completed' });
  });
});
