import { stringify } from 'csv-stringify/sync';
import { CRITICALITY_LABELS, HOSTING_LABELS, LIFECYCLE_LABELS, TIME_LABELS } from '../../../shared/contracts/estate.js';
import type { Db } from '../../platform/db/client.js';
import type { Actor } from '../../platform/http/access.js';
import { allSystems, systemViews } from './queries.js';

/**
 * Spreadsheet programs run a cell that starts with = + - @ (or a tab or carriage return) as a
 * formula; register fields are typed or imported by people, so such cells are prefixed with an
 * apostrophe to be shown as text — the same rule as the results exports.
 */
export function safeCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export const EXPORT_HEADER = [
  'Name', 'Supplier', 'Product', 'Capability', 'Business owner', 'Technical owner', 'Users', 'Hosting',
  'Contract start', 'Contract end', 'Annual cost (£)', 'Lifecycle', 'Criticality', 'Holds patient data',
  'Technical fit', 'Functional fit', 'TIME', 'Replaced by', 'Divisions and sites', 'Tags', 'Notes', 'Retired',
];

/** The whole register, live systems first then retired, with the same column names the import understands. */
export async function registerCsv(db: Db, actor: Actor, includeRetired: boolean): Promise<string> {
  const views = await systemViews(db, await allSystems(db, actor.member.organisationId, includeRetired));
  views.sort((a, b) => Number(a.retiredAt !== null) - Number(b.retiredAt !== null));
  const rows = views.map((s) => [
    s.name, s.supplier, s.product, s.capability, s.businessOwner, s.technicalOwner, s.userCount,
    s.hosting ? HOSTING_LABELS[s.hosting] : '', s.contractStart, s.contractEnd, s.annualCost,
    LIFECYCLE_LABELS[s.lifecycle], CRITICALITY_LABELS[s.criticality], s.holdsPatientData ? 'Yes' : 'No',
    s.technicalFit, s.functionalFit, s.time ? TIME_LABELS[s.time] : '', s.replacedBy?.name, s.units.map((u) => u.name).join('; '),
    s.tags.join(', '), s.notes, s.retiredAt ? s.retiredAt.slice(0, 10) : '',
  ]);
  return `\uFEFF${stringify([EXPORT_HEADER, ...rows.map((r) => r.map(safeCell))], { record_delimiter: '\r\n' })}`;
}
