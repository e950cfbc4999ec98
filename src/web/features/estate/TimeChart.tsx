import { Link } from 'react-router';
import { TIME_LABELS, TIME_QUADRANTS } from '../../../shared/contracts/estate.js';
import { paths } from '../../app/paths.js';
import { jitter } from './chart-geometry.js';
import type { QuadrantPoint } from './types.js';
import { Show } from './Show.js';

const SIZE = 400;
const PAD = 40;
/** Fit 1 sits at the left/bottom edge, fit 4 at the right/top: each step a quarter of the plot. */
const scale = (fit: number) => PAD + ((fit - 0.5) / 4) * (SIZE - 2 * PAD);

/**
 * The TIME chart: technical fit across, functional fit up. The SVG is one image with a title
 * and description; the list after it says where every system is, in words.
 */
export function TimeChart({ orgId, points }: { orgId: string; points: QuadrantPoint[] }) {
  const placed = jitter(points);
  const mid = scale(2.5);
  const quadrantLabels = [
    { text: TIME_LABELS.migrate, x: PAD + 6, y: PAD + 16, anchor: 'start' },
    { text: TIME_LABELS.invest, x: SIZE - PAD - 6, y: PAD + 16, anchor: 'end' },
    { text: TIME_LABELS.eliminate, x: PAD + 6, y: SIZE - PAD - 8, anchor: 'start' },
    { text: TIME_LABELS.tolerate, x: SIZE - PAD - 6, y: SIZE - PAD - 8, anchor: 'end' },
  ] as const;
  return (
    <>
      <svg className="chorus-time-chart" viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-labelledby="time-chart-title time-chart-desc">
        <title id="time-chart-title">TIME quadrant chart</title>
        <desc id="time-chart-desc">
          {points.length} rated systems placed by technical fit (across) and functional fit (up). The list after the chart gives each system’s quadrant.
        </desc>
        <rect x={PAD} y={PAD} width={SIZE - 2 * PAD} height={SIZE - 2 * PAD} className="chorus-time-chart__frame" />
        <line x1={mid} x2={mid} y1={PAD} y2={SIZE - PAD} className="chorus-time-chart__divider" />
        <line x1={PAD} x2={SIZE - PAD} y1={SIZE - mid} y2={SIZE - mid} className="chorus-time-chart__divider" />
        {quadrantLabels.map((q) => (
          <text key={q.text} x={q.x} y={q.y} textAnchor={q.anchor} className="chorus-time-chart__quadrant">
            {q.text}
          </text>
        ))}
        {[1, 2, 3, 4].map((n) => (
          <g key={n}>
            <text x={scale(n)} y={SIZE - PAD + 16} textAnchor="middle" className="chorus-time-chart__tick">
              {n}
            </text>
            <text x={PAD - 10} y={SIZE - scale(n) + 4} textAnchor="middle" className="chorus-time-chart__tick">
              {n}
            </text>
          </g>
        ))}
        <text x={SIZE / 2} y={SIZE - 6} textAnchor="middle" className="chorus-time-chart__axis">
          Technical fit
        </text>
        <text x={12} y={SIZE / 2} textAnchor="middle" transform={`rotate(-90 12 ${SIZE / 2})`} className="chorus-time-chart__axis">
          Functional fit
        </text>
        {placed.map((p) => (
          <circle key={p.id} cx={scale(p.x)} cy={SIZE - scale(p.y)} r={5} className={`chorus-time-chart__dot chorus-time-chart__dot--${p.time}`} />
        ))}
      </svg>
      <h3 className="nhsuk-heading-s">Systems by quadrant</h3>
      <div className="chorus-quadrant-list">
        {TIME_QUADRANTS.map((q) => {
          const members = points.filter((p) => p.time === q);
          return (
            <div key={q}>
              <h4 className="nhsuk-heading-xs">
                {TIME_LABELS[q]} ({members.length})
              </h4>
              {members.length === 0 ? (
                <p className="nhsuk-body-s">None</p>
              ) : (
                <Show count={members.length} noun="system">
                  <ul className="nhsuk-list nhsuk-body-s">
                    {members.map((p) => (
                      <li key={p.id}>
                        <Link to={paths.system(orgId, p.id)}>{p.name}</Link> (technical {p.technicalFit}, functional {p.functionalFit})
                      </li>
                    ))}
                  </ul>
                </Show>
              )}
            </div>
          );
        })}
      </div>
    </>
  );
}
