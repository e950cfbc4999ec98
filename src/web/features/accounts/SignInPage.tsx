import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ZSignIn } from '../../../shared/contracts/accounts.js';
import { api } from '../../app/api.js';
import { useAuth } from '../../app/auth.js';
import { useFlash } from '../../app/flash.js';
import { paths, safeNext } from '../../app/paths.js';
import { Button } from '../../ui/Button.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { PasswordInput, TextInput } from '../../ui/fields.js';
import { useFormProblem } from '../../ui/form-problem.js';
import { Page } from '../../ui/Page.js';
import { useNotice } from '../../ui/SuccessBanner.js';

const fieldIds = { email: 'email', password: 'password' };

export function SignInPage() {
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const { refresh } = useAuth();
  const flash =
    useFlash() ??
    (params.has('signed-out') ? 'You have signed out.' : null) ??
    (params.has('password-reset') ? 'Your password has been changed. Sign in with your new password.' : null);
  const form = useFormProblem();
  const { banner } = useNotice(flash);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const signIn = useMutation({
    mutationFn: (input: { email: string; password: string }) => api.post('/auth/sign-in', input),
    onSuccess: async () => {
      await refresh(); // a new session brings a new CSRF token
      void navigate(next, { replace: true });
    },
    onError: form.showError,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (signIn.isPending) return;
    const parsed = ZSignIn.safeParse({ email, password });
    if (!parsed.success) return form.showZod(parsed.error);
    form.clear();
    signIn.mutate(parsed.data);
  };

  return (
    <Page title="Sign in" heading="Sign in to Chorus" before={banner}>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
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
            <PasswordInput
              id={fieldIds.password}
              label="Password"
              autoComplete="current-password"
              value={password}
              onChange={setPassword}
              error={form.field('password')}
            />
            <Button type="submit" busy={signIn.isPending}>
              Sign in
            </Button>
          </form>
          <p className="nhsuk-body">
            <Link to={paths.forgotPassword}>Forgotten your password?</Link>
          </p>
          <h2 className="nhsuk-heading-m">New to Chorus?</h2>
          <p className="nhsuk-body">
            If your organisation already uses Chorus, ask one of its admins to invite you. Otherwise you can{' '}
            <Link to={paths.signUp}>set up Chorus for your organisation</Link>.
          </p>
        </div>
      </div>
    </Page>
  );
}
