import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { CLUSTER_NAME_MAX, type BoardCluster } from '../../../shared/contracts/board.js';
import { Button, ButtonGroup } from '../../ui/Button.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { TextInput } from '../../ui/fields.js';
import { plural } from '../../ui/format.js';
import type { BoardCommands } from './api.js';

const LEVEL_WORDS = { strong: 'Strong', moderate: 'Moderate', emerging: 'Emerging' } as const;
const insightPath = (orgId: string, strategyId: string, id: string) => `/orgs/${orgId}/strategies/${strategyId}/insights/${id}`;

interface Props {
  orgId: string;
  strategyId: string;
  cluster: BoardCluster;
  count: number;
  last: boolean;
  canChange: boolean;
  canMakeInsight: boolean;
  commands: BoardCommands;
  onDone(message: string): void;
  onError(error: Error): void;
}

/** A cluster's own controls: rename, move among the clusters, delete after asking, make an insight. */
export function ClusterControls({ orgId, strategyId, cluster, count, last, canChange, canMakeInsight, commands, onDone, onError }: Props) {
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(cluster.name);
  const [problem, setProblem] = useState<string | undefined>();
  const [confirming, setConfirming] = useState(false);
  // The button that made the insight disappears with it; focus goes to the insight's new link
  // rather than falling back to the top of the page.
  const [madeInsight, setMadeInsight] = useState(false);
  const insightLink = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (madeInsight && cluster.insight) {
      insightLink.current?.focus();
      setMadeInsight(false);
    }
  }, [madeInsight, cluster.insight]);

  const rename = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setProblem('Enter a name for the cluster');
    setProblem(undefined);
    commands.updateCluster.mutate(
      { id: cluster.id, name },
      { onSuccess: (saved) => { setRenaming(false); onDone(`Renamed the cluster to “${saved.name}”.`); }, onError },
    );
  };
  const shift = (by: number) =>
    commands.updateCluster.mutate(
      { id: cluster.id, position: Math.max(0, cluster.position + by) },
      { onSuccess: (saved) => onDone(`Moved the cluster “${saved.name}” to place ${saved.position + 1}.`), onError },
    );
  const makeInsight = () =>
    commands.makeInsight.mutate(cluster.id, {
      onSuccess: (made) => {
        setMadeInsight(true);
        onDone(made.created ? `“${cluster.name}” is now an insight. Its link is under the cluster's name.` : `“${cluster.name}” was already an insight.`);
      },
      onError,
    });

  return (
    <div className="chorus-cluster-controls">
      {cluster.insight && (
        <div className="chorus-cluster-insight">
          <p className="nhsuk-body-s">
            Insight: <Link ref={insightLink} to={insightPath(orgId, strategyId, cluster.insight.id)}>{cluster.insight.statement}</Link>
          </p>
          <p className="nhsuk-body-s">
            Strength: <strong>{LEVEL_WORDS[cluster.insight.strength.level]}</strong>, {plural(cluster.insight.strength.items, 'piece')} of evidence from{' '}
            {plural(cluster.insight.strength.sourceKinds, 'kind')} of source
          </p>
        </div>
      )}
      {renaming ? (
        <form onSubmit={rename} noValidate>
          <TextInput id={`rename-${cluster.id}`} label="Cluster name" value={name} onChange={setName} error={problem} maxLength={CLUSTER_NAME_MAX} />
          <ButtonGroup>
            <Button type="submit" small busy={commands.updateCluster.isPending}>Save</Button>
            <Button variant="secondary" small onClick={() => { setName(cluster.name); setRenaming(false); }}>Cancel</Button>
          </ButtonGroup>
        </form>
      ) : (
        canChange && (
          <div className="chorus-board__column-actions">
            {canMakeInsight && !cluster.insight && count > 0 && (
              <button type="button" className="chorus-sticky__button" onClick={makeInsight} aria-disabled={commands.makeInsight.isPending || undefined}>
                Make this an insight<span className="nhsuk-u-visually-hidden"> (the cluster {cluster.name})</span>
              </button>
            )}
            <button type="button" className="chorus-sticky__button" onClick={() => setRenaming(true)}>
              Rename<span className="nhsuk-u-visually-hidden"> the cluster {cluster.name}</span>
            </button>
            <button type="button" className="chorus-sticky__button" onClick={() => shift(-1)} disabled={cluster.position === 0}>
              Earlier<span className="nhsuk-u-visually-hidden"> (move the cluster {cluster.name} one place earlier)</span>
            </button>
            <button type="button" className="chorus-sticky__button" onClick={() => shift(1)} disabled={last}>
              Later<span className="nhsuk-u-visually-hidden"> (move the cluster {cluster.name} one place later)</span>
            </button>
            <button type="button" className="chorus-sticky__button chorus-sticky__button--warning" onClick={() => setConfirming(true)}>
              Delete<span className="nhsuk-u-visually-hidden"> the cluster {cluster.name}</span>
            </button>
          </div>
        )
      )}
      <ConfirmDialog
        open={confirming}
        title={`Delete the cluster “${cluster.name}”?`}
        confirmLabel="Delete the cluster"
        busy={commands.deleteCluster.isPending}
        onConfirm={() =>
          commands.deleteCluster.mutate(cluster.id, {
            onSuccess: (r) => { setConfirming(false); onDone(`Deleted the cluster “${cluster.name}”. ${plural(r.cardsReturned, 'card')} went back to Unsorted.`); },
            onError: (e) => { setConfirming(false); onError(e); },
          })
        }
        onCancel={() => setConfirming(false)}
      >
        <p className="nhsuk-body">
          {count ? `Its ${plural(count, 'card')} go back to the end of the Unsorted pile; nothing is taken off the board.` : 'It has no cards.'}
          {cluster.insight ? ' The insight made from it stays.' : ''}
        </p>
      </ConfirmDialog>
    </div>
  );
}
