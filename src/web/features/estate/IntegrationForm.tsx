import { useState, type FormEvent } from 'react';
import { FREQUENCIES, FREQUENCY_LABELS, INTERFACE_TYPES, INTERFACE_TYPE_LABELS, ZIntegrationInput, type IntegrationView } from '../../../shared/contracts/estate.js';
import { MAX_NOTES_LENGTH } from '../../../shared/contracts/interviews.js';
import { Button } from '../../ui/Button.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { Select } from '../../ui/fields.js';
import { useFormProblem } from '../../ui/form-problem.js';
import { Radios } from '../../ui/Radios.js';
import { Textarea } from '../../ui/Textarea.js';
import { useCreateIntegration, useSystemChoices, useUpdateIntegration } from './api.js';
import { optionsOf } from './labels.js';
import type { SystemView } from './types.js';

const fieldIds = {
  otherSystemId: 'integration-other',
  direction: 'integration-direction',
  interfaceType: 'integration-interface',
  frequency: 'integration-frequency',
  notes: 'integration-notes',
};

interface Props {
  orgId: string;
  system: SystemView;
  existing: IntegrationView | undefined;
  onDone(message: string): void;
  onCancel(): void;
}

/** Links this system with another: which one, which way data flows, how, and how often. */
export function IntegrationForm({ orgId, system, existing, onDone, onCancel }: Props) {
  const form = useFormProblem();
  const choices = useSystemChoices(orgId);
  const create = useCreateIntegration(orgId);
  const update = useUpdateIntegration(orgId);
  const outgoing = existing ? existing.source.id === system.id : true;
  const [other, setOther] = useState(existing ? (outgoing ? existing.target.id : existing.source.id) : '');
  const [direction, setDirection] = useState(outgoing ? 'out' : 'in');
  const [interfaceType, setInterfaceType] = useState<string>(existing?.interfaceType ?? '');
  const [frequency, setFrequency] = useState<string>(existing?.frequency ?? '');
  const [notes, setNotes] = useState(existing?.notes ?? '');
  const busy = create.isPending || update.isPending;
  const others = (choices.data?.systems ?? []).filter((s) => s.id !== system.id);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!other) return form.set({ detail: null, fields: { otherSystemId: 'Choose the other system' } });
    const [sourceSystemId, targetSystemId] = direction === 'out' ? [system.id, other] : [other, system.id];
    const parsed = ZIntegrationInput.safeParse({ sourceSystemId, targetSystemId, interfaceType: interfaceType || undefined, frequency: frequency || null, notes });
    if (!parsed.success) {
      // The contract names the target; on this form that is the "other system" select.
      const problem = parsed.error.issues.find((i) => i.path[0] === 'targetSystemId');
      if (problem) return form.set({ detail: null, fields: { otherSystemId: problem.message } });
      return form.showZod(parsed.error);
    }
    form.clear();
    const options = { onSuccess: () => onDone(existing ? 'The integration has been saved.' : 'The integration has been added.'), onError: form.showError };
    if (existing) update.mutate({ id: existing.id, input: parsed.data }, options);
    else create.mutate(parsed.data, options);
  };

  return (
    <div className="chorus-estate-panel">
      <h3 className="nhsuk-heading-s">{existing ? 'Edit the integration' : 'Add an integration'}</h3>
      <ErrorSummary problem={form.problem} fieldIds={fieldIds} />
      <form onSubmit={submit} noValidate>
        <Select
          id={fieldIds.otherSystemId}
          label="Other system"
          options={[{ value: '', label: 'Choose a system' }, ...others.map((s) => ({ value: s.id, label: s.name }))]}
          value={other}
          onChange={setOther}
          error={form.field('otherSystemId')}
        />
        <Radios
          id={fieldIds.direction}
          name="direction"
          legend="Which way does data flow?"
          options={[
            { value: 'out', label: `From ${system.name} to the other system` },
            { value: 'in', label: `From the other system to ${system.name}` },
          ]}
          value={direction}
          onChange={setDirection}
        />
        <Select
          id={fieldIds.interfaceType}
          label="Interface type"
          options={[{ value: '', label: 'Choose an interface type' }, ...optionsOf(INTERFACE_TYPES, INTERFACE_TYPE_LABELS)]}
          value={interfaceType}
          onChange={setInterfaceType}
          error={form.field('interfaceType')}
        />
        <Select
          id={fieldIds.frequency}
          label="How often (optional)"
          options={optionsOf(FREQUENCIES, FREQUENCY_LABELS, 'Not recorded')}
          value={frequency}
          onChange={setFrequency}
          error={form.field('frequency')}
        />
        <Textarea id={fieldIds.notes} label="Notes (optional)" rows={3} maxLength={MAX_NOTES_LENGTH} value={notes} onChange={setNotes} error={form.field('notes')} />
        <div className="nhsuk-button-group">
          <Button type="submit" busy={busy}>
            {existing ? 'Save the integration' : 'Add the integration'}
          </Button>
          <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </div>
  );
}
