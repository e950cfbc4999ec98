import { HORIZON_LABELS, HORIZONS, type Horizon, type Roadmap } from '../../../shared/contracts/roadmap.js';
import { Link } from 'react-router';
import { paths } from '../../app/paths.js';
import { MoveFeedback, useMoveFeedback } from '../../ui/move-feedback.js';
import { useMoveInitiative } from './api.js';
import { StatusTag } from './StatusTag.js';

type Card = Roadmap['initiatives'][number];

/**
 * Now / next / later: three columns of cards in their agreed order. Each card has buttons to
 * move it a column either way or up and down its column, so the board works from the keyboard;
 * the move is announced and focus follows the card.
 */
export function RoadmapBoard({ orgId, roadmap }: { orgId: string; roadmap: Roadmap }) {
  const move = useMoveInitiative();
  const feedback = useMoveFeedback('board-card-', roadmap);
  const columns = Object.fromEntries(
    HORIZONS.map((h) => [h, roadmap.initiatives.filter((i) => i.horizon === h).sort((a, b) => a.position - b.position || a.title.localeCompare(b.title))]),
  ) as Record<Horizon, Card[]>;
  const canMove = roadmap.can.edit;

  const send = (card: Card, horizon: Horizon, position: number, words: string) => {
    move.mutate(
      { id: card.id, horizon, position },
      {
        onSuccess: () => {
          feedback.announce(`${card.title} moved ${words}.`);
          feedback.focusAfterRedraw(card.id);
        },
        onError: (e) => feedback.fail(e),
      },
    );
  };

  return (
    <>
      <MoveFeedback announcement={feedback.announcement} error={feedback.error} />
      <div className="chorus-horizons">
        {HORIZONS.map((horizon, column) => (
          <section key={horizon} className="chorus-horizons__column" aria-labelledby={`horizon-${horizon}`}>
            <h3 className="nhsuk-heading-s" id={`horizon-${horizon}`}>
              {HORIZON_LABELS[horizon]} <span className="nhsuk-body-s">({columns[horizon].length})</span>
            </h3>
            {columns[horizon].length === 0 && <p className="nhsuk-body-s">Nothing here yet{canMove ? ': move an initiative into this column' : ''}.</p>}
            <ol className="nhsuk-list chorus-horizons__cards">
              {columns[horizon].map((card, index) => (
                <li key={card.id} className="chorus-horizons__card" id={`board-card-${card.id}`} tabIndex={-1}>
                  <Link className="nhsuk-body-s nhsuk-u-font-weight-bold chorus-break-anywhere" to={paths.initiative(orgId, roadmap.strategy.id, card.id)}>{card.title}</Link>
                  <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">{card.startLabel} to {card.endLabel} <StatusTag status={card.status} /></p>
                  {canMove && (
                    <div className="chorus-horizons__moves" role="group" aria-label={`Move ${card.title}`}>
                      {column > 0 && <MoveButton label={`← ${HORIZON_LABELS[HORIZONS[column - 1]!]}`} name={`Move ${card.title} to ${HORIZON_LABELS[HORIZONS[column - 1]!]}`} onClick={() => send(card, HORIZONS[column - 1]!, columns[HORIZONS[column - 1]!].length, `to ${HORIZON_LABELS[HORIZONS[column - 1]!]}`)} />}
                      {index > 0 && <MoveButton label="Up" name={`Move ${card.title} up`} onClick={() => send(card, horizon, index - 1, `up, to position ${index} in ${HORIZON_LABELS[horizon]}`)} />}
                      {index < columns[horizon].length - 1 && <MoveButton label="Down" name={`Move ${card.title} down`} onClick={() => send(card, horizon, index + 1, `down, to position ${index + 2} in ${HORIZON_LABELS[horizon]}`)} />}
                      {column < HORIZONS.length - 1 && <MoveButton label={`${HORIZON_LABELS[HORIZONS[column + 1]!]} →`} name={`Move ${card.title} to ${HORIZON_LABELS[HORIZONS[column + 1]!]}`} onClick={() => send(card, HORIZONS[column + 1]!, columns[HORIZONS[column + 1]!].length, `to ${HORIZON_LABELS[HORIZONS[column + 1]!]}`)} />}
                    </div>
                  )}
                </li>
              ))}
            </ol>
          </section>
        ))}
      </div>
    </>
  );
}

function MoveButton({ label, name, onClick }: { label: string; name: string; onClick: () => void }) {
  return (
    <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small chorus-horizons__move" aria-label={name} onClick={onClick}>
      {label}
    </button>
  );
}
