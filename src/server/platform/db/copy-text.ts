/**
 * Rows in PostgreSQL's COPY text format: columns separated by a tab, rows ended by a newline,
 * null as `\N`. Backslash, tab, newline and carriage return inside a value are escaped, so any
 * free text (including `\N` or `\.` typed by a person) arrives exactly as written.
 */
export type CopyValue = string | number | null;

const NEEDS_ESCAPE = /[\\\t\n\r]/;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

export function copyValue(value: CopyValue): string {
  if (value === null) return '\\N';
  if (typeof value === 'number') return String(value);
  return NEEDS_ESCAPE.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]!) : value;
}

/** One row, newline included. */
export const copyLine = (values: readonly CopyValue[]): string => `${values.map(copyValue).join('\t')}\n`;
