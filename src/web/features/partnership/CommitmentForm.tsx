import { useId, useState, type FormEvent } from 'react';
import { COMMITMENT_MAX, PARTNERSHIP_SIDE_LABELS, type Commitment, type PartnershipSide } from '../../../shared/contracts/partnership.js';
import { Button } from '../../ui/Button.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { useFormProblem } from '../../ui/form-problem.js';
import { Radios } from '../../ui/Radios.js';
import { Textarea } from '../../ui/Textarea.js';
import { useInsights } from '../insights/api.js';
import { StrengthTag } from '../insights/StrengthTag.js';
import { useAddCommitment, useUpdateCommitment } from './api.js';

interface Props {
  strategyId: string;
  versionId: string;
  side: PartnershipSide;
  /** The commitment being edited; absent when adding one. */
  commitment?: Commitment;
  onDone(message: string): void;
  onCancel(): void;
}

/** Writes or changes one commitment: its words, its side (when editing) and the insights it answers. */
export function CommitmentForm({ strategyId, versionId, side, commitment, onDone, onCancel }: Props) {
  const id = useId().replace(/:/g, '');
  const [text, setText] = useState(commitment?.text ?? '');
  const [chosenSide, setChosenSide] = useState<PartnershipSide>(commitment?.side ?? side);
  const [insightIds, setInsightIds] = useState<string[]>(commitment?.insights.map((i) => i.id) ?? []);
  const insights = useInsights(strategyId, '');
  const add = useAddCommitment(versionId);
  const update = useUpdateCommitment(versionId);
  const { problem, showError, set, field } = useFormProblem();
  const busy = add.isPending || update.isPending;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    // A commitment is one line: line breaks typed into the box become spaces.
    const oneLine = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
    if (!oneLine) return set({ detail: null, fields: { text: 'Enter the commitment' } });
    if (oneLine.length > COMMITMENT_MAX) return set({ detail: null, fields: { text: `The commitment must be ${COMMITMENT_MAX} characters or fewer` } });
    const done = { onSuccess: () => onDone(commitment ? 'Commitment saved.' : 'Commitment added.'), onError: showError };
    if (commitment) update.mutate({ id: commitment.id, input: { text: oneLine, side: chosenSide, insightIds } }, done);
    else add.mutate({ side, text: oneLine, insightIds }, done);
  };
  const toggle = (insightId: string, on: boolean) => setInsightIds((ids) => (on ? [...ids, insightId] : ids.filter((i) => i !== insightId)));

  return (
    <form className="chorus-commitment-form" onSubmit={submit} noValidate aria-label={commitment ? 'Edit the commitment' : `Add a commitment: ${PARTNERSHIP_SIDE_LABELS[side]}`}>
      <ErrorSummary problem={problem} fieldIds={{ text: `${id}-text`, side: `${id}-side`, insightIds: `${id}-insights` }} />
      <Textarea
        id={`${id}-text`}
        name="text"
        label={commitment ? 'Commitment' : 'New commitment'}
        labelClassName="nhsuk-label--s"
        hint="One sentence in plain English, as staff would say it."
        value={text}
        onChange={setText}
        maxLength={COMMITMENT_MAX}
        rows={3}
        error={field('text')}
      />
      {commitment && (
        <Radios
          id={`${id}-side`}
          name={`${id}-side`}
          legend="Side"
          value={chosenSide}
          onChange={(v) => setChosenSide(v as PartnershipSide)}
          error={field('side')}
          options={(Object.keys(PARTNERSHIP_SIDE_LABELS) as PartnershipSide[]).map((s) => ({ value: s, label: PARTNERSHIP_SIDE_LABELS[s] }))}
        />
      )}
      <div className={['nhsuk-form-group', field('insightIds') ? 'nhsuk-form-group--error' : null].filter(Boolean).join(' ')}>
        <fieldset className="nhsuk-fieldset" id={`${id}-insights`}>
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Insights it answers (optional)</legend>
          {field('insightIds') && (
            <span className="nhsuk-error-message">
              <span className="nhsuk-u-visually-hidden">Error:</span> {field('insightIds')}
            </span>
          )}
          {insights.isPending && <p className="nhsuk-body-s">Loading the insights…</p>}
          {insights.data?.insights.length === 0 && <p className="nhsuk-body-s">This strategy has no insights yet. You can link them later.</p>}
          {insights.data && insights.data.insights.length > 0 && (
            <div className="nhsuk-checkboxes nhsuk-checkboxes--small chorus-commitment-form__insights">
              {insights.data.insights.map((insight) => (
                <div className="nhsuk-checkboxes__item" key={insight.id}>
                  <input
                    className="nhsuk-checkboxes__input"
                    id={`${id}-insight-${insight.id}`}
                    type="checkbox"
                    checked={insightIds.includes(insight.id)}
                    onChange={(e) => toggle(insight.id, e.target.checked)}
                  />
                  <label className="nhsuk-label nhsuk-checkboxes__label chorus-break-anywhere" htmlFor={`${id}-insight-${insight.id}`}>
                    {insight.statement} <StrengthTag level={insight.strength.level} />
                  </label>
                </div>
              ))}
            </div>
          )}
        </fieldset>
      </div>
      <div className="chorus-partnership-buttons">
        <Button type="submit" busy={busy}>
          {commitment ? 'Save the commitment' : 'Add the commitment'}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
