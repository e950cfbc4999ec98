import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ZChangePassword } from '../../../shared/contracts/accounts.js';
import { PASSWORD_MIN } from '../../../shared/contracts/common.js';
import { api } from '../../app/api.js';
import { Button } from '../../ui/Button.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { PasswordInput } from '../../ui/fields.js';
import { useFormProblem } from '../../ui/form-problem.js';
import type { Notify } from '../../ui/SuccessBanner.js';

const fieldIds = { currentPassword: 'current-password', newPassword: 'new-password' };

export function ChangePasswordForm({ notify }: { notify: Notify }) {
  const form = useFormProblem();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const change = useMutation({
    mutationFn: (input: { currentPassword: string; newPassword: string }) => api.post('/me/password', input),
    onSuccess: () => {
      setCurrent('');
      setNew('');
      notify('Your password has been changed. You have been signed out everywhere else.');
    },
    onError: form.showError,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (change.isPending) return;
    notify(null);
    const parsed = ZChangePassword.safeParse({ currentPassword, newPassword });
    if (!parsed.success) return form.showZod(parsed.error);
    form.clear();
    change.mutate(parsed.data);
  };

  return (
    <section aria-labelledby="password-heading">
      <h2 className="nhsuk-heading-m" id="password-heading">
        Change your password
      </h2>
      <ErrorSummary problem={form.problem} fieldIds={fieldIds} />
      <form onSubmit={submit} noValidate>
        <PasswordInput
          id={fieldIds.currentPassword}
          label="Current password"
          autoComplete="current-password"
          value={currentPassword}
          onChange={setCurrent}
          error={form.field('currentPassword')}
        />
        <PasswordInput
          id={fieldIds.newPassword}
          label="New password"
          hint={`At least ${PASSWORD_MIN} characters. Changing it signs you out on every other device.`}
          autoComplete="new-password"
          value={newPassword}
          onChange={setNew}
          error={form.field('newPassword')}
        />
        <Button type="submit" variant="secondary" busy={change.isPending}>
          Change password
        </Button>
      </form>
    </section>
  );
}
