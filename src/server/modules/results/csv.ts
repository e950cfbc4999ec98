import { stringify } from 'csv-stringify/sync';

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
  return `\uFEFF${stringify([header, ...rows.map((r) => r.map(safeCell))], { record_delimiter: '\r\n' })}`;
}
