import type { MeasureDetail } from '../../../shared/contracts/measures.js';
import { formatNumber } from './words.js';

const WIDTH = 480;
const HEIGHT = 300;
const PAD = { left: 64, right: 16, top: 28, bottom: 44 };
const day = (on: string) => Date.parse(`${on}T00:00:00Z`);
const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/**
 * The measure's values over time with its baseline and target as lines. A survey wave with too
 * few answers is a gap in the line (marked on the time axis), never a point. The same data is in
 * the table beside it, so the picture is a summary and not the only way to read the numbers.
 */
export function MeasureChart({ measure }: { measure: MeasureDetail }) {
  const shown = measure.series.filter((p) => p.value !== null);
  const values = [...shown.map((p) => p.value!), measure.baseline.value, measure.target.value].filter((v): v is number => v !== null);
  const dates = [...measure.series.map((p) => p.on), measure.baseline.on?.on, measure.target.on?.on].filter((d): d is string => !!d).map(day);
  if (values.length === 0 || dates.length === 0) return null;
  let [low, high] = [Math.min(...values), Math.max(...values)];
  if (low === high) [low, high] = [low - 1, high + 1];
  const margin = (high - low) * 0.1;
  [low, high] = [low - margin, high + margin];
  let [first, last] = [Math.min(...dates), Math.max(...dates)];
  if (first === last) [first, last] = [first - 30 * 86_400_000, last + 30 * 86_400_000];
  const x = (on: string) => PAD.left + ((day(on) - first) / (last - first)) * (WIDTH - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + ((high - v) / (high - low)) * (HEIGHT - PAD.top - PAD.bottom);

  // Runs of shown points between gaps: the line never bridges a hidden wave.
  const runs: { on: string; value: number }[][] = [[]];
  for (const point of measure.series) {
    if (point.value === null) runs.push([]);
    else runs.at(-1)!.push({ on: point.on, value: point.value });
  }
  const ticks = [low + margin, (low + high) / 2, high - margin];
  const summary = `${measure.name}: ${shown.length} value${shown.length === 1 ? '' : 's'} from ${measure.series[0]?.onLabel ?? 'no date'}${
    measure.latest ? `, latest ${formatNumber(measure.latest.value)} ${measure.unit}` : ''
  }${measure.target.value !== null ? `, target ${formatNumber(measure.target.value)} ${measure.unit}` : ''}. The table below has every value.`;

  return (
    <figure className="chorus-measure-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="measure-chart-title">
        <title id="measure-chart-title">{summary}</title>
        <line className="chorus-measure-chart__axis" x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={HEIGHT - PAD.bottom} />
        <line className="chorus-measure-chart__axis" x1={PAD.left} x2={WIDTH - PAD.right} y1={HEIGHT - PAD.bottom} y2={HEIGHT - PAD.bottom} />
        {ticks.map((v) => (
          <text key={v} x={PAD.left - 8} y={y(v) + 5} textAnchor="end">
            {formatNumber(Math.round(v * 10) / 10)}
          </text>
        ))}
        <text x={PAD.left} y={HEIGHT - 12}>
          {monthYear.format(first)}
        </text>
        <text x={WIDTH - PAD.right} y={HEIGHT - 12} textAnchor="end">
          {monthYear.format(last)}
        </text>
        {measure.baseline.value !== null && (
          <>
            <line className="chorus-measure-chart__baseline" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(measure.baseline.value)} y2={y(measure.baseline.value)} />
            <text x={WIDTH - PAD.right} y={y(measure.baseline.value) - 6} textAnchor="end">
              Baseline
            </text>
          </>
        )}
        {measure.target.value !== null && (
          <>
            <line className="chorus-measure-chart__target" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(measure.target.value)} y2={y(measure.target.value)} />
            <text x={WIDTH - PAD.right} y={y(measure.target.value) - 6} textAnchor="end">
              Target
            </text>
          </>
        )}
        {runs.map((run, i) =>
          run.length > 1 ? <polyline key={i} className="chorus-measure-chart__line" points={run.map((p) => `${x(p.on)},${y(p.value)}`).join(' ')} /> : null,
        )}
        {shown.map((p, i) => (
          <circle key={`p${i}`} className="chorus-measure-chart__point" cx={x(p.on)} cy={y(p.value!)} r={5} />
        ))}
        {measure.series
          .filter((p) => p.value === null)
          .map((p, i) => (
            <line key={`g${i}`} className="chorus-measure-chart__gap" x1={x(p.on)} x2={x(p.on)} y1={HEIGHT - PAD.bottom - 10} y2={HEIGHT - PAD.bottom + 4} />
          ))}
      </svg>
      <figcaption className="nhsuk-body-s">
        Dotted line: baseline. Dashed green line: target.
        {measure.series.some((p) => p.suppressed) && ' A short grey mark on the time line is a survey wave with too few answers to show.'}
      </figcaption>
    </figure>
  );
}
