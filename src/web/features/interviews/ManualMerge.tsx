import { useState, type FormEvent } from 'react';
import { ITEM_KIND_LABELS, ITEM_KINDS, type MergeTopics, type TopicOverview } from '../../../shared/contracts/interviews.js';
import { Button } from '../../ui/Button.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { Select, TextInput } from '../../ui/fields.js';
import type { Notify } from '../../ui/SuccessBanner.js';
import { useMergeTopics } from './api.js';

/** Runs a merge and reports the outcome in the page's success banner, or the server's reason. */
export function useMergeWithNotice(strategyId: string, onChange: Notify) {
  const merge = useMergeTopics(strategyId);
  const [error, setError] = useState<string | null>(null);
  const run = (input: MergeTopics, after: () => void) => {
    setError(null);
    merge.mutate(input, {
      onSuccess: (overview) => {
        const all = [...overview.drivers, ...overview.priorities];
        const target = all.find((t) => t.id === input.targetTopicId);
        onChange(target ? `Merged into “${target.label}”, now named in ${target.interviewCount} interviews.` : 'Merged.');
      },
      onError: (e) => setError(e.message),
      onSettled: after,
    });
  };
  return { run, error, isPending: merge.isPending };
}

/**
 * Merging any topics a person knows to be the same ("EPR" and "Electronic patient record"
 * share no word, so no suggestion finds them): choose the one to keep, tick the others.
 */
export function ManualMerge({ strategyId, data, onChange }: { strategyId: string; data: TopicOverview; onChange: Notify }) {
  const [targetId, setTargetId] = useState('');
  const [others, setOthers] = useState<string[]>([]);
  const [label, setLabel] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const merge = useMergeWithNotice(strategyId, onChange);
  const all = [...data.drivers, ...data.priorities];
  const target = all.find((t) => t.id === targetId);
  const candidates = target ? all.filter((t) => t.kind === target.kind && t.id !== target.id) : [];
  if (all.length < 2) return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!target) return setProblem('Choose the driver or priority to keep');
    if (others.length === 0) return setProblem('Tick at least one to merge into it');
    setProblem(null);
    setConfirming(true);
  };

  return (
    <section aria-labelledby="manual-merge-heading">
      <h2 className="nhsuk-heading-m" id="manual-merge-heading">
        Merge by hand
      </h2>
      <form onSubmit={submit} noValidate>
        <Select
          id="merge-target"
          label="Keep this one"
          labelClassName="nhsuk-label--s"
          options={[
            { value: '', label: 'Choose…' },
            ...ITEM_KINDS.flatMap((kind) =>
              all.filter((t) => t.kind === kind).map((t) => ({ value: t.id, label: `${ITEM_KIND_LABELS[kind].one}: ${t.label}` })),
            ),
          ]}
          value={targetId}
          onChange={(value) => {
            setTargetId(value);
            setOthers([]);
          }}
          error={problem && !target ? problem : undefined}
        />
        {target && (
          <div className={['nhsuk-form-group', problem ? 'nhsuk-form-group--error' : null].filter(Boolean).join(' ')}>
            <fieldset className="nhsuk-fieldset">
              <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Merge these into it</legend>
              {problem && <span className="nhsuk-error-message">{problem}</span>}
              <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
                {candidates.map((t) => (
                  <div key={t.id} className="nhsuk-checkboxes__item">
                    <input
                      className="nhsuk-checkboxes__input"
                      id={`merge-${t.id}`}
                      type="checkbox"
                      checked={others.includes(t.id)}
                      onChange={(event) => setOthers(event.target.checked ? [...others, t.id] : others.filter((id) => id !== t.id))}
                    />
                    <label className="nhsuk-label nhsuk-checkboxes__label chorus-break-anywhere" htmlFor={`merge-${t.id}`}>
                      {t.label} ({t.interviewCount})
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
        )}
        {target && (
          <TextInput
            id="merge-label"
            label="New name (optional)"
            labelClassName="nhsuk-label--s"
            hint={`Leave empty to keep “${target.label}”`}
            value={label}
            onChange={setLabel}
          />
        )}
        <Button type="submit" variant="secondary">
          Merge
        </Button>
      </form>
      {merge.error && <p className="nhsuk-error-message">{merge.error}</p>}
      <ConfirmDialog
        open={confirming}
        title={`Merge ${others.length} into “${label.trim() || target?.label || ''}”?`}
        confirmLabel="Merge"
        destructive={false}
        busy={merge.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          target &&
          merge.run({ targetTopicId: target.id, topicIds: others, ...(label.trim() ? { label: label.trim() } : {}) }, () => {
            setConfirming(false);
            setOthers([]);
            setTargetId('');
            setLabel('');
          })
        }
      >
        Every leader who named them will be counted once under the kept one. Each item keeps its own wording, and can be split
        out again.
      </ConfirmDialog>
    </section>
  );
}
