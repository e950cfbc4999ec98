/**
 * Columns that look like questions to a program but not to a person: Qualtrics Text iQ's analysis
 * of a text answer (its topics and sentiment are Qualtrics' reading of what someone wrote, not
 * anything they answered), and columns with no header and nothing in them (the empty columns a
 * spreadsheet leaves at the right, or "Unnamed: 12" when pandas re-saved the file).
 */

/**
 * Text iQ's columns, as Qualtrics names them after the question ("Q5 - Topics", "Q5_Sentiment
 * Score"). Names that could be a grid row ("... - Effort") count only after a question code.
 */
const PLAIN = '(?:parent topics|topics|topic sentiment label|topic sentiment score|topic hierarchy level \\d+|sentiment polarity|sentiment score)';
const AFTER_CODE = new RegExp(`^[\\w.]+(?:\\s-\\s|_)(?:${PLAIN.slice(3, -1)}|sentiment|actionability|emotion intensity|emotion|effort)$`, 'i');
const AFTER_TEXT = new RegExp(`(?:\\s-\\s|_)${PLAIN}$`, 'i');
/** Without the question in front, only the names no question would have. */
const ALONE = new RegExp(`^(?:parent topics|topic sentiment label|topic sentiment score|sentiment polarity|sentiment score|topic hierarchy level \\d+)$`, 'i');

/** A header a spreadsheet program made up for a column that had none. */
export const UNNAMED = /^(?:unnamed: ?\d+|column\d+|field\d+|_\d+)$/i;

export function isTextIqColumn(headerParts: string[]): boolean {
  return headerParts.some((part) => [AFTER_CODE, AFTER_TEXT, ALONE].some((pattern) => pattern.test(part.trim())));
}

/** Marks Text iQ columns and empty unnamed columns as metadata, with the reason in words. */
interface Column {
  index: number;
  role: 'question' | 'completed' | 'meta' | 'identifying';
  reason: string | null;
}

export function markNotQuestions<C extends Column>(columns: C[], rows: string[][], headerRows: number): C[] {
  return columns.map((column) => {
    if (column.role !== 'question') return column;
    const parts = Array.from({ length: headerRows }, (_, r) => rows[r]?.[column.index] ?? '');
    if (isTextIqColumn(parts)) return { ...column, role: 'meta', reason: 'Qualtrics Text iQ analysis of another answer, not a question' };
    const unnamed = parts.every((p) => p.trim() === '' || UNNAMED.test(p.trim()));
    if (unnamed && rows.slice(headerRows).every((r) => (r[column.index] ?? '').trim() === '')) {
      return { ...column, role: 'meta', reason: 'empty column with no header' };
    }
    return column;
  });
}
