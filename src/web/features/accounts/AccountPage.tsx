import { Link } from 'react-router';
import { ROLE_LABELS } from '../../../shared/contracts/common.js';
import { useMe, useSignOut } from '../../app/auth.js';
import { paths } from '../../app/paths.js';
import { Button } from '../../ui/Button.js';
import { Page } from '../../ui/Page.js';
import { useNotice } from '../../ui/SuccessBanner.js';
import { SummaryList } from '../../ui/SummaryList.js';
import { ChangePasswordForm } from './ChangePasswordForm.js';
import { ProfileForm } from './ProfileForm.js';

export function AccountPage() {
  const me = useMe();
  const signOut = useSignOut();
  const { notify, banner } = useNotice();

  return (
    <Page title="Your account" before={banner}>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <SummaryList
            rows={[
              { key: 'Email address', value: me.user.email },
              {
                key: 'Organisations',
                value:
                  me.memberships.length === 0 ? (
                    'None yet'
                  ) : (
                    <ul className="nhsuk-list">
                      {me.memberships.map((m) => (
                        <li key={m.organisationId}>
                          <Link to={paths.strategies(m.organisationId)}>{m.organisationName}</Link> ({ROLE_LABELS[m.role]})
                        </li>
                      ))}
                    </ul>
                  ),
              },
            ]}
          />
          <ProfileForm notify={notify} />
          <ChangePasswordForm notify={notify} />
          <h2 className="nhsuk-heading-m">Sign out</h2>
          <p className="nhsuk-body">Sign out when you finish, especially on a shared computer.</p>
          <Button variant="secondary" busy={signOut.isPending} onClick={() => signOut.mutate()}>
            Sign out
          </Button>
        </div>
      </div>
    </Page>
  );
}
