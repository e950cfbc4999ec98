import { CRITICALITY_LABELS, LIFECYCLE_LABELS } from '../../../shared/contracts/estate.js';
import { IMPORT_FIELD_LABELS, IMPORT_FIELDS, type ImportField } from '../../../shared/contracts/estate-views.js';
import type { RegisterImportPreview } from './types.js';

/** The shared names, with a hint where the cell's format is not obvious. */
const FIELD_LABELS: Record<ImportField, string> = {
  ...IMPORT_FIELD_LABELS,
  userCount: 'Number of users',
  units: 'Divisions and sites (names separated by ;)',
  replacedBy: 'Replaced by (name of a system)',
};
const ACTION_LABELS = { create: 'New system', update: 'Updates a system', duplicate: 'Already in the register: skipped' } as const;
/** The few fields the first-rows table shows, so it stays readable on a phone. */
const SHOWN_FIELDS: ImportField[] = ['name', 'capability', 'lifecycle', 'criticality'];

const LABELS: Record<string, string> = { ...LIFECYCLE_LABELS, ...CRITICALITY_LABELS };
const asText = (value: unknown) =>
  value === null || value === undefined ? '' : Array.isArray(value) ? value.join(', ') : (LABELS[String(value)] ?? String(value));

interface Props {
  preview: RegisterImportPreview;
  mapping: Record<string, string | null>;
  onMap(header: string, field: string | null): void;
  problems: string[];
}

/** What the check found: each column and what it fills (changeable), the first rows, and every problem. */
export function RegisterPreview({ preview, mapping, onMap, problems }: Props) {
  const { counts } = preview;
  return (
    <>
      <h2 className="nhsuk-heading-m">What the file holds</h2>
      <p className="nhsuk-body">
        {preview.rowCount.toLocaleString('en-GB')} {preview.rowCount === 1 ? 'row' : 'rows'}: {counts.create.toLocaleString('en-GB')} new, {counts.update.toLocaleString('en-GB')} updates,{' '}
        {counts.duplicate.toLocaleString('en-GB')} already in the register.
      </p>
      <table className="nhsuk-table nhsuk-table--responsive" role="table">
        <caption className="nhsuk-table__caption nhsuk-table__caption--s">Columns</caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row" role="row">
            <th className="nhsuk-table__header" scope="col" role="columnheader">Column in the file</th>
            <th className="nhsuk-table__header" scope="col" role="columnheader">Examples</th>
            <th className="nhsuk-table__header" scope="col" role="columnheader">Fills</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {preview.columns.map((column, i) => (
            <tr className="nhsuk-table__row" role="row" key={column.header}>
              <td className="nhsuk-table__cell" role="cell">
                <span className="nhsuk-table__heading" aria-hidden="true">Column in the file </span>
                {column.header}
              </td>
              <td className="nhsuk-table__cell" role="cell">
                <span className="nhsuk-table__heading" aria-hidden="true">Examples </span>
                {column.samples.slice(0, 3).join(', ')}
              </td>
              <td className="nhsuk-table__cell" role="cell">
                <label className="nhsuk-u-visually-hidden" htmlFor={`map-${i}`}>
                  Field filled by the column “{column.header}”
                </label>
                <select id={`map-${i}`} className="nhsuk-select" value={mapping[column.header] ?? ''} onChange={(event) => onMap(column.header, event.target.value || null)}>
                  <option value="">Ignore this column</option>
                  {IMPORT_FIELDS.map((f) => (
                    <option key={f} value={f}>
                      {FIELD_LABELS[f]}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {preview.rows.length > 0 && (
        <table className="nhsuk-table nhsuk-table--responsive" role="table">
          <caption className="nhsuk-table__caption nhsuk-table__caption--s">First {preview.rows.length} rows, as they would be saved</caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row" role="row">
              {['Row', ...SHOWN_FIELDS.map((f) => FIELD_LABELS[f]), 'What happens'].map((h) => (
                <th key={h} className="nhsuk-table__header" scope="col" role="columnheader">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {preview.rows.map((row) => (
              <tr key={row.row} className="nhsuk-table__row" role="row">
                {[String(row.row), ...SHOWN_FIELDS.map((f) => asText(row.values[f])), ACTION_LABELS[row.action]].map((value, i) => (
                  <td key={i} className="nhsuk-table__cell" role="cell">
                    <span className="nhsuk-table__heading" aria-hidden="true">
                      {['Row', ...SHOWN_FIELDS.map((f) => FIELD_LABELS[f]), 'What happens'][i]}{' '}
                    </span>
                    {value}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2 className="nhsuk-heading-m">Problems</h2>
      {problems.length === 0 ? (
        <p className="nhsuk-body">None: the file can be imported.</p>
      ) : (
        <ul className="nhsuk-list nhsuk-list--bullet">
          {problems.slice(0, 200).map((p, i) => (
            <li key={i}>{p}</li>
          ))}
          {problems.length > 200 && <li>and {(problems.length - 200).toLocaleString('en-GB')} more.</li>}
        </ul>
      )}
    </>
  );
}
