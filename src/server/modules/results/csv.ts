import { stringify } from 'csv-stringify/sync';
import { COVERAGE_STATUS_TEXT, atMostText, coverageRateText } from '../../../shared/coverage-text.js';
import type { Coverage, QuestionResult } from '../../../shared/contracts/results.js';

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

export const COVERAGE_CSV_HEADER = ['Division', 'Staff group', 'Responses', 'Headcount', 'Response rate', 'Status'];

/**
 * The coverage table as the page shows it: each division × staff group, then the totals. A
 * hidden count is "hidden", with what the shown figures prove ("at most 14") and the same status.
 */
export function coverageCsvRows(coverage: Coverage): unknown[][] {
  const label = (options: Coverage['staffGroups'], key: string) => options.find((o) => o.key === key)?.label ?? 'Not stated';
  const figures = (m: Pick<Coverage['total'], 'responses' | 'headcount' | 'rate' | 'atMost'>) => [
    m.responses.suppressed ? ['hidden', atMostText(m.atMost)].filter(Boolean).join(', ') : m.responses.value,
    m.headcount ?? '',
    m.rate === null ? '' : coverageRateText(m.rate),
  ];
  return [
    ...coverage.cells.map((c) => [label(coverage.divisions, c.division), label(coverage.staffGroups, c.staffGroup), ...figures(c), COVERAGE_STATUS_TEXT[c.status]]),
    ...coverage.byStaffGroup.map((m) => ['All divisions', label(coverage.staffGroups, m.key), ...figures(m), '']),
    ...coverage.byDivision.map((m) => [label(coverage.divisions, m.key), 'All staff groups', ...figures(m), '']),
    ['All divisions', 'All staff groups', ...figures(coverage.total), ''],
  ];
}
