import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { CRITICALITY_LABELS, LIFECYCLE_LABELS, type SYSTEM_SORTS } from '../../../shared/contracts/estate.js';
import { paths } from '../../app/paths.js';
import { formatDate } from '../../ui/format.js';
import { ScrollRegion } from '../../ui/ScrollRegion.js';
import { Tag } from '../../ui/Tag.js';
import { formatCount, formatMoney, TimeBadge } from './labels.js';
import type { SystemList, SystemView } from './types.js';

type Sort = (typeof SYSTEM_SORTS)[number];
type Direction = 'asc' | 'desc';

interface Column {
  header: string;
  sort?: Sort;
  numeric?: boolean;
  cell(row: SystemView): ReactNode;
}

interface Props {
  orgId: string;
  list: SystemList;
  warningCounts: Map<string, number>;
  /** Systems where staff and architects disagree; null while the staff-voice data is not available. */
  disagreeing: Set<string> | null;
  sort: string;
  direction: Direction;
  onSort(sort: Sort, direction: Direction): void;
}

/**
 * The register as a table that scrolls sideways inside its own region when it is wider than the
 * page, with the system's name kept in view (a card per row on a phone made 50 systems a very
 * long page and could not be compared across). Sortable headings hold a button (the column's
 * name) and say how the table is sorted with aria-sort, as the GOV.UK sortable table does.
 */
export function SystemsTable({ orgId, list, warningCounts, disagreeing, sort, direction, onSort }: Props) {
  const warningsOf = (row: SystemView) => warningCounts.get(row.id) ?? 0;
  // The staff-voice column appears only when that module answers with at least one disagreement.
  const hasStaffView = disagreeing !== null && disagreeing.size > 0;
  const columns: Column[] = [
    {
      header: 'System',
      sort: 'name',
      cell: (s) => (
        <>
          <Link to={paths.system(orgId, s.id)}>{s.name}</Link>
          {s.retiredAt && (
            <>
              {' '}
              <Tag colour="grey">Retired</Tag>
            </>
          )}
          {s.supplier && <span className="nhsuk-u-secondary-text-colour chorus-estate-sub">{s.supplier}</span>}
        </>
      ),
    },
    { header: 'Capability', sort: 'capability', cell: (s) => s.capability ?? 'Not recorded' },
    { header: 'Lifecycle', sort: 'lifecycle', cell: (s) => LIFECYCLE_LABELS[s.lifecycle] },
    { header: 'Criticality', sort: 'criticality', cell: (s) => CRITICALITY_LABELS[s.criticality] },
    { header: 'TIME', sort: 'time', cell: (s) => <TimeBadge time={s.time} /> },
    { header: 'Contract ends', sort: 'contractEnd', cell: (s) => (s.contractEnd ? formatDate(s.contractEnd) : 'Not recorded') },
    { header: 'Annual cost', sort: 'annualCost', numeric: true, cell: (s) => formatMoney(s.annualCost) },
    { header: 'Users', sort: 'userCount', numeric: true, cell: (s) => formatCount(s.userCount) },
    {
      header: 'Warnings',
      numeric: true,
      cell: (s) => (warningsOf(s) > 0 ? <Tag colour="orange">{warningsOf(s)}</Tag> : 'None'),
    },
  ];
  if (hasStaffView) {
    columns.push({
      header: 'Staff view',
      cell: (s) => (disagreeing?.has(s.id) ? <Tag colour="yellow">Staff and architects disagree</Tag> : 'No disagreement found'),
    });
  }

  const headerFor = (column: Column) => {
    if (!column.sort) return column.header;
    const active = sort === column.sort;
    const next: Direction = active && direction === 'asc' ? 'desc' : 'asc';
    return (
      <button type="button" className="chorus-sort-button" onClick={() => onSort(column.sort!, next)}>
        {column.header}
        <span aria-hidden="true" className="chorus-sort-arrow">
          {active ? (direction === 'asc' ? ' ▲' : ' ▼') : ' ⇅'}
        </span>
      </button>
    );
  };

  return (
    <ScrollRegion label="Systems">
      <table className="nhsuk-table chorus-register">
        <caption className="nhsuk-table__caption nhsuk-table__caption--m">
          Systems
          <span className="nhsuk-u-visually-hidden">, sorted by {columns.find((c) => c.sort === sort)?.header ?? 'System'}, {direction === 'asc' ? 'ascending' : 'descending'}</span>
        </caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            {columns.map((column) => (
              <th
                key={column.header}
                scope="col"
                aria-sort={column.sort ? (sort === column.sort ? (direction === 'asc' ? 'ascending' : 'descending') : 'none') : undefined}
                className={['nhsuk-table__header', column.numeric ? 'nhsuk-table__header--numeric' : null].filter(Boolean).join(' ')}
              >
                {headerFor(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {list.systems.map((row) => (
            <tr key={row.id} className={['nhsuk-table__row', disagreeing?.has(row.id) ? 'chorus-register__row--disagree' : null].filter(Boolean).join(' ')}>
              {columns.map((column) => (
                <td
                  key={column.header}
                  className={['nhsuk-table__cell', column.numeric ? 'nhsuk-table__cell--numeric' : null].filter(Boolean).join(' ')}
                >
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
