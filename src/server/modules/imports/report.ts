import type { ImportPreview } from '../../../shared/contracts/imports.js';
import { QUESTION_TYPE_LABELS } from '../../../shared/contracts/survey-definition.js';

/** The preview as plain text, for `npm run chorus -- import --dry-run`. */
export function formatPreview(p: ImportPreview): string {
  const lines: string[] = [];
  const cut = (s: string, n = 40) => (s.length > n ? `${s.slice(0, n - 1)}…` : s).replace(/[\r\n\t]+/g, ' ');
  lines.push(`File:        ${p.fileName} (SHA-256 ${p.sha256.slice(0, 16)}…)`);
  if (p.headerRows > 0) {
    lines.push(`Tool:        ${p.toolLabel}, ${p.headerRows} header ${p.headerRows === 1 ? 'row' : 'rows'}`);
    lines.push(`Format:      ${p.format === 'xlsx' ? 'Excel workbook (.xlsx)' : `CSV, ${p.encoding}, ${p.delimiter}-separated, ${p.lineEnding} line endings`}`);
    lines.push(`Responses:   ${p.rowCount.toLocaleString('en-GB')}${p.runsAsJob ? ' (will run as a background job)' : ''}`);
    lines.push(`Into:        ${p.target ? `the existing survey "${p.target.title}"` : 'a new survey'}`);
    if (p.completedColumn !== null) lines.push(`Dates:       column ${p.completedColumn + 1}, read as ${p.dateOrder}; only the day is kept`);
    lines.push('', 'Questions:');
    for (const q of p.questions) {
      const type = q.skipped ? 'skipped' : QUESTION_TYPE_LABELS[q.type];
      const changed = !q.skipped && q.type !== q.inferredType ? ` (inferred ${QUESTION_TYPE_LABELS[q.inferredType]})` : '';
      lines.push(`  [column ${q.columns.map((c) => c + 1).join(', ')}] ${cut(q.title, 70)} — ${type}${changed}${q.separator ? `, split on "${q.separator}"` : ''}; ${q.answered} answered`);
      for (const o of q.options.slice(0, 12)) lines.push(`      ${cut(o.label, 50)}: ${o.count}`);
      if (q.options.length > 12) lines.push(`      … and ${q.options.length - 12} more options`);
      for (const r of q.rows) lines.push(`      statement: ${cut(r.label, 60)}`);
    }
    if (p.identifying.length > 0) {
      lines.push('', 'Identifying columns:');
      for (const c of p.identifying) lines.push(`  [column ${c.column + 1}] ${cut(c.title)} — ${c.reason}: ${c.keep ? 'KEPT (--keep-identifying)' : 'dropped'}`);
    }
    const others = p.columns.filter((c) => c.role === 'meta');
    if (others.length > 0) lines.push('', `Not imported (the tool's own metadata): ${others.map((c) => cut(c.header, 30)).join(', ')}`);
    if (p.firstRows.length > 0) {
      lines.push('', `First ${p.firstRows.length} rows:`);
      for (const row of p.firstRows) lines.push(`  ${row.map((cell) => cut(cell, 18)).join(' | ')}`);
    }
  }
  lines.push('');
  if (p.problemCount === 0) lines.push('No problems found: the file can be imported.');
  else {
    lines.push(`${p.problemCount.toLocaleString('en-GB')} ${p.problemCount === 1 ? 'problem' : 'problems'} (the import is refused until they are put right):`);
    for (const problem of p.problems) lines.push(`  - ${problem.text}`);
  }
  return lines.join('\n');
}
