import { useState, type FormEvent } from 'react';
import { SIGN_OFF_MESSAGE_MAX, ZSubmitForSignOff, type SignOffPage } from '../../../../shared/contracts/document-signoff.js';
import { Button } from '../../../ui/Button.js';
import { ErrorSummary } from '../../../ui/ErrorSummary.js';
import { useFormProblem } from '../../../ui/form-problem.js';
import type { Notify } from '../../../ui/SuccessBanner.js';
import { Textarea } from '../../../ui/Textarea.js';
import { useSubmitForSignOff } from './api.js';

/** The team names approvers (senior leaders and admins, as checkboxes) and sends the version to them with a message. */
export function SubmitForSignOffForm({ page, notify }: { page: SignOffPage; notify: Notify }) {
  const [chosen, setChosen] = useState<string[]>([]);
  const [message, setMessage] = useState('');
  const form = useFormProblem();
  const submit = useSubmitForSignOff(page.versionId);
  const toggle = (id: string, checked: boolean) => setChosen((now) => (checked ? [...now, id] : now.filter((c) => c !== id)));

  const send = (event: FormEvent) => {
    event.preventDefault();
    const parsed = ZSubmitForSignOff.safeParse({ approverIds: chosen, message });
    if (!parsed.success) return form.showZod(parsed.error);
    form.clear();
    submit.mutate(parsed.data, {
      onSuccess: () => {
        setChosen([]);
        setMessage('');
        notify(`Version ${page.versionNumber} was sent to ${parsed.data.approverIds.length === 1 ? 'its approver' : `${parsed.data.approverIds.length} approvers`}. They have been emailed.`);
      },
      onError: form.showError,
    });
  };

  if (page.eligibleApprovers.length === 0) {
    return <p className="nhsuk-body">Nobody can approve this version yet: approvers are senior leaders or admins. Invite your executive members as senior leaders first.</p>;
  }
  const error = form.field('approverIds');
  return (
    <form onSubmit={send} noValidate>
      <h3 className="nhsuk-heading-s">Submit version {page.versionNumber} for sign-off</h3>
      <ErrorSummary problem={form.problem} fieldIds={{ approverIds: 'signoff-approvers', message: 'signoff-message' }} />
      <div className={['nhsuk-form-group', error ? 'nhsuk-form-group--error' : null].filter(Boolean).join(' ')}>
        <fieldset className="nhsuk-fieldset" aria-describedby={['signoff-approvers-hint', error ? 'signoff-approvers-error' : null].filter(Boolean).join(' ')}>
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Approvers</legend>
          <div className="nhsuk-hint" id="signoff-approvers-hint">
            Senior leaders and admins. Each must approve before the version is signed off. The version is locked while it is with them.
          </div>
          {error && (
            <span className="nhsuk-error-message" id="signoff-approvers-error">
              <span className="nhsuk-u-visually-hidden">Error:</span> {error}
            </span>
          )}
          <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
            {page.eligibleApprovers.map((person, index) => {
              const id = index === 0 ? 'signoff-approvers' : `signoff-approvers-${person.id}`;
              return (
                <div className="nhsuk-checkboxes__item" key={person.id}>
                  <input className="nhsuk-checkboxes__input" id={id} type="checkbox" checked={chosen.includes(person.id)} onChange={(e) => toggle(person.id, e.target.checked)} />
                  <label className="nhsuk-label nhsuk-checkboxes__label chorus-signoff__text" htmlFor={id}>
                    {person.name} <span className="nhsuk-body-s">({person.email})</span>
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>
      </div>
      <Textarea
        id="signoff-message"
        label="Message to the approvers (optional)"
        hint="Included in their email, for example what changed since the last version or when you need a decision."
        value={message}
        onChange={setMessage}
        error={form.field('message')}
        maxLength={SIGN_OFF_MESSAGE_MAX}
        rows={3}
      />
      <Button type="submit" busy={submit.isPending}>
        Submit for sign-off
      </Button>
    </form>
  );
}
