import { LIKERT_LABELS } from '../../../shared/contracts/survey-definition.js';
import type { QuestionResult } from '../../../shared/contracts/results.js';
import { Count, countText, percentText } from './format.js';

/**
 * Charts drawn with SVG width attributes (the strict CSP forbids style attributes). Each
 * chart states its figures as text beside the bars, and a table in a <details> repeats them.
 * A hidden figure draws nothing: no bar is ever sized from what the server withheld.
 */

export type Item = QuestionResult['items'][number];

const LIKERT_KEYS = ['1', '2', '3', '4', '5'] as const;
const NEUTRAL = '3';

function Bar({ percent, className = '' }: { percent: number | null; className?: string }) {
  return (
    <svg className={`chorus-bar ${className}`} viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect className="chorus-bar__track" width="100" height="1" />
      {percent !== null && <rect className="chorus-bar__fill" width={Math.min(100, Math.max(0, percent))} height="1" />}
    </svg>
  );
}

/** Answers as labelled horizontal bars: label, count and percentage as text, the bar as decoration. */
export function BarList({ items }: { items: readonly Item[] }) {
  return (
    <ul className="chorus-bars">
      {items.map((item) => (
        <li key={item.key} className="chorus-bars__item">
          <span className="chorus-bars__label">{item.label}</span>
          <span className="chorus-bars__value">
            <Count count={item.count} />
            {item.percent !== null && <span className="chorus-bars__percent"> ({percentText(item.percent)})</span>}
          </span>
          <Bar percent={item.percent} />
        </li>
      ))}
    </ul>
  );
}

/** A small bar for one table cell (comparisons). */
export function CellBar({ percent }: { percent: number | null }) {
  return <Bar percent={percent} className="chorus-bar--small" />;
}

const likertItem = (items: readonly Item[], key: string) => items.find((i) => i.key === key);

/** Sum of two shown percentages; null when either is hidden, so a hidden one is never worked into a total. */
function sideTotal(items: readonly Item[], keys: readonly string[]): number | null {
  const values = keys.map((k) => likertItem(items, k)?.percent ?? null);
  if (values.some((v) => v === null)) return null;
  return Math.round((values as number[]).reduce((a, b) => a + b, 0) * 10) / 10;
}

/** What a diverging bar says, in words: the text alternative of the picture. */
export function likertSummary(items: readonly Item[]): string {
  return LIKERT_KEYS.map((key, i) => {
    const item = likertItem(items, key);
    const text = item ? percentText(item.percent) ?? countText(item.count) : 'hidden';
    return `${LIKERT_LABELS[i]} ${text}`;
  }).join(', ');
}

/**
 * Agreement as a diverging stacked bar: disagreement to the left of the centre, agreement to
 * the right, the neutral answer straddling the centre line. Drawn on 0–200 with the centre at 100.
 */
export function DivergingBar({ items, label }: { items: readonly Item[]; label: string }) {
  const pct = (key: string) => likertItem(items, key)?.percent ?? null;
  const neutral = pct(NEUTRAL);
  const half = (neutral ?? 0) / 2;
  const rects: { key: string; x: number; width: number }[] = [];
  let left = 100 - half;
  for (const key of ['2', '1']) {
    const width = pct(key) ?? 0;
    left -= width;
    rects.push({ key, x: left, width });
  }
  rects.push({ key: NEUTRAL, x: 100 - half, width: neutral ?? 0 });
  let right = 100 + half;
  for (const key of ['4', '5']) {
    const width = pct(key) ?? 0;
    rects.push({ key, x: right, width });
    right += width;
  }
  const incomplete = LIKERT_KEYS.some((key) => likertItem(items, key)?.count.suppressed ?? true);
  const disagree = sideTotal(items, ['1', '2']);
  const agree = sideTotal(items, ['4', '5']);
  return (
    <div className="chorus-diverging">
      <span className="chorus-diverging__side chorus-diverging__side--left">
        {disagree !== null && <>{percentText(disagree)}<span className="nhsuk-u-visually-hidden"> disagree</span></>}
      </span>
      <svg className="chorus-diverging__bar" viewBox="0 0 200 10" preserveAspectRatio="none" role="img" aria-label={`${label}: ${likertSummary(items)}`}>
        <rect className="chorus-bar__track" width="200" height="10" />
        {rects.map((r) => r.width > 0 && <rect key={r.key} className={`chorus-likert--${r.key}`} x={r.x} width={r.width} height="10" />)}
        <line className="chorus-diverging__centre" x1="100" x2="100" y1="0" y2="10" />
      </svg>
      <span className="chorus-diverging__side">
        {agree !== null && <>{percentText(agree)}<span className="nhsuk-u-visually-hidden"> agree</span></>}
      </span>
      {incomplete && <span className="chorus-diverging__note nhsuk-body-s">Some answers are hidden, so this bar is incomplete.</span>}
    </div>
  );
}

export function LikertLegend() {
  return (
    <ul className="chorus-legend" aria-label="Key to the agreement bars">
      {LIKERT_LABELS.map((label, i) => (
        <li key={label} className="chorus-legend__item">
          <span className={`chorus-legend__swatch chorus-likert--${i + 1}`} aria-hidden="true" />
          {label}
        </li>
      ))}
      <li className="chorus-legend__item">Figures beside a bar: all who disagreed (left) and agreed (right)</li>
    </ul>
  );
}
