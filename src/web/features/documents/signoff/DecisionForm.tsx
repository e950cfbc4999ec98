import { useState, type FormEvent } from 'react';
import { SIGN_OFF_MESSAGE_MAX, ZSignOffDecision, type Decision } from '../../../../shared/contracts/document-signoff.js';
import { Button } from '../../../ui/Button.js';
import { ErrorSummary } from '../../../ui/ErrorSummary.js';
import { useFormProblem } from '../../../ui/form-problem.js';
import { Radios } from '../../../ui/Radios.js';
import type { Notify } from '../../../ui/SuccessBanner.js';
import { Textarea } from '../../../ui/Textarea.js';
import { useDecideSignOff } from './api.js';

const OPTIONS = [
  { value: 'approved', label: 'Approve this version', hint: 'You agree it can be signed off as it is.' },
  { value: 'changes_requested', label: 'Ask for changes', hint: 'The round ends; the team makes the changes in a new version. Say what should change.' },
] as const;

/** A named approver's decision: approve, or ask for changes with a comment (required). A decision cannot be changed afterwards. */
export function DecisionForm({ versionId, versionNumber, notify }: { versionId: string; versionNumber: number; notify: Notify }) {
  const [decision, setDecision] = useState('');
  const [comment, setComment] = useState('');
  const form = useFormProblem();
  const decide = useDecideSignOff(versionId);

  const send = (event: FormEvent) => {
    event.preventDefault();
    const parsed = ZSignOffDecision.safeParse({ decision: decision || undefined, comment });
    if (!parsed.success) return form.showZod(parsed.error);
    form.clear();
    decide.mutate(parsed.data, {
      onSuccess: (result) =>
        notify(
          result.status === 'signed_off'
            ? `You approved version ${versionNumber}. Every approver has now approved it, so it is signed off.`
            : (parsed.data.decision as Decision) === 'approved'
              ? `You approved version ${versionNumber}.`
              : `You asked for changes to version ${versionNumber}. The team can see your comment.`,
        ),
      onError: form.showError,
    });
  };

  return (
    <form onSubmit={send} noValidate>
      <h3 className="nhsuk-heading-s">Your decision</h3>
      <ErrorSummary problem={form.problem} fieldIds={{ decision: 'signoff-decision', comment: 'signoff-comment' }} />
      <Radios id="signoff-decision" name="signoff-decision" legend={`Do you approve version ${versionNumber}?`} options={OPTIONS} value={decision} onChange={setDecision} error={form.field('decision')} />
      <Textarea
        id="signoff-comment"
        label={decision === 'changes_requested' ? 'What should change' : 'Comment (optional when approving)'}
        value={comment}
        onChange={setComment}
        error={form.field('comment')}
        maxLength={SIGN_OFF_MESSAGE_MAX}
        rows={4}
      />
      <Button type="submit" busy={decide.isPending}>
        Send decision
      </Button>
    </form>
  );
}
