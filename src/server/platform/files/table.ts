import { CsvError, parse } from 'csv-parse/sync';
import { readSheet } from 'read-excel-file/node';
import { decodeBytes, isZip, type Encoding } from './decode.js';

/**
 * A file → a rectangle of text cells. CSV through csv-parse (quotes, embedded newlines,
 * CRLF/LF/CR), XLSX through read-excel-file; neither is hand-written. A ragged row or an
 * unterminated quote refuses the whole file with the row it was found on.
 */
export type Delimiter = ',' | ';' | '\t' | '|';
export type LineEnding = 'CRLF' | 'LF' | 'CR' | 'none';

export interface Table {
  format: 'csv' | 'xlsx';
  encoding: Encoding | null;
  delimiter: Delimiter | null;
  lineEnding: LineEnding | null;
  /** Every non-blank row, header rows included, all the same width. */
  rows: string[][];
  /** The row number a person sees in Excel (1-based, blank rows counted), for each row. */
  rowNumbers: number[];
  /** Cells that Excel stored as dates (XLSX only): "row:column" keys. */
  dateCells: Set<string>;
}

export class TableError extends Error {
  constructor(
    message: string,
    readonly row: number | null = null,
  ) {
    super(message);
    this.name = 'TableError';
  }
}

const DELIMITERS: Delimiter[] = [',', ';', '\t', '|'];

/** Said of any file that is not a spreadsheet or text at all (a PDF, an image, a damaged workbook). */
export const UNREADABLE_FILE =
  'We could not read this file as a spreadsheet or CSV. Save it from your survey tool as CSV or Excel (.xlsx) and try again.';

/**
 * Text has no NUL characters and hardly any other control characters once decoded; a PDF, an
 * image, an old .xls workbook or a renamed binary has many. Reading one as CSV would only give a
 * confusing "row 3 has 1 cell" about bytes nobody can see.
 */
export function looksBinary(text: string): boolean {
  if (text.startsWith('%PDF-')) return true;
  const sample = text.slice(0, 64 * 1024);
  // eslint-disable-next-line no-control-regex -- control characters are what this counts
  const controls = sample.match(/[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufffd]/g)?.length ?? 0;
  // A floor of 16: a short text file with a few characters its tool could not encode (U+FFFD) is still text.
  return sample.includes('\u0000') || controls > Math.max(16, sample.length / 100);
}

export function lineEndingOf(text: string): LineEnding {
  const crlf = text.indexOf('\r\n');
  const lf = text.indexOf('\n');
  const cr = text.indexOf('\r');
  if (lf < 0 && cr < 0) return 'none';
  if (crlf >= 0 && crlf === cr && crlf + 1 === lf) return 'CRLF';
  if (lf >= 0 && (cr < 0 || lf < cr)) return 'LF';
  return 'CR';
}

