import type { DragEvent } from 'react';
import type { BoardCard as Card } from '../../../shared/contracts/board.js';
import { EVIDENCE_SOURCE_LABELS } from '../../../shared/contracts/evidence.js';
import { ActionsMenu, type Action } from '../../ui/ActionsMenu.js';
import { formatDate } from '../../ui/format.js';
import { TagChips } from '../evidence/Quote.js';

/** A short form of a quote for button names and announcements. */
export const brief = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

export interface PileRef {
  id: string | null;
  name: string;
  total: number;
}

interface Props {
  card: Card;
  index: number;
  pile: PileRef;
  /** Every pile, in order, so the card can offer a move to each. */
  piles: PileRef[];
  canChange: boolean;
  onMove(target: PileRef, position: number): void;
  onRemove(): void;
  onDragStart(): void;
  onDropOn(): void;
}

/**
 * One piece of evidence on the board: the masked quote as text, where and when it was said, and
 * one Actions list holding every move (up, down, to each cluster), so the keyboard and screen
 * readers can do everything the mouse does by dragging.
 */
export function BoardCard({ card, index, pile, piles, canChange, onMove, onRemove, onDragStart, onDropOn }: Props) {
  const { quote } = card;
  const actions: Action[] = [
    ...(index > 0 ? [{ label: 'Move up', run: () => onMove(pile, index - 1) }] : []),
    ...(index < pile.total - 1 ? [{ label: 'Move down', run: () => onMove(pile, index + 1) }] : []),
    // Into a cluster at its end (where a new member belongs); back to the unsorted pile at its top, where it can be seen.
    ...piles.filter((p) => p.id !== pile.id).map((p) => ({ label: p.id ? `Move to “${p.name}”` : 'Move back to Unsorted', run: () => onMove(p, p.id ? p.total : 0) })),
    { label: 'Take off the board', warning: true, run: onRemove },
  ];
  const dragOver = (event: DragEvent) => {
    if (!canChange) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
  };
  return (
    <li
      className="chorus-board-card"
      id={`card-${quote.id}`}
      tabIndex={-1}
      draggable={canChange}
      onDragStart={(event) => {
        event.dataTransfer.setData('text/plain', quote.id);
        event.dataTransfer.effectAllowed = 'move';
        onDragStart();
      }}
      onDragOver={dragOver}
      onDrop={(event) => {
        if (!canChange) return;
        event.preventDefault();
        event.stopPropagation();
        onDropOn();
      }}
    >
      <p className="nhsuk-body-s chorus-board-card__text chorus-break-anywhere">{quote.text}</p>
      <p className="nhsuk-body-s chorus-board-card__meta">
        {EVIDENCE_SOURCE_LABELS[quote.source]} · {quote.whereFrom} · {formatDate(quote.saidOn)}
      </p>
      <TagChips tags={quote.tags} />
      {canChange && <ActionsMenu forWhat={`for the card: ${brief(quote.text)}`} actions={actions} />}
    </li>
  );
}
