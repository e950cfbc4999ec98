import { useId } from 'react';
import type { Trajectory } from '../../../shared/contracts/delivery.js';
import { Table } from '../../ui/Table.js';

const WIDTH = 480;
const HEIGHT = 240;
const PAD = { left: 64, right: 20, top: 20, bottom: 40 };
const day = (on: string) => Date.parse(`${on}T00:00:00Z`);
const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const number = (n: number) => new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(n);
const withUnit = (n: number | null, unit: string) => (n === null ? '—' : `${number(n)} ${unit}`);

type Point = Trajectory['points'][number];

/**
 * One measure against its trajectory: the plan as a dashed line from the baseline to the target,
 * the values measured as a solid line with points. A picture for the eye; the table after it has
 * every value and the value the plan expected on the same day, so nothing is only in the drawing.
 */
export function TrajectoryChart({ measure }: { measure: Trajectory }) {
  const titleId = useId();
  const actual = measure.points.filter((p): p is Point & { actual: number } => p.actual !== null);
  const values = [...actual.map((p) => p.actual), measure.baseline?.value, measure.target?.value].filter((v): v is number => v !== undefined);
  const days = [...measure.points.map((p) => p.on), measure.baseline?.on, measure.target?.on].filter((d): d is string => !!d).map(day);
  const latest = actual.at(-1);
  const summary = `${measure.name}: ${measure.baseline ? `baseline ${withUnit(measure.baseline.value, measure.unit)} on ${measure.baseline.onLabel}` : 'no baseline'}, ${
    measure.target ? `target ${withUnit(measure.target.value, measure.unit)} by ${measure.target.onLabel}` : 'no target'
  }, ${latest ? `latest ${withUnit(latest.actual, measure.unit)} on ${latest.onLabel}` : 'no values yet'}. ${measure.statusWords}.`;

  const table = (
    <Table<Point>
      caption={`${measure.name}: values against the trajectory`}
      captionHidden
      rows={measure.points}
      rowKey={(p) => p.on + String(p.actual)}
      columns={[
        { header: 'Date', cell: (p) => p.onLabel },
        { header: 'Actual', numeric: true, cell: (p) => (p.actual === null ? 'Hidden: too few answers' : withUnit(p.actual, measure.unit)) },
        { header: 'Expected on the trajectory', numeric: true, cell: (p) => withUnit(p.expected, measure.unit) },
      ]}
    />
  );
  if (values.length === 0 || days.length === 0) return <p className="nhsuk-body">{summary}</p>;

  let [low, high] = [Math.min(...values), Math.max(...values)];
  if (low === high) [low, high] = [low - 1, high + 1];
  const margin = (high - low) * 0.1;
  [low, high] = [low - margin, high + margin];
  let [first, last] = [Math.min(...days), Math.max(...days)];
  if (first === last) [first, last] = [first - 30 * 86_400_000, last + 30 * 86_400_000];
  const x = (on: string) => PAD.left + ((day(on) - first) / (last - first)) * (WIDTH - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + ((high - v) / (high - low)) * (HEIGHT - PAD.top - PAD.bottom);
  const ticks = [low + margin, (low + high) / 2, high - margin];

  return (
    <>
      <figure className="chorus-trajectory">
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={titleId}>
          <title id={titleId}>{summary}</title>
          <line className="chorus-trajectory__axis" x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={HEIGHT - PAD.bottom} />
          <line className="chorus-trajectory__axis" x1={PAD.left} x2={WIDTH - PAD.right} y1={HEIGHT - PAD.bottom} y2={HEIGHT - PAD.bottom} />
          {ticks.map((v) => (
            <text key={v} x={PAD.left - 8} y={y(v) + 6} textAnchor="end">{number(Math.round(v * 10) / 10)}</text>
          ))}
          <text x={PAD.left} y={HEIGHT - 10}>{monthYear.format(first)}</text>
          <text x={WIDTH - PAD.right} y={HEIGHT - 10} textAnchor="end">{monthYear.format(last)}</text>
          {measure.baseline && measure.target && (
            <>
              <line className="chorus-trajectory__plan" x1={x(measure.baseline.on)} y1={y(measure.baseline.value)} x2={x(measure.target.on)} y2={y(measure.target.value)} />
              <circle className="chorus-trajectory__end" cx={x(measure.baseline.on)} cy={y(measure.baseline.value)} r={5} />
              <circle className="chorus-trajectory__end" cx={x(measure.target.on)} cy={y(measure.target.value)} r={5} />
            </>
          )}
          {actual.length > 1 && <polyline className="chorus-trajectory__actual" points={actual.map((p) => `${x(p.on)},${y(p.actual)}`).join(' ')} />}
          {actual.map((p) => (
            <circle key={p.on} className="chorus-trajectory__point" cx={x(p.on)} cy={y(p.actual)} r={5} />
          ))}
        </svg>
        <figcaption className="nhsuk-body-s">Dashed grey line: the trajectory from the baseline to the target. Solid blue line and points: the values measured.</figcaption>
      </figure>
      {measure.points.length > 0 ? table : <p className="nhsuk-body-s">No values measured yet.</p>}
    </>
  );
}
