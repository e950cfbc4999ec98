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
import { SuccessBanner } from '../../ui/SuccessBanner.js';
import { useInvite } from './api.js';
import { roleOptionsWithHints } from './roles.js';

const fieldIds = { email: 'invite-email', role: 'invite-role' };

export function InviteForm({ orgId }: { orgId: string }) {
  const form = useFormProblem();
  const invite = useInvite(orgId);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('staff');
  const [sentTo, setSentTo] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (invite.isPending) return;
    setSentTo(null);
    const parsed = ZInvite.safeParse({ email, role });
    if (!parsed.success) return form.showZod(parsed.error);
    form.clear();
    invite.mutate(parsed.data, {
      onSuccess: () => {
        setSentTo(parsed.data.email);
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
      {sentTo && (
        <SuccessBanner>
          Invitation sent to {sentTo}. If Chorus has no email server set up, copy the link from the{' '}
          <Link to={paths.outbox(orgId)}>outbox</Link> and pass it on.
        </SuccessBanner>
      )}
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
