import { parse } from 'csv-parse/sync';
import { HORIZON_LABELS, STATUS_LABELS, type Roadmap } from '../../../shared/contracts/roadmap.js';
import { toCsv } from '../results/index.js';

export const ROADMAP_CSV_HEADER = ['Programme', 'Priority', 'Title', 'Owner', 'Start', 'End', 'Status', 'Horizon', 'Cost', 'Benefit', 'Depends on'];

/** The roadmap as CSV, one initiative a row, programme by programme; "Depends on" holds titles separated by ";". */
export function roadmapCsv(roadmap: Roadmap): string {
  const titleOf = new Map(roadmap.initiatives.map((i) => [i.id, i.title]));
  const rows: unknown[][] = [];
  for (const programme of roadmap.programmes) {
    for (const i of roadmap.initiatives.filter((x) => x.programmeId === programme.id)) {
      rows.push([
        programme.name, programme.priorityTitle, i.title, i.owner, i.start, i.end, STATUS_LABELS[i.status], HORIZON_LABELS[i.horizon],
        i.estimatedCost ?? '', i.benefit, i.dependsOn.map((id) => titleOf.get(id)).join('; '),
      ]);
    }
  }
  return toCsv(ROADMAP_CSV_HEADER, rows);
}

export interface CsvRow {
  /** The row's number as a spreadsheet shows it: the header is row 1. */
  row: number;
  cells: Record<string, string>;
}

/** Undoes the export's formula guard: "'=1" was written for "=1". */
const unguard = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

const normalise = (header: string) => header.trim().toLowerCase().replace(/[^a-z]+/g, ' ').trim();

/** Reads the file's rows keyed by the lower-cased header ("depends on"), or explains why it cannot. */
export function readRoadmapCsv(text: string): { rows: CsvRow[] } | { error: string } {
  let records: string[][];
  try {
    // Blank lines are kept while reading, so row numbers match the rows a spreadsheet shows.
    records = parse(text, { bom: true, relax_column_count: true }) as string[][];
  } catch (error) {
    return { error: `The file could not be read as CSV: ${(error as Error).message}` };
  }
  const first = records.findIndex((cells) => cells.some((c) => c.trim() !== ''));
  const header = records[first];
  const body = records.slice(first + 1);
  if (!header) return { error: 'The file is empty. Download the roadmap as CSV to see the columns it needs.' };
  const names = header.map(normalise);
  const missing = ['programme', 'title', 'start', 'end'].filter((n) => !names.includes(n));
  if (missing.length > 0) return { error: `The file has no ${missing.map((m) => `"${m}"`).join(', ')} column. The first row must name the columns, like the roadmap's CSV download.` };
  return {
    rows: body
      .map((cells, index) => ({ row: first + index + 2, cells: Object.fromEntries(names.map((n, k) => [n, unguard((cells[k] ?? '').trim())])) }))
      .filter((r) => Object.values(r.cells).some((v) => v !== '')),
  };
}

const byLabel = <K extends string>(labels: Record<K, string>, text: string): K | undefined => {
  const wanted = text.trim().toLowerCase().replace(/[\s_]+/g, ' ');
  return (Object.keys(labels) as K[]).find((k) => k.replace(/_/g, ' ') === wanted || labels[k].toLowerCase() === wanted);
};
export const statusFromCell = (text: string) => byLabel(STATUS_LABELS, text);
export const horizonFromCell = (text: string) => byLabel(HORIZON_LABELS, text);

/** "£250,000" or "250000" as whole pounds; "" as none; anything else as NaN, refused by the contract. */
export function costFromCell(text: string): number | null {
  const plain = text.replace(/[£,\s]/g, '');
  if (plain === '') return null;
  return /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : Number.NaN;
}
