import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { Me } from '../../../shared/contracts/accounts.js';
import { PASSWORD_MIN, ROLE_LABELS } from '../../../shared/contracts/common.js';
import { ZAcceptInvitation } from '../../../shared/contracts/organisations.js';
import { api, ApiError } from '../../app/api.js';
import { useAuth, useSignOut } from '../../app/auth.js';
import { flashState } from '../../app/flash.js';
import { paths } from '../../app/paths.js';
import { Button } from '../../ui/Button.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { PasswordInput, TextInput } from '../../ui/fields.js';
import { problemFromZod, useFormProblem } from '../../ui/form-problem.js';
import { Page } from '../../ui/Page.js';
import { Loading } from '../../ui/status.js';
import { SummaryList } from '../../ui/SummaryList.js';

interface Preview {
  organisationName: string;
  email: string;
  role: keyof typeof ROLE_LABELS;
  accountExists: boolean;
}

/**
 * Where an emailed invitation link lands. Someone new chooses a name and password; someone
 * with an account signs in first and comes back; someone signed in as the invited person
 * joins with one button.
 */
export function AcceptInvitationPage() {
  const { token = '' } = useParams();
  const { me } = useAuth();
  const preview = useQuery({
    queryKey: ['invitation', token],
    queryFn: () => api.get<Preview>(`/invitations/${encodeURIComponent(token)}`),
    staleTime: Infinity,
  });

  if (preview.isPending || me === undefined) {
    return (
      <Page title="Your invitation">
        <Loading what="your invitation" />
      </Page>
    );
  }
  if (preview.isError) return <UnusableInvitation error={preview.error} />;

  const invitation = preview.data;
  return (
    <Page title={`Join ${invitation.organisationName}`} heading={<>Join {invitation.organisationName} on Chorus</>}>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <p className="nhsuk-body">
            Chorus is where {invitation.organisationName} builds its digital strategy with its staff.
          </p>
          <SummaryList
            rows={[
              { key: 'Invitation for', value: invitation.email },
              { key: 'Your role', value: ROLE_LABELS[invitation.role] },
            ]}
          />
          <InvitationAction token={token} invitation={invitation} me={me} />
        </div>
      </div>
    </Page>
  );
}

function InvitationAction({ token, invitation, me }: { token: string; invitation: Preview; me: Me | null }) {
  if (me && me.user.email.toLowerCase() !== invitation.email.toLowerCase()) {
    return (
      <>
        <p className="nhsuk-body">
          You are signed in as <strong>{me.user.email}</strong>, but this invitation is for <strong>{invitation.email}</strong>.
        </p>
        <p className="nhsuk-body">Sign out, then accept the invitation as {invitation.email}.</p>
        <SignOutButton token={token} />
      </>
    );
  }
  if (me) return <JoinButton token={token} invitation={invitation} />;
  if (invitation.accountExists) {
    return (
      <>
        <p className="nhsuk-body">There is already a Chorus account for {invitation.email}. Sign in to accept the invitation.</p>
        <Link className="nhsuk-button" to={paths.signIn(paths.invitation(token))}>
          Sign in to accept
        </Link>
      </>
    );
  }
  return <NewAccountForm token={token} invitation={invitation} />;
}

/** Signs out and opens the same invitation again, now as nobody in particular. */
function SignOutButton({ token }: { token: string }) {
  const signOut = useSignOut(paths.invitation(token));
  return (
    <Button variant="secondary" busy={signOut.isPending} onClick={() => signOut.mutate()}>
      Sign out
    </Button>
  );
}

function useAccept(token: string, organisationName: string, onError: (error: unknown) => void) {
  const { refresh } = useAuth();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: (body: { name?: string; password?: string }) =>
      api.post<{ organisationId: string }>(`/invitations/${encodeURIComponent(token)}/accept`, body),
    onSuccess: async ({ organisationId }) => {
      await refresh(); // a new person now has a session; everyone has a new membership
      void navigate(paths.strategies(organisationId), {
        replace: true,
        state: flashState(`Welcome to ${organisationName} on Chorus.`),
      });
    },
    onError: (error) => {
      // The account was created elsewhere since the page loaded: sign in, then come back.
      if (error instanceof ApiError && error.code === 'sign_in_required') {
        void navigate(paths.signIn(paths.invitation(token)));
        return;
      }
      onError(error);
    },
  });
}

function JoinButton({ token, invitation }: { token: string; invitation: Preview }) {
  const form = useFormProblem();
  const accept = useAccept(token, invitation.organisationName, form.showError);
  return (
    <>
      <ErrorSummary problem={form.problem} fieldIds={{}} />
      <Button busy={accept.isPending} onClick={() => accept.mutate({})}>
        Join {invitation.organisationName}
      </Button>
    </>
  );
}

const fieldIds = { name: 'name', password: 'password' };

function NewAccountForm({ token, invitation }: { token: string; invitation: Preview }) {
  const form = useFormProblem();
  const accept = useAccept(token, invitation.organisationName, form.showError);
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (accept.isPending) return;
    // Both are optional in the contract (a signed-in person sends neither) but needed here.
    const parsed = ZAcceptInvitation.required().safeParse({ name, password });
    if (!parsed.success) return form.set(problemFromZod(parsed.error));
    form.clear();
    accept.mutate(parsed.data);
  };

  return (
    <>
      <h2 className="nhsuk-heading-m">Create your account</h2>
      <ErrorSummary problem={form.problem} fieldIds={fieldIds} />
      <form onSubmit={submit} noValidate>
        <TextInput id={fieldIds.name} label="Your full name" autoComplete="name" spellCheck={false} value={name} onChange={setName} error={form.field('name')} />
        <PasswordInput
          id={fieldIds.password}
          label="Create a password"
          hint={`At least ${PASSWORD_MIN} characters. You will sign in with ${invitation.email} and this password.`}
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
          error={form.field('password')}
        />
        <Button type="submit" busy={accept.isPending}>
          Accept invitation
        </Button>
      </form>
    </>
  );
}

function UnusableInvitation({ error }: { error: unknown }) {
  const status = error instanceof ApiError ? error.status : 0;
  const detail =
    error instanceof ApiError && (status === 404 || status === 410)
      ? status === 404
        ? 'This invitation link is not valid. Check that you copied the whole link from the email.'
        : error.message
      : 'The invitation could not be checked just now. Please try again in a moment.';
  return (
    <Page title="This invitation cannot be used">
      <p className="nhsuk-body">{detail}</p>
      <p className="nhsuk-body">
        If you already have an account, <Link to={paths.signIn()}>sign in</Link>.
      </p>
    </Page>
  );
}
