import { useState, type FormEvent } from 'react';
import { todayInLondon } from '../../../shared/calendar-date.js';
import { RAG_LABELS, RAGS, ZRecordUpdate } from '../../../shared/contracts/delivery.js';
import { INITIATIVE_STATUSES, STATUS_LABELS, type InitiativeStatus } from '../../../shared/contracts/roadmap.js';
import { Button } from '../../ui/Button.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { Select, TextInput } from '../../ui/fields.js';
import { useFormProblem } from '../../ui/form-problem.js';
import { Radios } from '../../ui/Radios.js';
import { Textarea } from '../../ui/Textarea.js';
import { useRecordUpdate } from './api.js';

const ids = { recordedOn: 'update-date', status: 'update-status', rag: 'update-rag', ragReason: 'update-rag-reason', percentComplete: 'update-percent', note: 'update-note', blockers: 'update-blockers' };

interface Props {
  initiativeId: string;
  /** Where the last update left it, so a new one starts from there. */
  current: { status: InitiativeStatus; percentComplete: number };
  onRecorded(): void;
}

/** A dated delivery update: status, RAG (a reason unless green), percentage complete, what happened, blockers. */
export function RecordUpdateForm({ initiativeId, current, onRecorded }: Props) {
  const form = useFormProblem();
  const record = useRecordUpdate(initiativeId);
  const [recordedOn, setRecordedOn] = useState(todayInLondon());
  const [status, setStatus] = useState<string>(current.status);
  const [rag, setRag] = useState('green');
  const [ragReason, setRagReason] = useState('');
  const [percent, setPercent] = useState(String(current.percentComplete));
  const [note, setNote] = useState('');
  const [blockers, setBlockers] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (record.isPending) return;
    const percentComplete = percent.trim() === '' ? Number.NaN : Number(percent);
    const parsed = ZRecordUpdate.safeParse({ recordedOn, status, rag, ragReason, percentComplete, note, blockers });
    if (!parsed.success) return form.showZod(parsed.error);
    form.clear();
    record.mutate(parsed.data, {
      onSuccess: () => {
        setNote('');
        setBlockers('');
        setRagReason('');
        onRecorded();
      },
      onError: form.showError,
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="record-update-heading">
      <h3 className="nhsuk-heading-s" id="record-update-heading">Record an update</h3>
      <ErrorSummary problem={form.problem} fieldIds={ids} />
      <TextInput id={ids.recordedOn} label="Date of the update" type="date" width={10} value={recordedOn} onChange={setRecordedOn} error={form.field('recordedOn')} />
      <Select id={ids.status} label="Status" value={status} onChange={setStatus} options={INITIATIVE_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))} error={form.field('status')} />
      <Radios id={ids.rag} name="rag" legend="RAG rating" value={rag} onChange={setRag} error={form.field('rag')} options={RAGS.map((r) => ({ value: r, label: RAG_LABELS[r] }))} />
      {rag !== 'green' && (
        <Textarea id={ids.ragReason} label="Why is it not green?" rows={2} maxLength={1000} value={ragReason} onChange={setRagReason} error={form.field('ragReason')} />
      )}
      <TextInput id={ids.percentComplete} label="Percentage complete" hint="A whole number from 0 to 100." inputMode="numeric" width={3} value={percent} onChange={setPercent} error={form.field('percentComplete')} />
      <Textarea id={ids.note} label="What happened (optional)" rows={3} maxLength={5000} value={note} onChange={setNote} error={form.field('note')} />
      <Textarea id={ids.blockers} label="Blockers (optional)" rows={2} maxLength={2000} value={blockers} onChange={setBlockers} error={form.field('blockers')} />
      <Button type="submit" busy={record.isPending}>Record the update</Button>
    </form>
  );
}
