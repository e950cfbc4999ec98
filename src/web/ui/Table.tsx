import type { ReactNode } from 'react';

export interface Column<Row> {
  header: string;
  /** Visually hidden header, for a column of actions whose purpose the buttons say. */
  headerHidden?: boolean;
  cell(row: Row): ReactNode;
  numeric?: boolean;
}

interface Props<Row> {
  caption: ReactNode;
  captionHidden?: boolean;
  columns: Column<Row>[];
  rows: readonly Row[];
  rowKey(row: Row): string;
  /**
   * False for a grid of raw data (a file's first rows) shown in a ScrollRegion: as cards on a
   * phone it would repeat every column heading for every row and run to pages.
   */
  responsive?: boolean;
}

/**
 * The NHS.UK responsive table: a normal table on wide screens; on phones each row becomes a
 * card and every cell shows its column heading, so nothing scrolls sideways.
 */
export function Table<Row>({ caption, captionHidden, columns, rows, rowKey, responsive = true }: Props<Row>) {
  return (
    <table className={responsive ? 'nhsuk-table nhsuk-table--responsive' : 'nhsuk-table chorus-table--grid'} role="table">
      <caption className={captionHidden ? 'nhsuk-u-visually-hidden' : 'nhsuk-table__caption nhsuk-table__caption--m'}>{caption}</caption>
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row" role="row">
          {columns.map((column) => (
            <th
              key={column.header}
              className={['nhsuk-table__header', column.numeric ? 'nhsuk-table__header--numeric' : null].filter(Boolean).join(' ')}
              scope="col"
              role="columnheader"
            >
              {column.headerHidden ? <span className="nhsuk-u-visually-hidden">{column.header}</span> : column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {rows.map((row) => (
          <tr key={rowKey(row)} className="nhsuk-table__row" role="row">
            {columns.map((column) => (
              <td
                key={column.header}
                className={['nhsuk-table__cell', column.numeric ? 'nhsuk-table__cell--numeric' : null].filter(Boolean).join(' ')}
                role="cell"
              >
                {responsive && !column.headerHidden && (
                  <span className="nhsuk-table__heading" aria-hidden="true">
                    {column.header}{' '}
                  </span>
                )}
                <span>{column.cell(row)}</span>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
