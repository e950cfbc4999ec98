import type { SafeCountView } from '../../../shared/contracts/results.js';

/**
 * How suppressed figures read. A hidden count is never written as "fewer than 10": a cell
 * can be hidden only so that a smaller one beside it cannot be worked out by subtraction,
 * so it may be large. Nothing on these pages is computed from a hidden figure.
 */

export const HIDDEN_WORD = 'Hidden';

export function Hidden() {
  return (
    <span className="chorus-hidden">
      {HIDDEN_WORD}
      <span className="nhsuk-u-visually-hidden"> to protect anonymity</span>
    </span>
  );
}

export function Count({ count }: { count: SafeCountView }) {
  if (count.suppressed || count.value === null) return <Hidden />;
  return <>{count.value.toLocaleString('en-GB')}</>;
}

/** A count as plain text, for text alternatives (aria labels, captions). */
export const countText = (count: SafeCountView) =>
  count.suppressed || count.value === null ? 'hidden' : count.value.toLocaleString('en-GB');

/** Percentages arrive from the API already rounded to one decimal; null means not shown. */
export const percentText = (percent: number | null) =>
  percent === null ? null : `${percent.toLocaleString('en-GB', { maximumFractionDigits: 1 })}%`;

/** A coverage rate (0–1) as a percentage. */
export const rateText = (rate: number | null) =>
  rate === null ? null : `${(Math.round(rate * 1000) / 10).toLocaleString('en-GB', { maximumFractionDigits: 1 })}%`;

export function Percent({ percent }: { percent: number | null }) {
  const text = percentText(percent);
  return text ? <>{text}</> : <span className="chorus-muted">–<span className="nhsuk-u-visually-hidden">not shown</span></span>;
}

export function AnonymityLegend({ threshold }: { threshold: number }) {
  return (
    <p className="nhsuk-body-s chorus-results-legend">
      “<span className="chorus-hidden">{HIDDEN_WORD}</span>” means a figure is withheld to protect anonymity: groups
      smaller than {threshold}, and any figure that would let one be worked out.
    </p>
  );
}
