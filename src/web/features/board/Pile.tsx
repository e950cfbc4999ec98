import { useState } from 'react';
import type { Board, BoardCard as Card, BoardCluster } from '../../../shared/contracts/board.js';
import type { BoardCommands } from './api.js';
import { BoardCard, type PileRef } from './BoardCard.js';
import { ClusterControls } from './ClusterControls.js';

interface Props {
  orgId: string;
  strategyId: string;
  pile: PileRef;
  cluster: BoardCluster | null;
  last: boolean;
  cards: Card[];
  piles: PileRef[];
  can: Board['can'];
  commands: BoardCommands;
  onMore(): void;
  onMove(card: Card, target: PileRef, position: number): void;
  onRemove(card: Card): void;
  onDragStart(card: Card): void;
  onDrop(target: PileRef, position: number): void;
  onDone(message: string): void;
  onError(error: Error): void;
}

/** One column of the board: the unsorted pile or a cluster, a drop target for the whole column. */
export function Pile(props: Props) {
  const { orgId, strategyId, pile, cluster, last, cards, piles, can, commands, onMore, onMove, onRemove, onDragStart, onDrop, onDone, onError } = props;
  const [over, setOver] = useState(false);
  const headingId = `pile-${pile.id ?? 'unsorted'}`;
  return (
    <section
      className={['chorus-board__column', 'chorus-pile', over ? 'chorus-pile--over' : null, pile.id ? null : 'chorus-pile--unsorted'].filter(Boolean).join(' ')}
      aria-labelledby={headingId}
      onDragOver={(event) => {
        if (!can.change) return;
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        if (!can.change) return;
        event.preventDefault();
        setOver(false);
        onDrop(pile, pile.id ? pile.total : 0);
      }}
    >
      <h2 className="nhsuk-heading-s chorus-board__title chorus-break-anywhere" id={headingId}>
        {pile.name} <span className="chorus-muted nhsuk-body-s">({pile.total})</span>
      </h2>
      {cluster && (
        <ClusterControls
          orgId={orgId}
          strategyId={strategyId}
          cluster={cluster}
          count={pile.total}
          last={last}
          canChange={can.change}
          canMakeInsight={can.makeInsight}
          commands={commands}
          onDone={onDone}
          onError={onError}
        />
      )}
      <ol className="chorus-board__notes" aria-label={`Cards in ${pile.name}`}>
        {cards.map((card, index) => (
          <BoardCard
            key={card.quote.id}
            card={card}
            index={index}
            pile={pile}
            piles={piles}
            canChange={can.change}
            onMove={(target, position) => onMove(card, target, position)}
            onRemove={() => onRemove(card)}
            onDragStart={() => onDragStart(card)}
            onDropOn={() => { setOver(false); onDrop(pile, index); }}
          />
        ))}
      </ol>
      {pile.total === 0 && (
        <p className="nhsuk-body-s chorus-muted">{pile.id ? 'No cards yet. Drag cards here, or use a card’s Actions to move it here.' : 'Nothing left to sort.'}</p>
      )}
      {cards.length < pile.total && (
        <button type="button" className="chorus-sticky__button" onClick={onMore}>
          Show more cards<span className="nhsuk-u-visually-hidden"> in {pile.name}</span> ({(pile.total - cards.length).toLocaleString('en-GB')} more)
        </button>
      )}
    </section>
  );
}
