import { describe, expect, it } from 'vitest';
import { agreementLevel, groupStyle, inferCellQuestion, looksLikeExcelDate, profileDimensionOf, splitMulti } from './infer.js';
import { dateOrderOf, dayOf } from './convert.js';

describe('inferring question types', () => {
  it('maps agreement labels to the 5-point scale, in any case and either order', () => {
    expect(['Strongly disagree', 'disagree', 'Neither agree nor disagree', 'Neutral', 'AGREE', 'Agree strongly', 'Strongly Agree'].map(agreementLevel))
      .toEqual([1, 2, 3, 3, 4, 5, 5]);
    expect(agreementLevel('Very satisfied')).toBeNull();
  });

  it('infers likert, rating, single and multiple choice, and text', () => {
    expect(inferCellQuestion('Q', ['Agree', 'Strongly agree', '', 'Neutral'], []).type).toBe('likert');
    expect(inferCellQuestion('Q', ['0', '10', '7', ' 3 '], []).type).toBe('rating');
    expect(inferCellQuestion('Q', ['11', '3'], []).type).not.toBe('rating');
    expect(inferCellQuestion('Q', ['Daily', 'Weekly', 'Daily', 'Never', 'Daily', 'Weekly'], []).type).toBe('single_choice');
    const multi = inferCellQuestion('Q', ['Email;Teams;', 'Teams;', 'EPR;Email;', 'Email;'], [';']);
    expect(multi).toMatchObject({ type: 'multiple_choice', separator: ';' });
    expect(multi.options.map((o) => [o.label, o.count])).toEqual([['Email', 3], ['Teams', 2], ['EPR', 1]]);
    const prose = ['Faster log-in, please', 'Fewer passwords, and better wifi', 'More training, please, on the EPR'];
    expect(inferCellQuestion('Q', prose, [', ']).type).toBe('short_text');
    expect(inferCellQuestion('Q', ['x'.repeat(201), 'short'], []).type).toBe('long_text');
  });

  it('recognises profile columns by their heading', () => {
    expect(profileDimensionOf('Which staff group are you in?')).toBe('staff_group');
    expect(profileDimensionOf('Directorate')).toBe('division');
    expect(profileDimensionOf('Which site do you mainly work at?')).toBe('site');
    expect(profileDimensionOf('How often do you use the EPR?')).toBeNull();
    expect(inferCellQuestion('Division', ['Surgery', 'Medicine'], []).type).toBe('profile');
  });

  it('tells option columns from agreement grids', () => {
    expect(groupStyle([{ sub: 'Email', values: ['Email', '', 'Email'] }, { sub: 'Teams', values: ['', 'Teams', ''] }])).toBe('option_columns');
    expect(groupStyle([{ sub: 'Email', values: ['Y', '', 'Y'] }, { sub: 'Teams', values: ['', 'Y', 'N'] }])).toBe('option_columns');
    expect(groupStyle([{ sub: 'Quick', values: ['Agree', ''] }, { sub: 'Easy', values: ['Disagree', 'Strongly agree'] }])).toBe('grid');
    expect(groupStyle([{ sub: 'A', values: ['free text'] }, { sub: 'B', values: ['more text'] }])).toBe('separate');
  });

  it('reads cells that all end with ";" as lists of choices, however few different answers there are', () => {
    expect(inferCellQuestion('Q', ['Email;', 'Email;Teams;', 'Email;'], [';']).type).toBe('multiple_choice');
    expect(inferCellQuestion('Q', ['Email', 'Email;Teams', 'Email'], [';']).type).toBe('single_choice');
  });

  it('tells a ranking listed in one cell from a multiple choice', () => {
    const ranking = inferCellQuestion('Q', ['Wifi;Log-in;Training;', 'Log-in;Wifi;Training;', 'Training;Log-in;Wifi;', 'Wifi;Log-in;Training;'], [';']);
    expect([ranking.type, ranking.options.map((o) => o.label)]).toEqual(['ranking', ['Wifi', 'Log-in', 'Training']]);
    // Someone who chose two of three options, or everybody choosing all three in one order: a multiple choice.
    expect(inferCellQuestion('Q', ['Wifi;Log-in;Training;', 'Log-in;Wifi;', 'Training;', 'Wifi;'], [';']).type).toBe('multiple_choice');
    expect(inferCellQuestion('Q', ['Wifi;Log-in;', 'Wifi;Log-in;', 'Wifi;', 'Log-in;'], [';']).type).toBe('multiple_choice');
  });

  it('reads option columns holding ranks as a ranking, and a group of 1s as ticks', () => {
    const ranks = [{ sub: 'A', values: ['1', '2', '', '3'] }, { sub: 'B', values: ['2', '1', '', '1'] }, { sub: 'C', values: ['3', '3', '', '2'] }];
    expect(groupStyle(ranks)).toBe('ranking');
    expect(groupStyle([{ sub: 'A', values: ['1', ''] }, { sub: 'B', values: ['', '1'] }])).toBe('option_columns');
    // A rank above the number of options: these are separate numbers, not a ranking.
    expect(groupStyle([{ sub: 'A', values: ['1', '4'] }, { sub: 'B', values: ['2', '1'] }])).toBe('separate');
    // LimeSurvey's way round: a column per position, holding the option put there.
    const positions = [{ sub: 'Ranking 1', values: ['Wifi', 'Log-in', ''] }, { sub: 'Ranking 2', values: ['Log-in', 'Wifi', ''] }];
    expect(groupStyle(positions)).toBe('rank_positions');
    // Positions out of order, or most rows naming an option twice or skipping the first: not a ranking.
    expect(groupStyle([positions[1]!, positions[0]!])).toBe('separate');
    expect(groupStyle([positions[0]!, { sub: 'Ranking 2', values: ['Wifi', 'Log-in', ''] }])).toBe('separate');
    expect(groupStyle([{ sub: 'Ranking 1', values: ['', '', 'Wifi'] }, { sub: 'Ranking 2', values: ['Wifi', 'Log-in', 'Log-in'] }])).toBe('separate');
  });

  it('reads rankings that stop after the first few choices', () => {
    // Top two of three options, by rank columns (SurveyMonkey with "N/A")…
    expect(groupStyle([{ sub: 'A', values: ['1', '1', '2'] }, { sub: 'B', values: ['2', '', '1'] }, { sub: 'C', values: ['', '2', ''] }])).toBe('ranking');
    // …but ranks 1 and 3 with 2 left out in most rows are numbers, not ranks.
    expect(groupStyle([{ sub: 'A', values: ['1', '1'] }, { sub: 'B', values: ['3', ''] }, { sub: 'C', values: ['', '3'] }])).toBe('separate');
    // Two positions naming three options (LimeSurvey's "maximum answers").
    const topTwo = [{ sub: 'Ranking 1', values: ['Wifi', 'Log-in', 'Training'] }, { sub: 'Ranking 2', values: ['Log-in', 'Training', ''] }];
    expect(groupStyle(topTwo)).toBe('rank_positions');
  });

  it('splits multi-select cells by the tool\'s separator', () => {
    expect(splitMulti('Email;Teams;EPR;', ';')).toEqual(['Email', 'Teams', 'EPR']);
    expect(splitMulti('Email, Teams', ', ')).toEqual(['Email', 'Teams']);
  });

  it('spots what Excel makes of a range such as "1-5"', () => {
    expect(['05-Jan', '1-May', 'Jan-05', 'oct-10'].every(looksLikeExcelDate)).toBe(true);
    expect(['1-5', 'January', '2024-01-05'].some(looksLikeExcelDate)).toBe(false);
  });
});

describe('completion dates', () => {
  it('keeps the day only, in the order the column uses', () => {
    expect(dayOf('2024/02/01 10:30:12 AM GMT', 'day-month-year')).toBe('2024-02-01');
    expect(dayOf('1/15/24 9:07:45', 'month-day-year')).toBe('2024-01-15');
    expect(dayOf('15/01/2024 09:07', 'day-month-year')).toBe('2024-01-15');
    expect(dayOf('31/02/2024', 'day-month-year')).toBeNull();
    expect(dayOf('yesterday', 'day-month-year')).toBeNull();
    expect(dateOrderOf(['1/2/24', '1/15/24'], 'day-month-year')).toBe('month-day-year');
    expect(dateOrderOf(['13/1/24'], 'month-day-year')).toBe('day-month-year');
  });
});
