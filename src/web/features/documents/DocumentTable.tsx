import type { DocTable } from '../../../shared/strategy-document.js';
import { ScrollRegion } from '../../ui/ScrollRegion.js';

/** A table of the document with its caption and column headings, scrolling sideways inside itself on a phone. */
export function DocumentTable({ table }: { table: DocTable }) {
  return (
    <ScrollRegion label={table.caption} stickyFirstColumn={false}>
      <table className="nhsuk-table chorus-document__table">
        <caption className="nhsuk-table__caption nhsuk-table__caption--s">{table.caption}</caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            {table.header.map((cell, i) => (
              <th key={i} scope="col" className="nhsuk-table__header">
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {table.rows.map((row, r) => (
            <tr key={r} className="nhsuk-table__row">
              {row.map((cell, c) => (
                <td key={c} className="nhsuk-table__cell">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
