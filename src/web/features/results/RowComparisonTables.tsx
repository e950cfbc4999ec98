import type { QuestionResult } from '../../../shared/contracts/results.js';
import { Count, Percent } from './format.js';
import { DataDetails, ScrollTable } from './Tables.js';

type Segment = QuestionResult['comparison'][number];

/**
 * The comparison for matrix and systems questions. First a summary: each row (statement or
 * system) against each compared group, as the share who answered 4–5. Then, in a disclosure,
 * each row's full distribution by group. Every figure comes from the suppressed cubes; a
 * share is blank unless all the counts it is made of are shown.
 */
export function RowComparisonTables({ result, dimensionLabel }: { result: QuestionResult; dimensionLabel: string }) {
  const systems = result.type === 'systems';
  const rowHeader = systems ? 'System' : 'Statement';
  const positive = systems ? 'Supports work well (4–5)' : 'Agree (4–5)';
  // A group nobody is in (shown as 0, not hidden) would be a column of dashes: left out.
  const segments = result.comparison.filter((s) => s.respondents.suppressed || (s.respondents.value ?? 0) > 0);
  const rows = result.rows;
  if (segments.length === 0 || rows.length === 0) return <p className="nhsuk-body-s">Nobody in these groups has answered this question yet.</p>;
  const group = dimensionLabel.toLowerCase();
  return (
    <>
      <p className="nhsuk-body-s chorus-muted">
        {systems
          ? 'The share of each group’s users of a system who said it supports their work well or very well.'
          : 'The share of each group’s answers to a statement that agreed or strongly agreed.'}
      </p>
      <ScrollTable caption={`${positive}, percent of those who answered, by ${group}: ${result.title}`}>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            {segments.map((segment) => (
              <th key={segment.key} scope="col" className="nhsuk-table__header--numeric">
                {segment.label}
                <span className="chorus-muted chorus-results-table__sub">
                  {' '}(<Count count={segment.respondents} /><span className="nhsuk-u-visually-hidden"> respondents</span>)
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {segments.map((segment) => (
                <td key={segment.key} className="nhsuk-table__cell--numeric">
                  <ShareCell segment={segment} rowKey={row.key} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <DataDetails>
        {rows.map((row) => (
          <RowDistributionTable key={row.key} rowLabel={row.label} rowKey={row.key} segments={segments} segmentHeader={dimensionLabel} positive={positive} />
        ))}
      </DataDetails>
    </>
  );
}

function ShareCell({ segment, rowKey }: { segment: Segment; rowKey: string }) {
  const row = segment.rows.find((r) => r.key === rowKey);
  return <Percent percent={row?.percent ?? null} />;
}

/** One statement or system: compared groups × levels, counts only, then the positive share. */
function RowDistributionTable({ rowLabel, rowKey, segments, segmentHeader, positive }: {
  rowLabel: string;
  rowKey: string;
  segments: Segment[];
  segmentHeader: string;
  positive: string;
}) {
  const levels = segments.flatMap((s) => s.rows.find((r) => r.key === rowKey)?.items ?? []).filter((item, i, all) => all.findIndex((x) => x.key === item.key) === i);
  return (
    <ScrollTable caption={`${rowLabel}: answers by ${segmentHeader.toLowerCase()}`}>
      <thead>
        <tr>
          <th scope="col">{segmentHeader}</th>
          {levels.map((level) => (
            <th key={level.key} scope="col" className="nhsuk-table__header--numeric">{level.label}</th>
          ))}
          <th scope="col" className="nhsuk-table__header--numeric">{positive}</th>
        </tr>
      </thead>
      <tbody>
        {segments.map((segment) => {
          const row = segment.rows.find((r) => r.key === rowKey);
          return (
            <tr key={segment.key}>
              <th scope="row">{segment.label}</th>
              {levels.map((level) => {
                const item = row?.items.find((i) => i.key === level.key);
                return (
                  <td key={level.key} className="nhsuk-table__cell--numeric">
                    {item ? <Count count={item.count} /> : <span className="chorus-muted">–</span>}
                  </td>
                );
              })}
              <td className="nhsuk-table__cell--numeric"><Percent percent={row?.percent ?? null} /></td>
            </tr>
          );
        })}
      </tbody>
    </ScrollTable>
  );
}
