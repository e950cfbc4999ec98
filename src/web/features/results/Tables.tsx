import type { ReactNode } from 'react';
import type { QuestionResult } from '../../../shared/contracts/results.js';
import { ScrollRegion } from '../../ui/ScrollRegion.js';
import { CellBar, DivergingBar, type Item } from './Charts.js';
import { Count, Percent } from './format.js';

/**
 * A wide table scrolls inside its own region, which a keyboard user can reach and see focused.
 * The caption names the table and the region; it is visually hidden because a visible one would
 * scroll away with the table on a phone, and the heading above already says what it shows.
 */
export function ScrollTable({ caption, children }: { caption: string; children: ReactNode }) {
  return (
    <ScrollRegion label={caption}>
      <table className="nhsuk-table chorus-results-table">
        <caption className="nhsuk-u-visually-hidden">{caption}</caption>
        {children}
      </table>
    </ScrollRegion>
  );
}

function CountAndPercent({ item }: { item: Item | undefined }) {
  if (!item) return <span className="chorus-muted">–</span>;
  return (
    <>
      <Count count={item.count} />
      {item.percent !== null && <span className="chorus-muted"> ({<Percent percent={item.percent} />})</span>}
    </>
  );
}

/** The chart's figures as a table, in a disclosure so the page stays short. */
export function DataDetails({ children }: { children: ReactNode }) {
  return (
    <details className="nhsuk-details chorus-results-details">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">Show the figures as a table</span>
      </summary>
      <div className="nhsuk-details__text">{children}</div>
    </details>
  );
}

export function ItemsTable({ caption, items }: { caption: string; items: readonly Item[] }) {
  return (
    <ScrollTable caption={caption}>
      <thead>
        <tr>
          <th scope="col">Answer</th>
          <th scope="col" className="nhsuk-table__header--numeric">Count</th>
          <th scope="col" className="nhsuk-table__header--numeric">Percent of respondents</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.key}>
            <th scope="row">{item.label}</th>
            <td className="nhsuk-table__cell--numeric"><Count count={item.count} /></td>
            <td className="nhsuk-table__cell--numeric"><Percent percent={item.percent} /></td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

/** Statements × levels of agreement. */
export function MatrixTable({ caption, rows }: { caption: string; rows: QuestionResult['rows'] }) {
  const levels = rows[0]?.items ?? [];
  return (
    <ScrollTable caption={caption}>
      <thead>
        <tr>
          <th scope="col">Statement</th>
          {levels.map((level) => (
            <th key={level.key} scope="col" className="nhsuk-table__header--numeric">{level.label}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            {levels.map((level) => (
              <td key={level.key} className="nhsuk-table__cell--numeric">
                <CountAndPercent item={row.items.find((i) => i.key === level.key)} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

/** Segment × answer, each cell with its figures and a bar; agreement questions add the diverging bar. */
export function ComparisonTable({ caption, segmentHeader, comparison, agreement }: {
  caption: string;
  segmentHeader: string;
  comparison: QuestionResult['comparison'];
  agreement: boolean;
}) {
  const answers = comparison[0]?.items ?? [];
  // A segment nobody is in (shown as 0, not hidden) is a row of zeros: left out.
  const segments = comparison.filter((s) => s.respondents.suppressed || (s.respondents.value ?? 0) > 0);
  return (
    <ScrollTable caption={caption}>
      <thead>
        <tr>
          <th scope="col">{segmentHeader}</th>
          <th scope="col" className="nhsuk-table__header--numeric">Respondents</th>
          {agreement && <th scope="col">Agreement</th>}
          {answers.map((answer) => (
            <th key={answer.key} scope="col" className="nhsuk-table__header--numeric">{answer.label}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {segments.map((segment) => (
          <tr key={segment.key}>
            <th scope="row">{segment.label}</th>
            <td className="nhsuk-table__cell--numeric"><Count count={segment.respondents} /></td>
            {agreement && (
              <td className="chorus-results-table__diverging">
                <DivergingBar items={segment.items} label={segment.label} />
              </td>
            )}
            {answers.map((answer) => {
              const item = segment.items.find((i) => i.key === answer.key);
              return (
                <td key={answer.key} className="nhsuk-table__cell--numeric">
                  <CountAndPercent item={item} />
                  {!agreement && <CellBar percent={item?.percent ?? null} />}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
