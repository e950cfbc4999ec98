import { parseDelimited, TableError, type Delimiter } from '../../../platform/files/table.js';
import {
  hasControlCharacters,
  IMPORT_COLUMN_LABELS,
  MAX_HEADCOUNT,
  MAX_NAME_LENGTH,
  type ImportColumn,
  type ImportProblem,
} from '../../../../shared/contracts/workforce.js';

/**
 * Reads a headcount CSV into rows and row-level problems. Pure: no database, so every rule
 * here is unit-tested with real file contents. Row numbers are the file's line numbers, as a
 * spreadsheet shows them (the header is row 1).
 */

export interface HeadcountCsvRow {
  row: number;
  division: string;
  staffGroup: string;
  site: string | null;
  headcount: number | null;
}

export interface ParsedHeadcountCsv {
  delimiter: Delimiter;
  ignoredColumns: string[];
  rows: HeadcountCsvRow[];
  problems: ImportProblem[];
}

export const MAX_IMPORT_ROWS = 20_000;

/** Header names people actually use, after lower-casing and folding punctuation to spaces. */
const HEADER_SYNONYMS: Record<ImportColumn, string[]> = {
  division: ['division', 'division name', 'directorate', 'division directorate', 'care group', 'clinical division', 'business unit'],
  staffGroup: ['staff group', 'staffgroup', 'staff group name', 'esr staff group', 'group', 'professional group', 'occupational group'],
  site: ['site', 'site name', 'location', 'base', 'hospital'],
  headcount: ['headcount', 'head count', 'headcounts', 'count', 'staff', 'number of staff', 'staff count', 'staff in post', 'people', 'number'],
};

