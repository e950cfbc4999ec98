import { MAX_IMPORT_ROWS, ZCreateSystem, type CreateSystem } from '../../../../shared/contracts/estate.js';
import { IMPORT_FIELDS, type ImportField, type RegisterImportOptions, type RegisterImportPreview } from '../../../../shared/contracts/estate-views.js';
import type { Table } from '../../../platform/files/table.js';
import type { SystemRow } from '../presenter.js';
import { IMPORT_FIELD_LABELS as FIELD_LABELS } from '../../../../shared/contracts/estate-views.js';
import { suggestMapping } from './columns.js';
import { parseReplacedBy, parseUnits, type UnitRef } from './references.js';
import {
  parseCriticality,
  parseDate,
  parseFit,
  parseHosting,
  parseLifecycle,
  parseMoney,
  parseTags,
  parseText,
  parseWholeNumber,
  parseYesNo,
  type Parsed,
} from './values.js';

type Problem = RegisterImportPreview['problems'][number];
export interface PlannedRow {
  row: number;
  action: 'create' | 'update' | 'duplicate';
  existingId: string | null;
  values: CreateSystem;
  /** Division and site ids to set; absent when the file has no such column (an update keeps them). */
  unitIds?: string[];
  /** The replacing system's lower-case name, null to clear; absent when the file has no such column. */
  replacedBy?: string | null;
}
export interface ImportPlan {
  columns: RegisterImportPreview['columns'];
  rows: PlannedRow[];
  problems: Problem[];
}

/** Columns naming other records: read against the register and the organisation, not cell by cell. */
type ReferenceField = 'units' | 'replacedBy';
const isReference = (field: ImportField): field is ReferenceField => field === 'units' || field === 'replacedBy';

const PARSERS: Record<Exclude<ImportField, ReferenceField>, (cell: string) => Parsed<unknown>> = {
  name: parseText,
  supplier: parseText,
  product: parseText,
  capability: parseText,
  businessOwner: parseText,
  technicalOwner: parseText,
  userCount: parseWholeNumber,
  hosting: parseHosting,
  contractStart: parseDate,
  contractEnd: parseDate,
  annualCost: parseMoney,
  lifecycle: parseLifecycle,
  criticality: parseCriticality,
  holdsPatientData: parseYesNo,
  technicalFit: parseFit,
  functionalFit: parseFit,
  tags: parseTags,
  notes: (cell) => ({ ok: true, value: cell.trim() }),
};

/** Required fields fall back to the register's defaults when the column is missing or the cell empty. */
const DEFAULTS = { lifecycle: 'active', criticality: 'medium', holdsPatientData: false, tags: [], notes: '' } as const;

/** A stored system in the create shape, so an update is the stored record with the file's columns laid over it. */
const asInput = (row: SystemRow): Record<string, unknown> => ({
  ...Object.fromEntries(IMPORT_FIELDS.filter((f) => !isReference(f)).map((f) => [f, row[f as Exclude<ImportField, ReferenceField>]])),
  replacedById: row.replacedById,
});

/**
 * Reads every row against the column mapping (the person's, or the suggested one) and the
 * register as it stands. Every problem is collected, each with its spreadsheet row and column,
 * so one preview shows all that needs fixing.
 */
