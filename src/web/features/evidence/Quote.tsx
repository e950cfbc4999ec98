import type { EvidenceListItem, Quote, TextPiece } from '../../../shared/contracts/evidence.js';
import { EVIDENCE_SOURCE_LABELS } from '../../../shared/contracts/evidence.js';
import { formatDate } from '../../ui/format.js';
import { Tag, type TagColour } from '../../ui/Tag.js';

const SENTIMENT_COLOURS: Record<string, TagColour> = { positive: 'green', negative: 'red', mixed: 'yellow', neutral: 'grey' };

/** The words as text; matched words in <mark>, built from data (never HTML from the server). */
export function Pieces({ pieces }: { pieces: TextPiece[] }) {
  return (
    <>
      {pieces.map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </>
  );
}

export function segmentText(q: Quote): string | null {
  const parts = [q.segment.division, q.segment.staffGroup].filter(Boolean);
  return parts.length ? parts.join(', ') : null;
}

/** Tag chips: the codebook colour is drawn as an SVG dot (an attribute, so the strict CSP allows it). */
export function TagChips({ tags }: { tags: Quote['tags'] }) {
  if (tags.length === 0) return null;
  return (
    <ul className="chorus-evidence-tags" aria-label="Tags">
      {tags.map((t) => (
        <li key={t.id} className="chorus-evidence-tag">
          <svg width="12" height="12" aria-hidden="true" focusable="false">
            <circle cx="6" cy="6" r="6" fill={t.colour} />
          </svg>
          {t.name}
        </li>
      ))}
    </ul>
  );
}

/** `withSource` false: the page already names the one source every quote on it comes from. */
export function QuoteMeta({ quote, withSource = true }: { quote: Quote | EvidenceListItem; withSource?: boolean }) {
  const segment = segmentText(quote);
  return (
    <p className="nhsuk-body-s chorus-evidence-meta">
      {withSource && <><Tag colour="blue">{EVIDENCE_SOURCE_LABELS[quote.source]}</Tag> {quote.whereFrom} · </>}
      {formatDate(quote.saidOn)}
      {segment && <> · {segment}</>}
      {quote.sentiment && (
        <>
          {' '}
          <Tag colour={SENTIMENT_COLOURS[quote.sentiment]}>Sentiment: {quote.sentiment}</Tag>
        </>
      )}
    </p>
  );
}
