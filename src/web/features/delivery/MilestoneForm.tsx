import { useId, useState, type FormEvent } from 'react';
import { MILESTONE_TITLE_MAX, ZAddMilestone, ZUpdateMilestone, type Milestone } from '../../../shared/contracts/delivery.js';
import { Button } from '../../ui/Button.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { TextInput } from '../../ui/fields.js';
import { useFormProblem } from '../../ui/form-problem.js';
import { useAddMilestone, useUpdateMilestone } from './api.js';

interface Props {
  initiativeId: string;
  /** The milestone being edited; without one, the form adds a new milestone. */
  editing?: Milestone;
  onSaved(title: string): void;
  onCancel?: () => void;
}

/**
 * Adds a milestone (what, due when) or edits one, where the done date can also be set or
 * cleared. Checked here with the server's own schema first, so every problem is said at once;
 * what is typed stays in the form when the server refuses it.
 */
export function MilestoneForm({ initiativeId, editing, onSaved, onCancel }: Props) {
  const prefix = useId();
  const ids = { title: `${prefix}-title`, dueOn: `${prefix}-due`, doneOn: `${prefix}-done` };
  const form = useFormProblem();
  const add = useAddMilestone(initiativeId);
  const update = useUpdateMilestone();
  const [title, setTitle] = useState(editing?.title ?? '');
  const [dueOn, setDueOn] = useState(editing?.dueOn ?? '');
  const [doneOn, setDoneOn] = useState(editing?.doneOn ?? '');
  const busy = add.isPending || update.isPending;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const done = { onSuccess: (m: Milestone) => { if (!editing) { setTitle(''); setDueOn(''); } onSaved(m.title); }, onError: form.showError };
    if (editing) {
      const parsed = ZUpdateMilestone.safeParse({ title, dueOn, doneOn: doneOn.trim() === '' ? null : doneOn });
      if (!parsed.success) return form.showZod(parsed.error);
      form.clear();
      update.mutate({ id: editing.id, ...parsed.data }, done);
    } else {
      const parsed = ZAddMilestone.safeParse({ title, dueOn });
      if (!parsed.success) return form.showZod(parsed.error);
      form.clear();
      add.mutate(parsed.data, done);
    }
  };

  const heading = editing ? `Change “${editing.title}”` : 'Add a milestone';
  return (
    <form onSubmit={submit} noValidate aria-label={heading} className="chorus-milestone-form">
      {!editing && <h4 className="nhsuk-heading-xs">{heading}</h4>}
      <ErrorSummary problem={form.problem} fieldIds={ids} />
      <TextInput id={ids.title} label="Milestone" hint="Like “Go-live in outpatients”." maxLength={MILESTONE_TITLE_MAX} value={title} onChange={setTitle} error={form.field('title')} />
      <TextInput id={ids.dueOn} label="Due date" type="date" width={10} value={dueOn} onChange={setDueOn} error={form.field('dueOn')} />
      {editing && (
        <TextInput id={ids.doneOn} label="Done date (optional)" hint="Leave empty if it is not done yet." type="date" width={10} value={doneOn} onChange={setDoneOn} error={form.field('doneOn')} />
      )}
      <div className="nhsuk-button-group">
        <Button type="submit" variant={editing ? 'primary' : 'secondary'} busy={busy}>
          {editing ? 'Save the milestone' : 'Add the milestone'}
        </Button>
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
