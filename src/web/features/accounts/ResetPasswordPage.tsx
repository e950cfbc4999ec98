import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ZCompletePasswordReset } from '../../../shared/contracts/accounts.js';
import { PASSWORD_MIN } from '../../../shared/contracts/common.js';
import { api } from '../../app/api.js';
import { paths } from '../../app/paths.js';
import { Button } from '../../ui/Button.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { PasswordInput } from '../../ui/fields.js';
import { problemFromZod, useFormProblem } from '../../ui/form-problem.js';
import { Page } from '../../ui/Page.js';

const fieldIds = { password: 'password', confirm: 'confirm-password' };

export function ResetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const form = useFormProblem();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');

  const reset = useMutation({
    mutationFn: (input: { token: string; password: string }) => api.post('/auth/password-reset/complete', input),
    // Resetting ends every session of the account, perhaps this browser's too: start afresh.
    onSuccess: () => window.location.assign('/sign-in?password-reset=1'),
    onError: form.showError,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reset.isPending) return;
    const parsed = ZCompletePasswordReset.safeParse({ token, password });
    const fields: Record<string, string> = parsed.success ? {} : problemFromZod(parsed.error).fields;
    if (password && confirm !== password) fields.confirm = 'Passwords do not match. Enter the same password twice';
    if (!parsed.success || fields.confirm) return form.set({ detail: null, fields });
    form.clear();
    reset.mutate(parsed.data);
  };

  if (!token) {
    return (
      <Page title="This reset link is incomplete">
        <p className="nhsuk-body">The link you followed has no reset code in it. It may have been cut short when it was copied.</p>
        <p className="nhsuk-body">
          Copy the whole link from the email, or <Link to={paths.forgotPassword}>ask for a new link</Link>.
        </p>
      </Page>
    );
  }

  return (
    <Page title="Choose a new password">
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <ErrorSummary problem={form.problem} fieldIds={fieldIds} />
          {form.problem?.detail && /link/i.test(form.problem.detail) && (
            <p className="nhsuk-body">
              <Link to={paths.forgotPassword}>Ask for a new reset link</Link>
            </p>
          )}
          <form onSubmit={submit} noValidate>
            <PasswordInput
              id={fieldIds.password}
              label="New password"
              hint={`At least ${PASSWORD_MIN} characters.`}
              autoComplete="new-password"
              value={password}
              onChange={setPassword}
              error={form.field('password')}
            />
            <PasswordInput
              id={fieldIds.confirm}
              label="Confirm new password"
              autoComplete="new-password"
              value={confirm}
              onChange={setConfirm}
              error={form.field('confirm')}
            />
            <Button type="submit" busy={reset.isPending}>
              Change password
            </Button>
          </form>
        </div>
      </div>
    </Page>
  );
}
