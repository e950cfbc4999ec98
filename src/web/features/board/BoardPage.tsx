import { useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { BOARD_PILE_PAGE, CLUSTER_NAME_MAX, type BoardCard as Card } from '../../../shared/contracts/board.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { BackLink } from '../../ui/BackLink.js';
import { Button } from '../../ui/Button.js';
import { TextInput } from '../../ui/fields.js';
import { plural } from '../../ui/format.js';
import { MoveFeedback, useMoveFeedback } from '../../ui/move-feedback.js';
import { Page } from '../../ui/Page.js';
import { EmptyState, LoadError, Loading } from '../../ui/status.js';
import { useStrategyOverview } from '../strategies/api.js';
import { useBoard, useBoardCommands, type BoardCommands } from './api.js';
import { brief, type PileRef } from './BoardCard.js';
import { Pile } from './Pile.js';
// The workshop board's columns, titles and small buttons, so both boards feel the same.
import '../workshops/board.scss';
import './board.scss';

/**
 * The strategy's affinity board: the unsorted pile and the clusters side by side (stacked on a
 * phone). Cards move by dragging, or from each card's Actions list with the keyboard; every
 * outcome is announced through one polite live region and focus follows the moved card.
 */
export function BoardPage() {
  const orgId = useOrgId();
  const { strategyId = '' } = useParams();
  const strategy = useStrategyOverview(strategyId).data?.strategy;
  const [perPile, setPerPile] = useState(BOARD_PILE_PAGE);
  const board = useBoard(strategyId, perPile);
  const commands = useBoardCommands(strategyId);
  const dragged = useRef<Card | null>(null);
  const data = board.data;
  const feedback = useMoveFeedback('card-', data);
  const { announce, fail, focusAfterRedraw } = feedback;

  const move = (card: Card, target: PileRef, position: number) => {
    if (commands.move.isPending) return;
    commands.move.mutate(
      { evidenceId: card.quote.id, clusterId: target.id, position },
      {
        onSuccess: (moved) => {
          announce(`Moved “${brief(card.quote.text)}” to ${target.name}, position ${moved.position + 1} of ${moved.total}.`);
          focusAfterRedraw(card.quote.id);
        },
        onError: fail,
      },
    );
  };
  const remove = (card: Card) =>
    commands.remove.mutate(card.quote.id, { onSuccess: () => announce(`Took “${brief(card.quote.text)}” off the board. It is still in the evidence library.`), onError: fail });

  const piles: PileRef[] = data
    ? [{ id: null, name: 'Unsorted', total: data.unsorted.total }, ...data.clusters.map((c) => ({ id: c.id, name: c.name, total: c.total }))]
    : [];
  const dropOn = (target: PileRef, position: number) => {
    const card = dragged.current;
    dragged.current = null;
    if (card) move(card, target, position);
  };

  return (
    <Page title="Affinity board" caption={strategy?.name} before={<BackLink to={paths.strategy(orgId, strategyId)}>Back to the strategy</BackLink>}>
      <p className="nhsuk-body">
        Sort evidence into clusters of things that belong together, then make a cluster an insight. Drag a card with the mouse, or use its Actions button
        to move it with the keyboard. Personal information in the quotes is masked.
      </p>
      <MoveFeedback announcement={feedback.announcement} error={feedback.error} />
      {board.isPending && <Loading what="the board" />}
      {board.isError && <LoadError error={board.error} what="The board" />}
      {data && (
        <>
          {data.can.change && (
            <p className="nhsuk-body">
              To add cards, search or filter the <Link to={paths.evidence(orgId, strategyId)}>evidence library</Link> and choose “Put these on the board”.
              The board holds {plural(data.totalCards, 'card')} of at most {data.limit.toLocaleString('en-GB')}.
            </p>
          )}
          {data.can.change && <NewClusterForm commands={commands} onDone={announce} onError={fail} />}
          {data.totalCards === 0 && data.clusters.length === 0 ? (
            <EmptyState title="The board is empty.">
              <p className="nhsuk-body">
                {data.can.change
                  ? 'Open the evidence library, find what people said about one subject, and put it on the board. Then add clusters and sort the cards into them.'
                  : 'The strategy team has not put any evidence on the board yet.'}
              </p>
            </EmptyState>
          ) : (
            <div className="chorus-board chorus-affinity">
              {piles.map((pile, i) => {
                const cluster = pile.id ? data.clusters.find((c) => c.id === pile.id) ?? null : null;
                const cards = cluster ? cluster.cards : data.unsorted.cards;
                return (
                  <Pile
                    key={pile.id ?? 'unsorted'}
                    orgId={orgId}
                    strategyId={strategyId}
                    pile={pile}
                    cluster={cluster}
                    last={i === piles.length - 1}
                    cards={cards}
                    piles={piles}
                    can={data.can}
                    commands={commands}
                    onMore={() => setPerPile(perPile + BOARD_PILE_PAGE)}
                    onMove={move}
                    onRemove={remove}
                    onDragStart={(card) => { dragged.current = card; }}
                    onDrop={dropOn}
                    onDone={announce}
                    onError={fail}
                  />
                );
              })}
            </div>
          )}
        </>
      )}
    </Page>
  );
}

function NewClusterForm({ commands, onDone, onError }: { commands: BoardCommands; onDone(m: string): void; onError(e: Error): void }) {
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (commands.createCluster.isPending) return;
    if (!name.trim()) return setProblem('Enter a name for the cluster');
    setProblem(undefined);
    commands.createCluster.mutate(name, { onSuccess: () => { onDone(`Added the cluster “${name.trim()}”.`); setName(''); }, onError });
  };
  return (
    <form onSubmit={submit} noValidate className="chorus-board__new-column">
      <TextInput
        id="new-cluster"
        label="New cluster"
        hint="Name it for what its cards have in common, as a statement: it becomes the insight's wording."
        value={name}
        onChange={setName}
        error={problem}
        maxLength={CLUSTER_NAME_MAX}
        width={30}
      />
      <Button type="submit" variant="secondary" busy={commands.createCluster.isPending}>
        Add the cluster
      </Button>
    </form>
  );
}
