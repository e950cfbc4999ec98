import type { ImportProblem } from '../../../shared/contracts/imports.js';

/**
 * Problems found in a file, grouped so that the same wrong value in 10,000 rows is one line
 * ("Row 212, column "…": … (and 9,999 more rows)") rather than a wall of text.
 */
const MAX_LISTED = 500;

export class ProblemLog {
  private readonly entries = new Map<string, ImportProblem>();
  total = 0;

  add(row: number | null, column: number | null, columnTitle: string | null, message: string): void {
    this.total += 1;
    const key = `${column ?? ''}\u0000${message}`;
    const existing = this.entries.get(key);
    if (existing) {
      existing.moreRows += 1;
      existing.text = describe(existing);
      return;
    }
    if (this.entries.size >= MAX_LISTED) return;
    const problem: ImportProblem = { row, column, columnTitle, message, moreRows: 0, text: '' };
    problem.text = describe(problem);
    this.entries.set(key, problem);
  }

  get list(): ImportProblem[] {
    return [...this.entries.values()].sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.column ?? -1) - (b.column ?? -1));
  }
}

const shorten = (s: string, max = 60) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

export function describe(p: Pick<ImportProblem, 'row' | 'columnTitle' | 'message' | 'moreRows'>): string {
  const where = [p.row !== null ? `Row ${p.row}` : null, p.columnTitle !== null ? `column "${shorten(p.columnTitle)}"` : null].filter(Boolean).join(', ');
  const more = p.moreRows > 0 ? ` (and ${p.moreRows.toLocaleString('en-GB')} more ${p.moreRows === 1 ? 'row' : 'rows'})` : '';
  return `${where ? `${where}: ` : ''}${p.message}${more}`;
}

export const quote = (value: string) => `"${shorten(value.trim(), 80)}"`;
