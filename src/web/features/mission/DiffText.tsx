import type { DiffPart } from '../../../shared/text/word-diff.js';

/**
 * A word-level comparison as text: added words in <ins>, removed ones in <del>. Screen readers
 * do not announce those elements by default, so each change also says "added:" or "removed:".
 */
export function DiffText({ parts }: { parts: DiffPart[] }) {
  if (parts.length === 0) return <p className="nhsuk-body-s chorus-mission-diff__empty">Empty in both versions.</p>;
  return (
    <p className="nhsuk-body chorus-mission-diff">
      {parts.map((part, i) =>
        part.kind === 'added' ? (
          <ins key={i}>
            <span className="nhsuk-u-visually-hidden"> added: </span>
            {part.text}
            <span className="nhsuk-u-visually-hidden"> (end of addition) </span>
          </ins>
        ) : part.kind === 'removed' ? (
          <del key={i}>
            <span className="nhsuk-u-visually-hidden"> removed: </span>
            {part.text}
            <span className="nhsuk-u-visually-hidden"> (end of removal) </span>
          </del>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </p>
  );
}
