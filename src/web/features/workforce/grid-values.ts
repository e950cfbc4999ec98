import { MAX_HEADCOUNT, type Workforce } from '../../../shared/contracts/workforce.js';

/** The headcount grid's arithmetic, kept apart from the table so it reads plainly. */

export const pairKey = (divisionId: string, staffGroupId: string) => `${divisionId}|${staffGroupId}`;

export interface GridFigures {
  /** Whole-division figures, editable in the grid. */
  whole: Map<string, number>;
  /** Sums of figures held per site: shown, but changed only by importing. */
  bySite: Map<string, number>;
}

export function gridFigures(workforce: Workforce): GridFigures {
  const whole = new Map<string, number>();
  const bySite = new Map<string, number>();
  for (const cell of workforce.headcounts.cells) {
    const key = pairKey(cell.divisionId, cell.staffGroupId);
    if (cell.siteId === null) whole.set(key, cell.headcount);
    else bySite.set(key, (bySite.get(key) ?? 0) + cell.headcount);
  }
  return { whole, bySite };
}

/** A cell as typed: blank, a whole number, or a problem to show. */
export function readCell(text: string): { value: number | null } | { problem: string } {
  const trimmed = text.trim().replace(/,/g, '');
  if (trimmed === '') return { value: null };
  if (!/^\d+$/.test(trimmed)) return { problem: 'must be a whole number, 0 or more, or blank' };
  const value = Number(trimmed);
  if (value > MAX_HEADCOUNT) return { problem: `must be ${MAX_HEADCOUNT.toLocaleString('en-GB')} or fewer` };
  return { value };
}

export const formatCount = (n: number) => n.toLocaleString('en-GB');