/** Picks the delimiter that splits the first rows into the most columns, consistently. */
export function sniffDelimiter(text: string): Delimiter {
  const sample = text.slice(0, 64 * 1024);
  let best: { delimiter: Delimiter; score: number } = { delimiter: ',', score: 0 };
  for (const delimiter of DELIMITERS) {
    let records: string[][];
    try {
      records = parse(sample, { delimiter, relax_column_count: true, relax_quotes: true, to_line: 30, skip_empty_lines: true });
    } catch {
      continue;
    }
    // The sample may end part-way through a row: judge only the complete ones.
    const rows = records.length > 2 ? records.slice(0, -1) : records;
    const width = rows[0]?.length ?? 0;
    if (width < 2) continue;
    const consistent = rows.filter((r) => r.length === width).length / rows.length;
    const score = consistent * 1000 + Math.min(width, 999);
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

function describeCsvError(error: CsvError, rowsSoFar: number): TableError {
  const row = rowsSoFar + 1;
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
    return new TableError(`Row ${row}: a quoted cell is never closed, so the file may have been cut short. Export it again and upload the whole file.`, row);
  }
  if (error.code === 'CSV_INVALID_CLOSING_QUOTE' || error.code === 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE') {
    return new TableError(`Row ${row}: a quoted cell has text after its closing quote. Check the quotes in that row.`, row);
  }
  return new TableError(`Row ${row} could not be read as CSV. Look at that row in a spreadsheet program, or save the file again as CSV or Excel (.xlsx).`, row);
}

export interface DelimitedOptions {
  /**
   * Pad a row shorter than the header with empty cells instead of refusing the file: for a
   * hand-made list (headcounts) where a spreadsheet drops a blank last cell and the reader
   * reports the blank field by name. Survey exports keep the strict rule.
   */
  shortRowsAllowed?: boolean;
}

export function parseDelimited(text: string, options: DelimitedOptions = {}): Omit<Table, 'format' | 'encoding' | 'dateCells'> {
  if (text.trim() === '') throw new TableError('The file is empty.');
  const delimiter = sniffDelimiter(text);
  let records: string[][];
  try {
    records = parse(text, { delimiter, relax_column_count: true, bom: true });
  } catch (error) {
    if (error instanceof CsvError) throw describeCsvError(error, (error as CsvError & { records?: number }).records ?? 0);
    throw error;
  }
  return { delimiter, lineEnding: lineEndingOf(text), ...rectangle(records, options.shortRowsAllowed ?? false) };
}

/** Drops blank rows and checks every row is as wide as the header (or, if allowed, pads a shorter one). */
function rectangle(records: string[][], shortRowsAllowed = false): { rows: string[][]; rowNumbers: number[] } {
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  let width = 0;
  records.forEach((record, index) => {
    if (record.every((cell) => cell === '')) return;
    const number = index + 1;
    if (rows.length === 0) width = record.length;
    let cells = record;
    if (cells.length > width && cells.slice(width).every((c) => c === '')) cells = cells.slice(0, width);
    if (cells.length < width && shortRowsAllowed) cells = [...cells, ...Array<string>(width - cells.length).fill('')];
    if (cells.length !== width) {
      throw new TableError(
        `Row ${number} has ${cells.length} ${cells.length === 1 ? 'cell' : 'cells'} but the header has ${width}. A cell may contain an unquoted separator, or the row was cut short.`,
        number,
      );
    }
    rows.push(cells);
    rowNumbers.push(number);
  });
  if (rows.length === 0) throw new TableError('The file is empty.');
  return { rows, rowNumbers };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A date cell as text: the day, and the time when it is not midnight (both UTC, as Excel stores them). */
function dateText(date: Date): string {
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
  return time === '00:00:00' ? day : `${day} ${time}`;
}

export async function readXlsx(bytes: Uint8Array): Promise<Table> {
  let data: unknown[][];
  try {
    // Numbers come back as the text Excel stored, so "007" or "1.10" are never reformatted.
    data = (await readSheet(Buffer.from(bytes), { trim: false, parseNumber: (s: string) => s })) as unknown[][];
  } catch {
    // The reader's own words ("invalid zip data", "Cannot read properties of null") help nobody.
    throw new TableError(UNREADABLE_FILE);
  }
  const width = Math.max(0, ...data.map((r) => r.length));
  const dateCells = new Set<string>();
  const records = data.map((row, r) =>
    Array.from({ length: width }, (_, c) => {
      const cell = row[c];
      if (cell === null || cell === undefined) return '';
      if (cell instanceof Date) {
        dateCells.add(`${r}:${c}`);
        return dateText(cell);
      }
      if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
      return String(cell);
    }),
  );
  const { rows, rowNumbers } = rectangle(records);
  // Re-key date cells from sheet row index to kept row index.
  const kept = new Map(rowNumbers.map((n, i) => [n - 1, i]));
  const remapped = new Set<string>();
  for (const key of dateCells) {
    const [r, c] = key.split(':').map(Number) as [number, number];
    const at = kept.get(r);
    if (at !== undefined) remapped.add(`${at}:${c}`);
  }
  return { format: 'xlsx', encoding: null, delimiter: null, lineEnding: null, rows, rowNumbers, dateCells: remapped };
}

/** Reads a CSV/TSV (any supported encoding) or XLSX file. */
export async function readTable(bytes: Uint8Array): Promise<Table> {
  if (bytes.length === 0) throw new TableError('The file is empty.');
  if (isZip(bytes)) return readXlsx(bytes);
  const { text, encoding } = decodeBytes(bytes);
  if (looksBinary(text)) throw new TableError(UNREADABLE_FILE);
  return { format: 'csv', encoding, dateCells: new Set(), ...parseDelimited(text) };
}
