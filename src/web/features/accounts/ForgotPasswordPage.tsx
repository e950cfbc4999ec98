import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ZRequestPasswordReset } from '../../../shared/contracts/accounts.js';
import { api } from '../../app/api.js';
import { paths } from '../../app/paths.js';
import { BackLink } from '../../ui/BackLink.js';
import { Button } from '../../ui/Button.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { TextInput } from '../../ui/fields.js';
import { useFormProblem } from '../../ui/form-problem.js';
import { Page } from '../../ui/Page.js';

const fieldIds = { email: 'email' };

export function ForgotPasswordPage() {
  const form = useFormProblem();
  const [email, setEmail] = useState('');
  const request = useMutation({
    mutationFn: (input: { email: string }) => api.post('/auth/password-reset', input),
    onError: form.showError,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (request.isPending) return;
    const parsed = ZRequestPasswordReset.safeParse({ email });
    if (!parsed.success) return form.showZod(parsed.error);
    form.clear();
    request.mutate(parsed.data);
  };

  if (request.isSuccess) {
    // The same answer whether or not the account exists, so the form reveals nothing.
    return (
      <Page title="Check your email">
        <p className="nhsuk-body">
          If there is a Chorus account for <strong>{request.variables.email}</strong>, we have sent it a link to reset the
          password. The link works once, for one hour.
        </p>
        <p className="nhsuk-body">
          If your organisation has not set up email for Chorus, the message waits in its outbox: ask one of your admins
          to pass the link on to you.
        </p>
        <p className="nhsuk-body">
          <Link to={paths.signIn()}>Return to sign in</Link>
        </p>
      </Page>
    );
  }

  return (
    <Page title="Reset your password" before={<BackLink to={paths.signIn()}>Back to sign in</BackLink>}>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <p className="nhsuk-body">Enter the email address you sign in with and we will send you a link to choose a new password.</p>
          <ErrorSummary problem={form.problem} fieldIds={fieldIds} />
          <form onSubmit={submit} noValidate>
            <TextInput
              id={fieldIds.email}
              label="Email address"
              type="email"
              autoComplete="email"
              spellCheck={false}
              value={email}
              onChange={setEmail}
              error={form.field('email')}
            />
            <Button type="submit" busy={request.isPending}>
              Send reset link
            </Button>
          </form>
        </div>
      </div>
    </Page>
  );
}
