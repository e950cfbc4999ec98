import { Link } from 'react-router';
import { paths } from '../../app/paths.js';
import { formatDate } from '../../ui/format.js';
import { formatMoney } from './labels.js';
import type { EstateOverview } from './types.js';

const WIDTH = 720;
const HEIGHT = 220;
const LEFT = 70;
const BOTTOM = 40;
const TOP = 20;

const compactMoney = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', notation: 'compact', maximumFractionDigits: 1 });

/**
 * Contracts ending in each of the next 36 months, as columns whose height is the annual cost
 * that comes up for renewal that month; the table after it (behind a disclosure, as it is long)
 * lists them by quarter with costs.
 */
export function ContractTimeline({ orgId, timeline }: { orgId: string; timeline: EstateOverview['contractTimeline'] }) {
  const { months, quarters } = timeline;
  const ending = months.reduce((n, m) => n + m.systems.length, 0);
  if (ending === 0) return <p className="nhsuk-body">No contracts end in the next 36 months.</p>;
  const highest = Math.max(1, ...months.map((m) => m.annualCost));
  const plotWidth = WIDTH - LEFT - 10;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const step = plotWidth / Math.max(1, months.length);
  const y = (cost: number) => TOP + plotHeight - (cost / highest) * plotHeight;
  return (
    <>
      <p className="nhsuk-body">
        {ending} {ending === 1 ? 'contract ends' : 'contracts end'} between {formatDate(timeline.from)} and {formatDate(timeline.to)}, worth {formatMoney(timeline.totalAnnualCost)} a year.
      </p>
      <div className="chorus-scroll-x">
        <svg className="chorus-timeline" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="timeline-title timeline-desc">
          <title id="timeline-title">Annual cost of contracts ending each month</title>
          <desc id="timeline-desc">One column per month for the next 36 months. The table after the chart lists each contract by quarter with its annual cost.</desc>
          <line x1={LEFT} x2={WIDTH - 10} y1={TOP + plotHeight} y2={TOP + plotHeight} className="chorus-timeline__axis" />
          <text x={LEFT - 6} y={TOP + 4} textAnchor="end" className="chorus-timeline__label">
            {compactMoney.format(highest)}
          </text>
          <text x={LEFT - 6} y={TOP + plotHeight} textAnchor="end" className="chorus-timeline__label">
            £0
          </text>
          {months.map((m, i) => (
            <g key={m.key}>
              {m.annualCost > 0 && <rect x={LEFT + i * step + 2} y={y(m.annualCost)} width={Math.max(2, step - 4)} height={TOP + plotHeight - y(m.annualCost)} className="chorus-timeline__bar" />}
              {m.systems.length > 0 && m.annualCost === 0 && <circle cx={LEFT + (i + 0.5) * step} cy={TOP + plotHeight - 4} r={3} className="chorus-timeline__bar" />}
              {i % 3 === 0 && (
                <text x={LEFT + i * step} y={HEIGHT - BOTTOM + 16} className="chorus-timeline__label">
                  {m.key}
                </text>
              )}
            </g>
          ))}
        </svg>
      </div>
      <details className="nhsuk-details">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">Show the contracts by quarter</span>
        </summary>
        <div className="nhsuk-details__text">
          <table className="nhsuk-table nhsuk-table--responsive" role="table">
            <caption className="nhsuk-table__caption nhsuk-table__caption--s">Contracts ending, by quarter</caption>
            <thead className="nhsuk-table__head">
              <tr className="nhsuk-table__row" role="row">
                <th className="nhsuk-table__header" scope="col" role="columnheader">Quarter</th>
                <th className="nhsuk-table__header" scope="col" role="columnheader">Contracts ending</th>
                <th className="nhsuk-table__header nhsuk-table__header--numeric" scope="col" role="columnheader">Annual cost</th>
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {quarters
                .filter((q) => q.systems.length > 0)
                .map((q) => (
                  <tr key={q.key} className="nhsuk-table__row" role="row">
                    <td className="nhsuk-table__cell" role="cell">
                      <span className="nhsuk-table__heading" aria-hidden="true">Quarter </span>
                      {q.label}
                    </td>
                    <td className="nhsuk-table__cell" role="cell">
                      <span className="nhsuk-table__heading" aria-hidden="true">Contracts ending </span>
                      <ul className="nhsuk-list nhsuk-body-s">
                        {q.systems.map((s) => (
                          <li key={s.id}>
                            <Link to={paths.system(orgId, s.id)}>{s.name}</Link>, {formatDate(s.contractEnd)}, {formatMoney(s.annualCost)} a year
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td className="nhsuk-table__cell nhsuk-table__cell--numeric" role="cell">
                      <span className="nhsuk-table__heading" aria-hidden="true">Annual cost </span>
                      {formatMoney(q.annualCost)}
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}
