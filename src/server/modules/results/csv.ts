import { stringify } from 'csv-stringify/sync';
import type { QuestionResult } from '../../../shared/contracts/results.js';

/**
 * Spreadsheet programs run a cell that starts with = + - @ as a formula; staff wrote these
 * answers, so such cells are prefixed with an apostrophe to be shown as text.
 */
export function safeCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function toCsv(header: string[], rows: unknown[][]): string {
  // A byte-order mark so that Excel opens UTF-8 correctly.
  // The header too: the raw export's column names are question titles, which editors (or an import) wrote.
  // A lone CR or LF ends a row in Excel, so a cell holding one is quoted like one holding CRLF.
  const records = [header.map(safeCell), ...rows.map((r) => r.map(safeCell))];
  return `\uFEFF${stringify(records, { record_delimiter: '\r\n', quoted_match: /[\r\n]/ })}`;
}

export const RESULT_CSV_HEADER = ['Question', 'Statement', 'Group', 'Answer', 'Count', 'Percent of respondents'];
const EVERYONE = 'Everyone in the filter';

/**
 * One question's figures as CSV rows, exactly as the results page shows them (each count already
 * through the suppression function; a hidden one says so): everyone in the filter, then each
 * compared group when the page compares.
 */
export function resultCsvRows(result: QuestionResult): unknown[][] {
  const rows: unknown[][] = [];
  const add = (statement: string, group: string, items: QuestionResult['items']) => {
    for (const item of items) rows.push([result.title, statement, group, item.label, item.count.suppressed ? 'hidden' : item.count.value, item.percent ?? '']);
  };
  if (result.rows.length > 0) for (const row of result.rows) add(row.label, EVERYONE, row.items);
  else add('', EVERYONE, result.items);
  for (const group of result.comparison) {
    if (group.rows.length > 0) for (const row of group.rows) add(row.label, group.label, row.items);
    else add('', group.label, group.items);
  }
  return rows;
}
