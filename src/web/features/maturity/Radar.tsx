import { useId } from 'react';
import { ringPoints, scorePoints, spokePoint, toSvgPoints, type RadarFrame } from '../../../shared/maturity-radar.js';
import { useNarrowScreen } from '../../ui/narrow-screen.js';
import './maturity.scss';

export interface RadarSeries {
  label: string;
  scores: readonly (number | null)[];
  /** The earlier assessment of a comparison is drawn dashed, so the two differ without colour. */
  style: 'solid' | 'dashed';
}

interface Props {
  measures: readonly string[];
  max: number;
  series: readonly RadarSeries[];
  /** Says what the chart shows, for its accessible name. */
  title: string;
}

const SIZE = { width: 640, height: 520 };
/**
 * On a phone the chart is drawn about half size, so there it gets a smaller web and labels of
 * twice the size (maturity.scss: .chorus-radar--compact), split into shorter lines to fit beside it.
 */
const GEOMETRY = {
  wide: { radius: 170, labelAt: 1.14, lineHeight: 20, belowGap: 12, splitAbove: 14 },
  compact: { radius: 120, labelAt: 1.24, lineHeight: 30, belowGap: 22, splitAbove: 9 },
};

/** Splits a long measure name over two lines at the space nearest the middle. */
function lines(name: string, splitAbove: number): string[] {
  if (name.length <= splitAbove) return [name];
  const middle = name.length / 2;
  let best = -1;
  for (let i = 0; i < name.length; i++) if (name[i] === ' ' && (best < 0 || Math.abs(i - middle) < Math.abs(best - middle))) best = i;
  return best < 0 ? [name] : [name.slice(0, best), name.slice(best + 1)];
}

const describe = (s: RadarSeries, measures: readonly string[], max: number) =>
  `${s.label}: ${measures.map((m, i) => `${m} ${s.scores[i] ?? 'not scored'}${s.scores[i] ? ` of ${max}` : ''}`).join('; ')}.`;

/**
 * A radar chart drawn as plain SVG. It is one image to assistive technology (role="img", with a
 * title and a description listing every score); the table beside it carries the same data.
 */
export function Radar({ measures, max, series, title }: Props) {
  const id = useId();
  const compact = useNarrowScreen();
  const geometry = compact ? GEOMETRY.compact : GEOMETRY.wide;
  const frame: RadarFrame = { centre: { x: SIZE.width / 2, y: SIZE.height / 2 }, radius: geometry.radius, spokes: measures.length, max };
  if (measures.length < 3) {
    // Fewer than three spokes make no polygon; the table alone tells the story.
    return <p className="nhsuk-body">A chart needs at least three measures; the scores are in the table.</p>;
  }
  return (
    <figure className={compact ? 'chorus-radar chorus-radar--compact' : 'chorus-radar'}>
      <svg viewBox={`0 0 ${SIZE.width} ${SIZE.height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="chorus-radar__svg">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{series.map((s) => describe(s, measures, max)).join(' ')}</desc>
        {Array.from({ length: max }, (_, i) => i + 1).map((level) => (
          <polygon key={level} points={toSvgPoints(ringPoints(frame, level))} className="chorus-radar__ring" />
        ))}
        {measures.map((name, index) => {
          const rim = spokePoint(frame, index, 1);
          const label = spokePoint(frame, index, geometry.labelAt);
          const anchor = Math.abs(label.x - frame.centre.x) < 4 ? 'middle' : label.x > frame.centre.x ? 'start' : 'end';
          const parts = lines(name, geometry.splitAbove);
          const top = label.y < frame.centre.y - 4
            ? label.y - (parts.length - 1) * geometry.lineHeight
            : label.y + (Math.abs(label.y - frame.centre.y) < 4 ? 0 : geometry.belowGap);
          return (
            <g key={name}>
              <line x1={frame.centre.x} y1={frame.centre.y} x2={rim.x} y2={rim.y} className="chorus-radar__spoke" />
              <text x={label.x} y={top} textAnchor={anchor} className="chorus-radar__label">
                {parts.map((part, i) => (
                  <tspan key={part} x={label.x} dy={i === 0 ? 0 : geometry.lineHeight}>
                    {part}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
        {Array.from({ length: max }, (_, i) => i + 1).map((level) => {
          const p = spokePoint(frame, 0, level / max);
          return (
            <text key={level} x={p.x + 6} y={p.y - 4} className="chorus-radar__level">
              {level}
            </text>
          );
        })}
        {series.map((s) => {
          const points = scorePoints(frame, s.scores);
          return (
            <g key={s.label} className={`chorus-radar__series chorus-radar__series--${s.style}`}>
              <polygon points={toSvgPoints(points)} className="chorus-radar__area" />
              {points.map((p, i) =>
                s.style === 'solid' ? (
                  <circle key={i} cx={p.x} cy={p.y} r={6} className="chorus-radar__marker" />
                ) : (
                  <rect key={i} x={p.x - 5} y={p.y - 5} width={10} height={10} className="chorus-radar__marker" />
                ),
              )}
            </g>
          );
        })}
      </svg>
      {series.length > 1 && (
        <figcaption>
          <ul className="nhsuk-list chorus-radar__legend">
            {series.map((s) => (
              <li key={s.label}>
                <svg viewBox="0 0 48 16" className="chorus-radar__key" aria-hidden="true" focusable="false">
                  <g className={`chorus-radar__series chorus-radar__series--${s.style}`}>
                    <line x1={2} y1={8} x2={46} y2={8} className="chorus-radar__area" />
                    {s.style === 'solid' ? <circle cx={24} cy={8} r={5} className="chorus-radar__marker" /> : <rect x={19} y={3} width={10} height={10} className="chorus-radar__marker" />}
                  </g>
                </svg>
                {s.style === 'solid' ? 'Solid line, round markers: ' : 'Dashed line, square markers: '}
                {s.label}
              </li>
            ))}
          </ul>
        </figcaption>
      )}
    </figure>
  );
}
