import { describe, expect, it } from 'vitest';
import { normaliseHeader, parseHeadcount, parseHeadcountCsv } from './headcount-csv.js';

const messages = (text: string) => parseHeadcountCsv(text).problems.map((p) => p.message);

describe('parseHeadcount', () => {
  it.each([
    ['12', 12],
    [' 0 ', 0],
    ['1,234', 1234],
    ['1 234', 1234],
    ['12.0', 12],
    ['200000', 200000],
  ])('reads %j as %d', (raw, value) => expect(parseHeadcount(raw)).toEqual({ value }));

  it.each([
    ['twelve', '"twelve" is not a whole number'],
    ['12.5', '"12.5" is not a whole number'],
    ['12,5', '"12,5" is not a whole number'],
    ['1,2345', '"1,2345" is not a whole number'],
    ['-3', '"-3" is less than 0. Enter 0 or more'],
    ['200001', '"200001" is more than 200,000'],
    ['  ', 'is blank. Enter a whole number, 0 or more, or delete the row'],
  ])('refuses %j', (raw, problem) => expect(parseHeadcount(raw)).toEqual({ problem }));
});

describe('headers and delimiters', () => {
  it('folds case, punctuation and notes in brackets', () => {
    expect(normaliseHeader('\uFEFF Staff_Group ')).toBe('staff group');
    expect(normaliseHeader('Site (optional)')).toBe('site');
    expect(normaliseHeader('Head-Count')).toBe('head count');
  });

  it('picks the delimiter the rows use, through the shared table reader', () => {
    expect(parseHeadcountCsv('Division;Staff group;Headcount\r\nA,B;C;1').delimiter).toBe(';');
    expect(parseHeadcountCsv('Division\tStaff group\tHeadcount\nSurgery\tStudents\t3\n').rows).toEqual([
      { row: 2, division: 'Surgery', staffGroup: 'Students', site: null, headcount: 3 },
    ]);
    expect(parseHeadcountCsv('\uFEFFDivision,Staff group,Headcount\nA,B,1').delimiter).toBe(',');
  });

  it('accepts synonyms in any order and lists the columns it ignores', () => {
    const parsed = parseHeadcountCsv('Head count,Location,Notes,ESR Staff Group,Directorate\n12,Main,hello,Students,Surgery\n');
    expect(parsed.problems).toEqual([]);
    expect(parsed.ignoredColumns).toEqual(['Notes']);
    expect(parsed.rows).toEqual([{ row: 2, division: 'Surgery', staffGroup: 'Students', site: 'Main', headcount: 12 }]);
  });

  it('names each missing column and explains an FTE column', () => {
    expect(messages('Division,FTE\nSurgery,12\n')).toEqual([
      'The file has no staff group column. The first row must name the columns: division, staff group, site (optional) and headcount.',
      'The file has a full-time equivalent (FTE or WTE) column but no headcount column. Chorus needs headcount: the number of people, not FTE.',
    ]);
  });

  it('refuses two columns that mean the same thing', () => {
    expect(messages('Division,Directorate,Staff group,Headcount\nA,B,Students,1\n')).toEqual([
      'Row 1: there are two division columns ("Division" and "Directorate"). Keep one of them.',
    ]);
  });
});

describe('parseHeadcountCsv', () => {
  it('reads UTF-8 with a BOM, semicolons and CRLF line ends, numbering rows as a spreadsheet does', () => {
    const parsed = parseHeadcountCsv('\uFEFFDivision;Staff group;Site;Headcount\r\nSurgery;Students;;3\r\n\r\n"Imaging; Nuclear";Medical and Dental;Main;"1,204"\r\n;;;\r\n');
    expect(parsed.delimiter).toBe(';');
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows).toEqual([
      { row: 2, division: 'Surgery', staffGroup: 'Students', site: null, headcount: 3 },
      { row: 4, division: 'Imaging; Nuclear', staffGroup: 'Medical and Dental', site: 'Main', headcount: 1204 },
    ]);
  });

  it('reports every problem with its row and column', () => {
    const parsed = parseHeadcountCsv([
      'Division,Staff group,Headcount',
      'Surgery,Students,twelve',
      ',Students,4',
      'Surgery,,-1',
      `${'x'.repeat(121)},Students,1`,
      'Surgery,Students',
    ].join('\n'));
    expect(parsed.problems).toEqual([
      { row: 2, column: 'headcount', message: 'Row 2: headcount "twelve" is not a whole number' },
      { row: 3, column: 'division', message: 'Row 3: division is blank. Enter the division these staff work in' },
      { row: 4, column: 'staffGroup', message: 'Row 4: staff group is blank. Enter one of the staff groups' },
      { row: 4, column: 'headcount', message: 'Row 4: headcount "-1" is less than 0. Enter 0 or more' },
      { row: 5, column: 'division', message: 'Row 5: division is longer than 120 characters' },
      { row: 6, column: 'headcount', message: 'Row 6: headcount is blank. Enter a whole number, 0 or more, or delete the row' },
    ]);
  });

  it('explains an empty file, a header on its own and a quote that is never closed', () => {
    expect(messages('')).toEqual([expect.stringMatching(/^The file is empty\./)]);
    expect(messages('\uFEFF\r\n\r\n')).toEqual([expect.stringMatching(/^The file is empty\./)]);
    expect(messages('Division,Staff group,Headcount\r\n')).toEqual(['The file has column names but no rows of headcounts below them.']);
    expect(messages('Division,Staff group,Headcount\nSurgery,"Students,3\n')).toEqual([
      'Row 2: a quoted cell is never closed, so the file may have been cut short. Export it again and upload the whole file.',
    ]);
    expect(messages('Division,Staff group,Headcount\r\nA,B,1\r\nSurgery,"Students,3\r\nC,D,4\r\n')[0]).toMatch(/^Row 3: /);
  });

  it('refuses a row with more values than columns (an unquoted comma in "1,204"), naming the row', () => {
    expect(parseHeadcountCsv('Division,Staff group,Headcount\nSurgery,Students,1,204\n').problems).toEqual([
      { row: 2, column: null, message: 'Row 2 has 4 cells but the header has 3. A cell may contain an unquoted separator, or the row was cut short.' },
    ]);
  });

  it('recognises text that was not saved as UTF-8', () => {
    expect(messages('Division,Staff group,Headcount\nSurg\uFFFDry,Students,3')[0]).toMatch(/not UTF-8/);
    expect(messages('D\u0000i\u0000v\u0000')[0]).toMatch(/UTF-16/);
  });

  it('refuses control characters in names', () => {
    expect(messages('Division,Staff group,Headcount\n"Sur\tgery",Students,3')).toEqual([
      'Row 2: division contains tabs, line breaks or other control characters',
    ]);
  });
});
