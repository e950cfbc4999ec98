import type { ReactNode } from 'react';
import type { ImportPreview, ImportRow } from '../../../shared/contracts/workforce.js';
import { SummaryList } from '../../ui/SummaryList.js';
import { Table, type Column } from '../../ui/Table.js';
import { Tag } from '../../ui/Tag.js';
import { formatCount } from './grid-values.js';

/** Rows beyond this are counted in the summary but not listed, to keep the page usable. */
const ROWS_SHOWN = 500;

const list = (names: string[]) => (names.length === 0 ? 'None' : names.join(', '));

function outcome(row: ImportRow) {
  if (row.outcome === 'create') return <Tag colour="green">New</Tag>;
  if (row.outcome === 'update') return <Tag colour="blue">Changes from {formatCount(row.before ?? 0)}</Tag>;
  if (row.outcome === 'unchanged') return <Tag colour="grey">No change</Tag>;
  return <Tag colour="red">Problem</Tag>;
}

/** What importing the checked file would do: a summary, then the file's rows. */
export function ImportPreviewDetails({ fileName, preview, action }: { fileName: string; preview: ImportPreview; action: ReactNode }) {
  const { summary } = preview;
  const columns: Column<ImportRow>[] = [
    { header: 'Row', cell: (r) => r.row, numeric: true },
    { header: 'Division', cell: (r) => <span className="chorus-break-anywhere">{r.division}</span> },
    { header: 'Staff group', cell: (r) => r.staffGroup },
    { header: 'Site', cell: (r) => r.site ?? 'Whole division' },
    { header: 'Headcount', cell: (r) => (r.headcount === null ? '' : formatCount(r.headcount)), numeric: true },
    { header: 'What happens', cell: outcome },
  ];
  return (
    <>
      <h2 className="nhsuk-heading-m">What the import will do</h2>
      <SummaryList
        rows={[
          { key: 'File', value: <span className="chorus-break-anywhere">{fileName}</span> },
          { key: 'Rows read', value: formatCount(preview.rows.length) },
          { key: 'New headcount figures', value: formatCount(summary.created) },
          { key: 'Changed figures', value: formatCount(summary.updated) },
          { key: 'Figures with no change', value: formatCount(summary.unchanged) },
          { key: 'Figures replaced', value: summary.removed === 0 ? 'None' : `${formatCount(summary.removed)} (held for the whole division or per site, replaced by the file’s figures)` },
          { key: 'New divisions', value: list(preview.newDivisions) },
          { key: 'New sites', value: list(preview.newSites) },
          { key: 'People in the file', value: formatCount(summary.totalHeadcount) },
          ...(preview.ignoredColumns.length > 0 ? [{ key: 'Columns ignored', value: preview.ignoredColumns.join(', ') }] : []),
        ]}
      />
      {action}
      {preview.rows.length > 0 && (
        <>
          <h2 className="nhsuk-heading-m">Rows in the file</h2>
          {preview.rows.length > ROWS_SHOWN && (
            <p className="nhsuk-body">The first {ROWS_SHOWN} of {formatCount(preview.rows.length)} rows are shown.</p>
          )}
          <Table caption="Rows in the file" captionHidden columns={columns} rows={preview.rows.slice(0, ROWS_SHOWN)} rowKey={(r) => String(r.row)} />
        </>
      )}
    </>
  );
}
