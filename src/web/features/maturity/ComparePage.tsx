import { useSearchParams } from 'react-router';
import type { ComparisonRow } from '../../../shared/contracts/maturity.js';
import { describeChange } from '../../../shared/maturity-compare.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { BackLink } from '../../ui/BackLink.js';
import { formatDate } from '../../ui/format.js';
import { Page } from '../../ui/Page.js';
import { LoadError, Loading } from '../../ui/status.js';
import { Table, type Column } from '../../ui/Table.js';
import { useComparison } from './api.js';
import { scaleHelp } from './labels.js';
import { Radar } from './Radar.js';

/** Two assessments of one framework: both polygons on one radar, and the change per measure. */
export function ComparePage() {
  const orgId = useOrgId();
  const [search] = useSearchParams();
  const from = search.get('from') ?? '';
  const to = search.get('to') ?? '';
  const comparison = useComparison(orgId, from, to);
  const data = comparison.data;
  const before = <BackLink to={paths.maturity(orgId)}>Back to digital maturity</BackLink>;
  if (!data) {
    return (
      <Page title="Compare assessments" before={before}>
        {(from === '' || to === '') && <p className="nhsuk-body">Choose two assessments to compare on the digital maturity page.</p>}
        {comparison.isLoading && <Loading what="the comparison" />}
        {comparison.isError && <LoadError error={comparison.error} what="The comparison" />}
      </Page>
    );
  }
  const fromLabel = `${data.from.title} (${formatDate(data.from.assessedOn)})`;
  const toLabel = `${data.to.title} (${formatDate(data.to.assessedOn)})`;
  const columns: Column<ComparisonRow>[] = [
    { header: 'Measure', cell: (r) => r.name },
    { header: data.from.title, numeric: true, cell: (r) => r.from ?? 'Not scored' },
    { header: data.to.title, numeric: true, cell: (r) => r.to ?? 'Not scored' },
    { header: 'Change', numeric: true, cell: (r) => describeChange(r.change) },
  ];
  return (
    <Page title="Compare assessments" caption={data.framework.name} before={before}>
      <p className="nhsuk-body">
        {fromLabel} compared with {toLabel}. {scaleHelp(data.framework.scaleMax)}
      </p>
      <Radar
        measures={data.rows.map((r) => r.name)}
        max={data.framework.scaleMax}
        series={[
          { label: fromLabel, scores: data.rows.map((r) => r.from), style: 'dashed' },
          { label: toLabel, scores: data.rows.map((r) => r.to), style: 'solid' },
        ]}
        title={`Radar chart comparing ${fromLabel} with ${toLabel}`}
      />
      <Table caption="Change per measure" columns={columns} rows={data.rows} rowKey={(r) => r.measureId} />
    </Page>
  );
}
