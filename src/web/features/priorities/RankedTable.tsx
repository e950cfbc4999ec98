import type { RankedTheme } from '../../../shared/prioritisation.js';
import { ScrollRegion } from '../../ui/ScrollRegion.js';
import { Table } from '../../ui/Table.js';
import { Tag } from '../../ui/Tag.js';

const figure = (n: number | null) => (n === null ? '–' : n.toFixed(2));

/** The ranked list as a table: the chart's figures, and the only place unscored themes are named. */
export function RankedTable({ ranked }: { ranked: RankedTheme[] }) {
  return (
    <ScrollRegion label="Priority themes ranked by their scores" stickyFirstColumn={false}>
      <Table
        caption="Ranked by the scores"
        rows={ranked}
        rowKey={(r) => r.id}
        columns={[
          { header: 'Rank', cell: (r) => (r.scored ? r.rank : '–'), numeric: true },
          { header: 'Theme', cell: (r) => <span className="chorus-break-anywhere">{r.title}{!r.scored && <> <Tag colour="grey">Not fully scored</Tag></>}</span> },
          { header: 'Value', cell: (r) => figure(r.value), numeric: true },
          { header: 'Effort', cell: (r) => figure(r.scored ? r.effort : null), numeric: true },
          { header: 'Overall', cell: (r) => figure(r.overall), numeric: true },
        ]}
      />
    </ScrollRegion>
  );
}
