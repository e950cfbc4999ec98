import { useState } from 'react';
import { Link } from 'react-router';
import type { PriorityList } from '../../../shared/contracts/priorities.js';
import { rankThemes } from '../../../shared/prioritisation.js';
import { paths } from '../../app/paths.js';
import { Button } from '../../ui/Button.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { plural } from '../../ui/format.js';
import type { Notify } from '../../ui/SuccessBanner.js';
import { Textarea } from '../../ui/Textarea.js';
import { useMovePriority } from './api.js';

interface Move {
  id: string;
  title: string;
  position: number;
}

/**
 * The order the team agreed, moved by hand one place at a time. A move that leaves the order the
 * saved scores give asks why first; the reason shows under the theme for everyone.
 */
export function AgreedOrder({ orgId, strategyId, data, notify, onError }: { orgId: string; strategyId: string; data: PriorityList; notify: Notify; onError(error: unknown): void }) {
  const move = useMovePriority();
  const [asking, setAsking] = useState<Move | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const scored = rankThemes(data.priorities, data.criteria).map((r) => r.id);

  const send = (m: Move, why?: string) =>
    move.mutate(
      { id: m.id, position: m.position, ...(why ? { reason: why } : {}) },
      {
        onSuccess: () => {
          setAsking(null);
          setReason('');
          notify(`“${m.title}” is now number ${m.position + 1}.`);
        },
        onError: (error) => {
          setAsking(null);
          onError(error);
        },
      },
    );

  const start = (m: Move) => {
    const ids = data.priorities.map((p) => p.id).filter((id) => id !== m.id);
    ids.splice(m.position, 0, m.id);
    if (ids.every((id, i) => scored[i] === id)) return send(m);
    setReasonError(undefined);
    setAsking(m);
  };

  return (
    <section aria-labelledby="agreed-order-heading">
      <h2 className="nhsuk-heading-m" id="agreed-order-heading">The agreed order</h2>
      <p className="nhsuk-body">{plural(data.priorities.length, 'priority theme', 'priority themes')}, first first.</p>
      <ol className="chorus-priority-order">
        {data.priorities.map((p, i) => (
          <li key={p.id} className="nhsuk-card chorus-priority-card">
            <div className="nhsuk-card__content">
              <h3 className="nhsuk-heading-s chorus-break-anywhere">
                <Link to={paths.priority(orgId, strategyId, p.id)}>{p.title}</Link>
              </h3>
              {p.summary && <p className="nhsuk-body-s chorus-break-anywhere">{p.summary}</p>}
              <p className="nhsuk-body-s">
                {plural(p.insightCount, 'insight')} · Sponsor: {p.sponsor || 'not named yet'} · Lead: {p.lead || 'not named yet'}
              </p>
              {p.positionReason && <p className="nhsuk-body-s chorus-break-anywhere"><strong>Why it is here:</strong> {p.positionReason}</p>}
              {data.can.edit && (
                <div className="chorus-priority-card__moves">
                  <Button variant="secondary" small disabled={i === 0} onClick={() => start({ id: p.id, title: p.title, position: i - 1 })}>
                    Move up<span className="nhsuk-u-visually-hidden"> {p.title}</span>
                  </Button>
                  <Button variant="secondary" small disabled={i === data.priorities.length - 1} onClick={() => start({ id: p.id, title: p.title, position: i + 1 })}>
                    Move down<span className="nhsuk-u-visually-hidden"> {p.title}</span>
                  </Button>
                </div>
              )}
            </div>
          </li>
        ))}
      </ol>
      <ConfirmDialog
        open={asking !== null}
        title={`Move “${asking?.title ?? ''}” to number ${(asking?.position ?? 0) + 1}?`}
        confirmLabel="Move it"
        destructive={false}
        busy={move.isPending}
        onCancel={() => setAsking(null)}
        onConfirm={() => {
          if (!asking) return;
          if (!reason.trim()) return setReasonError('Give a reason for the new order');
          send(asking, reason.trim());
        }}
      >
        <p className="nhsuk-body">This order differs from the one the scores give. Say why, so that everyone reading the strategy can see.</p>
        <Textarea id="move-reason" label="Reason" rows={3} maxLength={1000} value={reason} onChange={setReason} error={reasonError} />
      </ConfirmDialog>
    </section>
  );
}
