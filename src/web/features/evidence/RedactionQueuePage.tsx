import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { REDACTION_KIND_LABELS, type Redaction, type RedactionQueue } from '../../../shared/contracts/redactions.js';
import { api } from '../../app/api.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { BackLink } from '../../ui/BackLink.js';
import { Button } from '../../ui/Button.js';
import { Page } from '../../ui/Page.js';
import { EmptyState, LoadError, Loading } from '../../ui/status.js';
import { Tag } from '../../ui/Tag.js';
import './excerpts.scss';

type Status = Redaction['status'];
type Decision = 'confirm' | 'reverse';
const STATUSES: { status: Status; label: string }[] = [
  { status: 'suggested', label: 'To check' },
  { status: 'confirmed', label: 'Masked' },
  { status: 'manual', label: 'Masked by hand' },
  { status: 'reversed', label: 'Shown' },
];
const SOURCE_LABELS: Record<string, string> = {
  survey_answer: 'Survey answer',
  system_comment: 'Comment about a system',
  interview_note: 'Interview notes',
  interview_excerpt: 'Interview excerpt',
  sticky_note: 'Workshop sticky note',
};
const kindLabel = (kind: string) => REDACTION_KIND_LABELS[kind] ?? kind;

/**
 * "Personal information to check": what the machine found in people's words. Each detection is
 * shown with only a few words around it; masking it (confirm) or showing it (reverse) is one button,
 * and the last decision can be undone from the status line, which takes focus so keyboard users
 * carry on from there to the next detection.
 */
export function RedactionQueuePage() {
  const orgId = useOrgId();
  const { strategyId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const status = (STATUSES.find((s) => s.status === search.get('status'))?.status ?? 'suggested') satisfies Status;
  const client = useQueryClient();
  const queue = useQuery({
    queryKey: ['redactions', strategyId, status],
    queryFn: () => api.get<RedactionQueue>(`/strategies/${strategyId}/redactions?status=${status}`),
    // While the machine is still reading new evidence, new detections keep arriving.
    refetchInterval: (q) => ((q.state.data?.unanalysed ?? 0) > 0 ? 3000 : false),
  });
  const [last, setLast] = useState<{ redaction: Redaction; decision: Decision } | null>(null);
  const statusLine = useRef<HTMLParagraphElement>(null);
  const decide = useMutation({
    mutationFn: ({ redaction, decision }: { redaction: Redaction; decision: Decision }) =>
      api.post(`/strategies/${strategyId}/redactions/${redaction.id}/${decision}`, {}),
    onSuccess: () => client.invalidateQueries({ queryKey: ['redactions', strategyId] }),
  });
  useEffect(() => {
    if (last) statusLine.current?.focus();
  }, [last]);

  const act = (redaction: Redaction, decision: Decision) =>
    decide.mutate({ redaction, decision }, { onSuccess: () => setLast({ redaction, decision }) });
  const undo = () => {
    if (!last) return;
    const opposite: Decision = last.decision === 'confirm' ? 'reverse' : 'confirm';
    decide.mutate({ redaction: last.redaction, decision: opposite }, { onSuccess: () => setLast({ redaction: last.redaction, decision: opposite }) });
  };

  return (
    <Page title="Personal information to check" before={<BackLink to={paths.strategy(orgId, strategyId)}>Back to the strategy</BackLink>}>
      <p className="nhsuk-body">
        Chorus looks for names, phone numbers, email addresses, NHS numbers and postcodes in what people said, on this machine.
        Masked words never leave the evidence library: quotes on the board, in insights and in the playback show{' '}
        <span className="chorus-nowrap">[name]</span> instead. Check each one: mask it, or show it if it is not personal.
      </p>
      {queue.isPending && <Loading what="the personal information to check" />}
      {queue.isError && <LoadError error={queue.error} what="The personal information to check" />}
      {queue.data && (
        <>
          <nav aria-label="Detections by decision">
            <ul className="nhsuk-list chorus-inline-list">
              {STATUSES.map((s) => (
                <li key={s.status}>
                  {s.status === status ? (
                    <strong aria-current="page">
                      {s.label} ({queue.data.counts[s.status]})
                    </strong>
                  ) : (
                    <Link to={`?status=${s.status}`} onClick={() => setSearch({ status: s.status })}>
                      {s.label} ({queue.data.counts[s.status]})
                    </Link>
                  )}
                </li>
              ))}
            </ul>
          </nav>
          {queue.data.unanalysed > 0 && (
            <p className="nhsuk-body-s" role="status">
              {queue.data.unanalysed} {queue.data.unanalysed === 1 ? 'item is' : 'items are'} still being read. This list updates
              by itself.
            </p>
          )}
          {last && (
            <p className="nhsuk-body chorus-redaction-last" ref={statusLine} tabIndex={-1} role="status">
              {last.decision === 'confirm' ? 'Masked' : 'Shown'}: {kindLabel(last.redaction.kind).toLowerCase()} “{last.redaction.span}”.{' '}
              <Button variant="secondary" small onClick={undo} busy={decide.isPending}>
                Undo<span className="nhsuk-u-visually-hidden"> the last decision</span>
              </Button>
            </p>
          )}
          {decide.isError && (
            <p className="nhsuk-error-message" role="alert">
              {decide.error.message}
            </p>
          )}
          {queue.data.redactions.length === 0 ? (
            <EmptyState title={status === 'suggested' ? 'Nothing to check' : 'None here'}>
              <p className="nhsuk-body">
                {status === 'suggested'
                  ? 'Everything found so far has been checked. New survey answers, notes and sticky notes are read as they arrive.'
                  : 'No detections have this decision yet.'}
              </p>
            </EmptyState>
          ) : (
            <ul className="nhsuk-list chorus-redactions">
              {queue.data.redactions.map((r) => (
                <RedactionRow key={r.id} redaction={r} busy={decide.isPending} onDecide={(d) => act(r, d)} />
              ))}
            </ul>
          )}
        </>
      )}
    </Page>
  );
}

function RedactionRow({ redaction, busy, onDecide }: { redaction: Redaction; busy: boolean; onDecide: (decision: Decision) => void }) {
  const label = `${kindLabel(redaction.kind).toLowerCase()} “${redaction.span}”`;
  return (
    <li className="chorus-redaction">
      <p className="nhsuk-body-s chorus-muted">
        <Tag colour="blue">{kindLabel(redaction.kind)}</Tag> {SOURCE_LABELS[redaction.source] ?? redaction.source}
        {redaction.decidedBy ? `, decided by ${redaction.decidedBy}` : ''}
      </p>
      <p className="nhsuk-body chorus-redaction__context">
        {redaction.before}
        <mark className="chorus-redaction__span">{redaction.span}</mark>
        {redaction.after}
      </p>
      <div className="nhsuk-button-group">
        {redaction.status !== 'confirmed' && redaction.status !== 'manual' && (
          <Button small onClick={() => onDecide('confirm')} busy={busy}>
            Mask it<span className="nhsuk-u-visually-hidden">: {label}</span>
          </Button>
        )}
        {redaction.status !== 'reversed' && (
          <Button small variant="secondary" onClick={() => onDecide('reverse')} busy={busy}>
            {redaction.status === 'suggested' ? 'Not personal: show it' : 'Show it'}
            <span className="nhsuk-u-visually-hidden">: {label}</span>
          </Button>
        )}
      </div>
    </li>
  );
}
