import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { Role } from '../../../shared/contracts/common.js';
import { ZInvite } from '../../../shared/contracts/organisations.js';
import { paths } from '../../app/paths.js';
import { Button } from '../../ui/Button.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { TextInput } from '../../ui/fields.js';
import { useFormProblem } from '../../ui/form-problem.js';
import { Radios } from '../../ui/Radios.js';
import type { Notify } from '../../ui/SuccessBanner.js';
import { useInvite } from './api.js';
import { roleOptionsWithHints } from './roles.js';

const fieldIds = { email: 'invite-email', role: 'invite-role' };

export function InviteForm({ orgId, notify }: { orgId: string; notify: Notify }) {
  const form = useFormProblem();
  const invite = useInvite(orgId);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('staff');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (invite.isPending) return;
    notify(null);
    const parsed = ZInvite.safeParse({ email, role });
    if (!parsed.success) return form.showZod(parsed.error);
    form.clear();
    invite.mutate(parsed.data, {
      onSuccess: () => {
        notify(
          <>
            Invitation sent to {parsed.data.email}. If Chorus has no email server set up, copy the link from the{' '}
            <Link to={paths.outbox(orgId)}>outbox</Link> and pass it on.
          </>,
        );
        setEmail('');
      },
      onError: form.showError,
    });
  };

  return (
    <section aria-labelledby="invite-heading">
      <h2 className="nhsuk-heading-m" id="invite-heading">
        Invite someone
      </h2>
      <ErrorSummary problem={form.problem} fieldIds={fieldIds} />
      <form onSubmit={submit} noValidate>
        <TextInput
          id={fieldIds.email}
          label="Email address"
          labelClassName="nhsuk-label--s"
          hint="The invitation link works once and lasts 7 days. Inviting the same address again replaces the earlier link."
          type="email"
          autoComplete="off"
          spellCheck={false}
          value={email}
          onChange={setEmail}
          error={form.field('email')}
        />
        <Radios
          id={fieldIds.role}
          name="invite-role"
          legend="Role"
          options={roleOptionsWithHints}
          value={role}
          onChange={(value) => setRole(value as Role)}
          error={form.field('role')}
        />
        <Button type="submit" busy={invite.isPending}>
          Send invitation
        </Button>
      </form>
    </section>
  );
}