export function normaliseHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/\(.*?\)/g, ' ')
    .replace(/[_\-./:]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A headcount as people type it: "12", " 1,234 ", "12.0". Anything else is a problem. */
export function parseHeadcount(raw: string): { value: number } | { problem: string } {
  const text = raw.trim();
  const shown = `"${text}"`;
  if (text === '') return { problem: 'is blank. Enter a whole number, 0 or more, or delete the row' };
  const digits = text.replace(/(\d)[,\s\u00A0\u202F](?=\d{3}(\D|$))/g, '$1');
  let value: number;
  if (/^\d+$/.test(digits)) value = Number(digits);
  else if (/^\d+\.0+$/.test(digits)) value = Number(digits.split('.')[0]);
  else if (/^-\s*\d+([.,]\d+)?$/.test(digits)) return { problem: `${shown} is less than 0. Enter 0 or more` };
  else return { problem: `${shown} is not a whole number` };
  if (value > MAX_HEADCOUNT) return { problem: `${shown} is more than ${MAX_HEADCOUNT.toLocaleString('en-GB')}` };
  return { value };
}

/** Why a name from the file cannot be used, or null. */
function nameProblem(value: string): string | null {
  if (value.length > MAX_NAME_LENGTH) return `is longer than ${MAX_NAME_LENGTH} characters`;
  if (hasControlCharacters(value)) return 'contains tabs, line breaks or other control characters';
  return null;
}

const EXPECTED = 'The first row must name the columns: division, staff group, site (optional) and headcount.';

export function parseHeadcountCsv(text: string): ParsedHeadcountCsv {
  const result: ParsedHeadcountCsv = { delimiter: ',', ignoredColumns: [], rows: [], problems: [] };
  const fileProblem = (message: string, row: number | null = null) => {
    result.problems.push({ row, column: null, message });
    return result;
  };
  if (text.replace(/^\uFEFF/, '').trim() === '') return fileProblem(`The file is empty. ${EXPECTED}`);
  if (text.includes('\u0000')) {
    return fileProblem('The file looks like UTF-16 text. Save it from your spreadsheet as "CSV UTF-8" and try again.');
  }
  if (text.includes('\uFFFD')) {
    return fileProblem('The file has characters that are not UTF-8. Save it from your spreadsheet as "CSV UTF-8" and try again.');
  }

  // The shared reader (quotes, line ends, the delimiter, row numbers as a spreadsheet shows them);
  // a short row is padded, so "Surgery,Students" reports its blank headcount by name.
  let table: ReturnType<typeof parseDelimited>;
  try {
    table = parseDelimited(text.replace(/^\uFEFF/, ''), { shortRowsAllowed: true });
  } catch (error) {
    if (error instanceof TableError) return fileProblem(error.message === 'The file is empty.' ? `The file is empty. ${EXPECTED}` : error.message, error.row);
    throw error;
  }
  result.delimiter = table.delimiter ?? ',';
  // Lines of nothing but spaces and separators are what spreadsheets leave below the data.
  const meaningful = table.rows
    .map((record, i) => ({ record, info: { lines: table.rowNumbers[i]! } }))
    .filter(({ record }) => record.some((value) => value.trim() !== ''));
  const [header, ...body] = meaningful;
  if (!header) return fileProblem(`The file is empty. ${EXPECTED}`);

  const columns = new Map<ImportColumn, number>();
  header.record.forEach((name, index) => {
    const normal = normaliseHeader(name);
    const column = (Object.keys(HEADER_SYNONYMS) as ImportColumn[]).find((c) => HEADER_SYNONYMS[c].includes(normal));
    if (!column) {
      if (name.trim() !== '') result.ignoredColumns.push(name.trim());
      return;
    }
    if (columns.has(column)) {
      result.problems.push({
        row: header.info.lines,
        column,
        message: `Row ${header.info.lines}: there are two ${IMPORT_COLUMN_LABELS[column]} columns ("${header.record[columns.get(column)!]?.trim()}" and "${name.trim()}"). Keep one of them.`,
      });
      return;
    }
    columns.set(column, index);
  });
  for (const column of ['division', 'staffGroup', 'headcount'] as const) {
    if (columns.has(column)) continue;
    const fte = column === 'headcount' && header.record.some((name) => /^(fte|wte)\b/.test(normaliseHeader(name)));
    result.problems.push({
      row: header.info.lines,
      column,
      message: fte
        ? 'The file has a full-time equivalent (FTE or WTE) column but no headcount column. Chorus needs headcount: the number of people, not FTE.'
        : `The file has no ${IMPORT_COLUMN_LABELS[column]} column. ${EXPECTED}`,
    });
  }
  if (result.problems.length > 0) return result;
  if (body.length === 0) return fileProblem('The file has column names but no rows of headcounts below them.');
  if (body.length > MAX_IMPORT_ROWS) {
    return fileProblem(`The file has ${body.length.toLocaleString('en-GB')} rows; the most Chorus imports at once is ${MAX_IMPORT_ROWS.toLocaleString('en-GB')}. Split it into smaller files.`);
  }

  for (const { record, info } of body) {
    const row = info.lines;
    const value = (column: ImportColumn) => {
      const index = columns.get(column);
      return index === undefined ? '' : (record[index] ?? '').trim();
    };
    const problem = (column: ImportColumn, message: string) =>
      result.problems.push({ row, column, message: `Row ${row}: ${message}` });

    const division = value('division');
    const staffGroup = value('staffGroup');
    const site = value('site');
    if (division === '') problem('division', 'division is blank. Enter the division these staff work in');
    else {
      const why = nameProblem(division);
      if (why) problem('division', `division ${why}`);
    }
    if (staffGroup === '') problem('staffGroup', 'staff group is blank. Enter one of the staff groups');
    if (site !== '') {
      const why = nameProblem(site);
      if (why) problem('site', `site ${why}`);
    }
    const headcount = parseHeadcount(value('headcount'));
    if ('problem' in headcount) problem('headcount', `headcount ${headcount.problem}`);
    result.rows.push({
      row,
      division,
      staffGroup,
      site: site === '' ? null : site,
      headcount: 'value' in headcount ? headcount.value : null,
    });
  }
  return result;
}
