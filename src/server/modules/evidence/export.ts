import { EVIDENCE_SOURCE_LABELS, type Quote } from '../../../shared/contracts/evidence.js';
import { toCsv } from '../results/index.js';

export const EVIDENCE_CSV_HEADER = ['Kind', 'Where from', 'Said on', 'Division', 'Staff group', 'Sentiment', 'Tags', 'Text'];

/**
 * The filtered evidence as a spreadsheet: masked text, segments only where shown, and every cell
 * made formula-safe by the results' CSV writer (staff wrote these words).
 */
export function evidenceCsv(quotes: Quote[]): string {
  return toCsv(
    EVIDENCE_CSV_HEADER,
    quotes.map((q) => [
      EVIDENCE_SOURCE_LABELS[q.source],
      q.whereFrom,
      q.saidOn,
      q.segment.division ?? '',
      q.segment.staffGroup ?? '',
      q.sentiment ?? '',
      q.tags.map((t) => t.name).join('; '),
      q.text,
    ]),
  );
}
