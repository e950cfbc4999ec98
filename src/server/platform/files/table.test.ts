import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lineEndingOf, parseDelimited, readTable, sniffDelimiter, TableError, UNREADABLE_FILE } from './table.js';
import { csvSpectrumFolder } from '../../testing/test-data.js';
import { writeXlsx } from './testing-xlsx.js';

const spectrum = csvSpectrumFolder();

describe('reading delimited text', () => {
  it('sniffs the delimiter among comma, semicolon, tab and vertical bar', () => {
    expect(sniffDelimiter('a,b,c\n1,2,3\n')).toBe(',');
    expect(sniffDelimiter('a;b;c\n"1,5";2;3\n')).toBe(';');
    expect(sniffDelimiter('a\tb, with comma\tc\n1\t2\t3\n')).toBe('\t');
    expect(sniffDelimiter('a|b|c\n1|2|3\n')).toBe('|');
  });

  it('reports line endings', () => {
    expect(lineEndingOf('a\r\nb')).toBe('CRLF');
    expect(lineEndingOf('a\nb')).toBe('LF');
    expect(lineEndingOf('a\rb\r')).toBe('CR');
    expect(lineEndingOf('a')).toBe('none');
  });

  it('reads old Mac CR line endings and skips blank rows, keeping spreadsheet row numbers', () => {
    const table = parseDelimited('q1,q2\r1,2\r\r3,"x\ry"\r');
    expect(table.rows).toEqual([['q1', 'q2'], ['1', '2'], ['3', 'x\ry']]);
    expect(table.rowNumbers).toEqual([1, 2, 4]);
  });

  it('refuses a ragged row with its row number', () => {
    expect(() => parseDelimited('a,b,c\n1,2,3\n4,5\n')).toThrow(/Row 3 has 2 cells but the header has 3/);
  });

  it('pads a short row with empty cells only when short rows are allowed, and still refuses a long one', () => {
    expect(parseDelimited('a,b,c\n1,2\n', { shortRowsAllowed: true }).rows).toEqual([['a', 'b', 'c'], ['1', '2', '']]);
    expect(() => parseDelimited('a,b,c\n1,2\n')).toThrow(/Row 2 has 2 cells but the header has 3/);
    expect(() => parseDelimited('a,b\n1,2,3\n', { shortRowsAllowed: true })).toThrow(/Row 2 has 3 cells/);
  });

  it('accepts empty trailing cells Excel adds, but not extra values', () => {
    expect(parseDelimited('a,b\n1,2,,\n').rows).toEqual([['a', 'b'], ['1', '2']]);
    expect(() => parseDelimited('a,b\n1,2,3\n')).toThrow(/Row 2 has 3 cells/);
  });

  it('refuses a file cut short inside a quoted cell, naming the row', () => {
    const error = (() => {
      try {
        parseDelimited('q1,q2\n1,"complete"\n2,"this answer was cut sho');
      } catch (e) {
        return e as TableError;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(TableError);
    expect(error!.row).toBe(3);
    expect(error!.message).toMatch(/Row 3: a quoted cell is never closed/);
  });

  it('refuses an empty file', async () => {
    await expect(readTable(new Uint8Array())).rejects.toThrow('The file is empty.');
    await expect(readTable(Buffer.from('\r\n\r\n'))).rejects.toThrow('The file is empty.');
  });
});

describe('reading XLSX through read-excel-file', () => {
  it('reads text, numbers as written, and date cells as dates', async () => {
    const bytes = writeXlsx([
      ['Timestamp', 'Score', 'Comment'],
      [new Date(Date.UTC(2024, 0, 15, 10, 30)), 7, '  <b>kept as text</b>  '],
      [new Date(Date.UTC(2024, 0, 16)), 10, null],
    ]);
    const table = await readTable(bytes);
    expect(table.format).toBe('xlsx');
    expect(table.rows).toEqual([
      ['Timestamp', 'Score', 'Comment'],
      ['2024-01-15 10:30:00', '7', '  <b>kept as text</b>  '],
      ['2024-01-16', '10', ''],
    ]);
    expect([...table.dateCells].sort()).toEqual(['1:0', '2:0']);
  });

  it('refuses a damaged workbook in plain words, without the reader\'s internals', async () => {
    const bytes = writeXlsx([['a'], ['b']]);
    await expect(readTable(bytes.subarray(0, bytes.length - 40))).rejects.toThrow(UNREADABLE_FILE);
  });

  it('refuses a binary file, a PDF renamed .csv and an old .xls workbook in the same plain words', async () => {
    const binary = Uint8Array.from({ length: 2048 }, (_, i) => (i * 37 + 11) % 256);
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\nstream\n\x00\x01\x02\x9c\x8f\nendstream\n', 'latin1');
    const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512, 0)]);
    for (const bytes of [binary, pdf, xls]) await expect(readTable(bytes)).rejects.toThrow(UNREADABLE_FILE);
  });
});

/**
 * The npm package's one extra case is not CSV: quotes inside an unquoted field (a coordinate in
 * inches), and its "expected" JSON has a different phone number from the file. csv-parse refuses
 * it, and the refusal names the row and the fault, as a refused import must.
 */
const REFUSED: Record<string, RegExp> = {
  'location_coordinates.csv': /^Row 2 could not be read as CSV\./,
};

describe('the csv-spectrum suite', () => {
  const files = readdirSync(path.join(spectrum, 'csvs')).filter((f) => f.endsWith('.csv'));

  it('has files to test', () => expect(files.length).toBeGreaterThan(10));

  it.each(files)('%s parses exactly as the expected JSON, or is refused naming the row', async (file) => {
    const bytes = readFileSync(path.join(spectrum, 'csvs', file));
    const refusal = REFUSED[file];
    if (refusal) {
      await expect(readTable(bytes)).rejects.toThrow(refusal);
      return;
    }
    const table = await readTable(bytes);
    const expected = JSON.parse(readFileSync(path.join(spectrum, 'json', file.replace(/\.csv$/, '.json')), 'utf8')) as Record<string, string>[];
    const [header, ...rows] = table.rows;
    const objects = rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i]])));
    expect(objects).toEqual(expected);
  });
});
