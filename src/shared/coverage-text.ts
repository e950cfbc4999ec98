import type { CoverageCell } from './contracts/results.js';

/**
 * The words of the coverage page, shared with its CSV so that the file says exactly what the
 * page says.
 */
export const COVERAGE_STATUS_TEXT: Record<CoverageCell['status'], string> = {
  on_target: 'On target',
  below_target: 'Below target',
  never_heard: 'Never heard from',
  hidden: 'Hidden',
  no_headcount: 'No headcount',
};

export const countText = (value: number) => value.toLocaleString('en-GB');

/** A response rate (0–1) as a percentage, to one decimal place at most. */
export const coverageRateText = (rate: number) => `${(Math.round(rate * 1000) / 10).toLocaleString('en-GB', { maximumFractionDigits: 1 })}%`;

/** What a hidden count can be said to be: "at most 14", or nothing. */
export const atMostText = (atMost: number | null) => (atMost === null ? null : `at most ${countText(atMost)}`);

/**
 * Beside "Hidden" in a coverage cell: the bound against the headcount ("at most 14 of 112"), or
 * the headcount alone ("headcount 112") when the shown figures bound it by nothing smaller.
 */
export function hiddenFiguresText(atMost: number | null, headcount: number | null): string | null {
  if (atMost !== null) return headcount === null ? `at most ${countText(atMost)}` : `at most ${countText(atMost)} of ${countText(headcount)}`;
  return headcount === null ? null : `headcount ${countText(headcount)}`;
}
