import { useId } from 'react';
import type { RankedTheme } from '../../../shared/prioritisation.js';

const W = 420;
const H = 320;
const PAD = { left: 48, right: 16, top: 16, bottom: 44 };
const x = (effort: number) => PAD.left + ((effort - 1) / 4) * (W - PAD.left - PAD.right);
const y = (value: number) => H - PAD.bottom - ((value - 1) / 4) * (H - PAD.top - PAD.bottom);
const TICKS = [1, 2, 3, 4, 5];

/**
 * Value (up) against effort (across) for the scored themes, each point numbered by its rank so
 * the table beside it (the same figures) says which theme it is. The quadrant lines at 3 mark
 * the usual reading: top left is high value for little effort.
 */
export function ValueEffortChart({ ranked }: { ranked: RankedTheme[] }) {
  const titleId = useId();
  const descId = useId();
  const scored = ranked.filter((r) => r.scored && r.value !== null && r.effort !== null);
  return (
    <svg className="chorus-value-effort" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${titleId} ${descId}`}>
      <title id={titleId}>Value against effort of the scored priority themes</title>
      <desc id={descId}>
        {scored.length
          ? scored.map((r) => `${r.rank}. ${r.title}: value ${r.value!.toFixed(1)}, effort ${(r.effort ?? 0).toFixed(1)}`).join('; ')
          : 'No theme is scored yet.'}
      </desc>
      <rect x={PAD.left} y={PAD.top} width={W - PAD.left - PAD.right} height={H - PAD.top - PAD.bottom} className="chorus-value-effort__plot" />
      <line x1={x(3)} x2={x(3)} y1={PAD.top} y2={H - PAD.bottom} className="chorus-value-effort__mid" />
      <line x1={PAD.left} x2={W - PAD.right} y1={y(3)} y2={y(3)} className="chorus-value-effort__mid" />
      {TICKS.map((t) => (
        <g key={t} className="chorus-value-effort__tick" aria-hidden="true">
          <text x={x(t)} y={H - PAD.bottom + 16} textAnchor="middle">{t}</text>
          <text x={PAD.left - 8} y={y(t) + 4} textAnchor="end">{t}</text>
        </g>
      ))}
      <text x={(PAD.left + W - PAD.right) / 2} y={H - 6} textAnchor="middle" className="chorus-value-effort__axis" aria-hidden="true">Effort (more to the right)</text>
      <text x={14} y={(PAD.top + H - PAD.bottom) / 2} textAnchor="middle" transform={`rotate(-90 14 ${(PAD.top + H - PAD.bottom) / 2})`} className="chorus-value-effort__axis" aria-hidden="true">
        Value (higher is better)
      </text>
      {scored.map((r) => (
        <g key={r.id} aria-hidden="true">
          <circle cx={x(r.effort ?? 1)} cy={y(r.value!)} r={11} className="chorus-value-effort__point" />
          <text x={x(r.effort ?? 1)} y={y(r.value!) + 4} textAnchor="middle" className="chorus-value-effort__label">{r.rank}</text>
        </g>
      ))}
    </svg>
  );
}
