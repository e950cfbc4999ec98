import type { DocTable } from '../../../shared/strategy-document.js';
import { ScrollRegion } from '../../ui/ScrollRegion.js';

/** A table of the document with its caption and column headings, scrolling sideways inside itself on a phone. */
/** `captionShown` is false where the same words stand just above as a heading or a figure's caption: said once to the eye, kept for screen readers. */
export function DocumentTable({ table, captionShown = true }: { table: DocTable; captionShown?: boolean }) {
  return (
    <ScrollRegion label={table.caption} stickyFirstColumn={false}>
      <table className="nhsuk-table chorus-document__table">
        <caption className={captionShown ? 'nhsuk-table__caption chorus-document__caption' : 'nhsuk-u-visually-hidden'}>{table.caption}</caption>
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