export function planImport(table: Table, options: RegisterImportOptions, existing: Map<string, SystemRow>, units: UnitRef[] = []): ImportPlan {
  const problems: Problem[] = [];
  const [header = [], ...body] = table.rows;
  const headers = header.map((h, i) => h.trim() || `Column ${i + 1}`);
  const suggested = suggestMapping(headers);
  const mapping = headers.map((h, i) => (options.mapping ? (options.mapping[h] ?? null) : suggested[i]!));
  if (options.mapping) {
    for (const named of Object.keys(options.mapping)) {
      if (!headers.includes(named)) problems.push({ row: null, column: named, message: `The file has no column called "${named}".` });
    }
  }
  const seen = new Map<ImportField, string>();
  mapping.forEach((field, i) => {
    if (!field) return;
    if (seen.has(field)) problems.push({ row: null, column: headers[i]!, message: `Both "${seen.get(field)}" and "${headers[i]}" are set to ${FIELD_LABELS[field]}: choose one.` });
    else seen.set(field, headers[i]!);
  });
  if (new Set(headers).size !== headers.length) problems.push({ row: null, column: null, message: 'Two columns have the same heading: rename one so each can be mapped.' });
  if (!seen.has('name')) problems.push({ row: null, column: null, message: 'No column gives the system’s name: set one column to Name.' });
  if (body.length === 0) problems.push({ row: null, column: null, message: 'The file has a heading row but no systems.' });
  if (body.length > MAX_IMPORT_ROWS) problems.push({ row: null, column: null, message: `The file has ${body.length.toLocaleString('en-GB')} systems; import at most ${MAX_IMPORT_ROWS.toLocaleString('en-GB')} at a time.` });

  const columns = headers.map((h, i) => ({ header: h, field: mapping[i] ?? null, samples: body.slice(0, 3).map((r) => r[i] ?? '') }));
  if (problems.length > 0) return { columns, rows: [], problems };

  const rows: PlannedRow[] = [];
  const namesInFile = new Map<string, number>();
  // "Replaced by" may name a system further down the file, so every name is known before any row is read.
  const nameColumn = mapping.indexOf('name');
  const systemNames = new Map<string, string>([...existing.values()].map((s) => [s.name.toLowerCase(), s.name]));
  for (const cells of body) {
    const name = (cells[nameColumn] ?? '').trim();
    if (name && !systemNames.has(name.toLowerCase())) systemNames.set(name.toLowerCase(), name);
  }
  body.forEach((cells, index) => {
    const rowNumber = table.rowNumbers[index + 1] ?? index + 2;
    const parsed: Record<string, unknown> = {};
    const references: Pick<PlannedRow, 'unitIds' | 'replacedBy'> = {};
    let rowOk = true;
    const refuse = (i: number, message: string) => {
      rowOk = false;
      problems.push({ row: rowNumber, column: headers[i]!, message: `Row ${rowNumber}, ${headers[i]}: ${message}` });
    };
    mapping.forEach((field, i) => {
      if (!field) return;
      if (field === 'units') {
        const result = parseUnits(cells[i] ?? '', units);
        if (result.ok) references.unitIds = result.value;
        else result.messages.forEach((message) => refuse(i, message));
        return;
      }
      if (field === 'replacedBy') {
        const result = parseReplacedBy(cells[i] ?? '', (cells[nameColumn] ?? '').trim(), systemNames);
        if (result.ok) references.replacedBy = result.value;
        else refuse(i, result.message);
        return;
      }
      const result = PARSERS[field](cells[i] ?? '');
      if (result.ok) {
        if (result.value !== null) parsed[field] = result.value;
      } else {
        rowOk = false;
        problems.push({ row: rowNumber, column: headers[i]!, message: `Row ${rowNumber}, ${headers[i]}: ${result.message}` });
      }
    });
    const name = typeof parsed.name === 'string' ? parsed.name : '';
    const key = name.toLowerCase();
    const match = key ? existing.get(key) : undefined;
    const action: PlannedRow['action'] = match ? (options.mode === 'update_existing' ? 'update' : 'duplicate') : 'create';
    if (key && namesInFile.has(key)) {
      rowOk = false;
      problems.push({ row: rowNumber, column: seen.get('name')!, message: `Row ${rowNumber}, ${seen.get('name')}: "${name}" is also on row ${namesInFile.get(key)}; each system can appear once.` });
    } else if (key) namesInFile.set(key, rowNumber);
    if (!rowOk) return;

    // An update keeps the stored spelling of the name: the file matched it without regard to case.
    const candidate = match && action === 'update' ? { ...DEFAULTS, ...asInput(match), ...parsed, name: match.name } : { ...DEFAULTS, ...parsed };
    const checked = ZCreateSystem.safeParse(candidate);
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const field = issue.path[0] as ImportField | undefined;
        const column = (field && seen.get(field)) ?? (field ? FIELD_LABELS[field] : null);
        problems.push({ row: rowNumber, column, message: `Row ${rowNumber}${column ? `, ${column}` : ''}: ${issue.message}` });
      }
      return;
    }
    rows.push({ row: rowNumber, action, existingId: match?.id ?? null, values: checked.data, ...references });
  });
  return { columns, rows, problems };
}
