import type { SupportBreakdown } from '../../../shared/contracts/staff-voice.js';

type Group = SupportBreakdown & { staffGroupId: string; label: string };

const MAX = 5;
/**
 * In a 400-unit box shrunk to its column (about 330 px, beside the table or on a phone), labels
 * beside the bars had to be cut to 25 letters and still ran off the left edge. So each label has
 * its own line above its bar, in full, in type that stays readable when shrunk.
 */
const ROW = 44;
const TOP = 24;
const BAR_WIDTH = 350; // a bar of 5 leaves room for "5.0" after it
const BAR_DY = 21;
const BAR_HEIGHT = 16;
const x = (value: number) => (value / MAX) * BAR_WIDTH;

/** "Average support, by staff group: Nursing 3.8, Medical hidden, …": what the picture shows, in words. */
export function describeSupport(title: string, groups: readonly Group[]): string {
  const parts = groups.map((g) => `${g.label} ${g.mean === null ? (g.rated.suppressed ? 'hidden' : 'not shown') : g.mean.toFixed(1)}`);
  return `Average support out of 5 by staff group, ${title}: ${parts.join(', ')}.`;
}

/**
 * Average support (1 to 5) by staff group as bars. A group whose average is hidden or not
 * shown gets no bar, only the word, so the picture never suggests a figure the table hides.
 * The table beside it holds the same figures.
 */
export function SupportChart({ title, groups }: { title: string; groups: readonly Group[] }) {
  const height = TOP + groups.length * ROW + 4;
  return (
    <figure className="chorus-voice-chart">
      <svg viewBox={`0 0 400 ${height}`} className="chorus-voice-chart__svg" role="img" aria-label={describeSupport(title, groups)}>
        {[1, 2, 3, 4, 5].map((tick) => (
          <g key={tick} aria-hidden="true">
            <line className="chorus-voice-chart__grid" x1={x(tick)} x2={x(tick)} y1={TOP - 4} y2={height - 4} />
            <text className="chorus-voice-chart__tick" x={x(tick)} y={TOP - 8} textAnchor="middle">
              {tick}
            </text>
          </g>
        ))}
        {groups.map((g, i) => {
          const y = TOP + i * ROW;
          return (
            <g key={g.staffGroupId} aria-hidden="true">
              <text className="chorus-voice-chart__label" x={0} y={y + 16}>
                {g.label}
              </text>
              {g.mean === null ? (
                <text className="chorus-voice-chart__hidden" x={4} y={y + BAR_DY + BAR_HEIGHT - 4}>
                  {g.rated.suppressed ? 'Hidden' : 'Not shown'}
                </text>
              ) : (
                <>
                  <rect className="chorus-voice-chart__bar" x={0} y={y + BAR_DY} width={x(g.mean)} height={BAR_HEIGHT} />
                  <text className="chorus-voice-chart__value" x={x(g.mean) + 4} y={y + BAR_DY + BAR_HEIGHT - 4}>
                    {g.mean.toFixed(1)}
                  </text>
                </>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className="nhsuk-body-s chorus-muted">Average support, from 1 (very poorly) to 5 (very well).</figcaption>
    </figure>
  );
}
