import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { ZSignUp, type SignUp } from '../../../shared/contracts/accounts.js';
import { PASSWORD_MIN } from '../../../shared/contracts/common.js';
import { api } from '../../app/api.js';
import { useAuth } from '../../app/auth.js';
import { flashState } from '../../app/flash.js';
import { paths } from '../../app/paths.js';
import { Button } from '../../ui/Button.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { PasswordInput, TextInput } from '../../ui/fields.js';
import { useFormProblem } from '../../ui/form-problem.js';
import { Page } from '../../ui/Page.js';

const fieldIds = { organisationName: 'organisation-name', name: 'name', email: 'email', password: 'password' };

/** Sets up Chorus for a new organisation; the person signing up becomes its first admin. */
export function SignUpPage() {
  const navigate = useNavigate();
  const { refresh } = useAuth();
  const form = useFormProblem();
  const [values, setValues] = useState({ organisationName: '', name: '', email: '', password: '' });
  const set = (field: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  const signUp = useMutation({
    mutationFn: (input: SignUp) => api.post<{ organisationId: string }>('/auth/sign-up', input),
    onSuccess: async ({ organisationId }) => {
      await refresh();
      void navigate(paths.strategies(organisationId), {
        replace: true,
        state: flashState('Your organisation is set up on Chorus. Start by creating its strategy.'),
      });
    },
    onError: form.showError,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (signUp.isPending) return;
    const parsed = ZSignUp.safeParse(values);
    if (!parsed.success) return form.showZod(parsed.error);
    form.clear();
    signUp.mutate(parsed.data);
  };

  return (
    <Page title="Set up Chorus for your organisation">
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <p className="nhsuk-body">
            You will be the first admin of your organisation on Chorus. You can invite colleagues once it is set up.
          </p>
          <ErrorSummary problem={form.problem} fieldIds={fieldIds} />
          <form onSubmit={submit} noValidate>
            <TextInput
              id={fieldIds.organisationName}
              label="Organisation name"
              hint="For example, Northbridge Cancer Centre NHS Foundation Trust"
              autoComplete="organization"
              value={values.organisationName}
              onChange={set('organisationName')}
              error={form.field('organisationName')}
            />
            <TextInput
              id={fieldIds.name}
              label="Your full name"
              autoComplete="name"
              spellCheck={false}
              value={values.name}
              onChange={set('name')}
              error={form.field('name')}
            />
            <TextInput
              id={fieldIds.email}
              label="Your work email address"
              type="email"
              autoComplete="email"
              spellCheck={false}
              value={values.email}
              onChange={set('email')}
              error={form.field('email')}
            />
            <PasswordInput
              id={fieldIds.password}
              label="Create a password"
              hint={`At least ${PASSWORD_MIN} characters. A few unrelated words make a strong password that is easy to remember.`}
              autoComplete="new-password"
              value={values.password}
              onChange={set('password')}
              error={form.field('password')}
            />
            <Button type="submit" busy={signUp.isPending}>
              Create organisation
            </Button>
          </form>
          <p className="nhsuk-body">
            Already using Chorus? <Link to={paths.signIn()}>Sign in</Link>.
          </p>
        </div>
      </div>
    </Page>
  );
}
