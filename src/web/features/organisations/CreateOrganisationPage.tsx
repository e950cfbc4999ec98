import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ZCreateOrganisation } from '../../../shared/contracts/organisations.js';
import { api } from '../../app/api.js';
import { useAuth, useMe } from '../../app/auth.js';
import { flashState } from '../../app/flash.js';
import { paths } from '../../app/paths.js';
import { BackLink } from '../../ui/BackLink.js';
import { Button } from '../../ui/Button.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { TextInput } from '../../ui/fields.js';
import { useFormProblem } from '../../ui/form-problem.js';
import { Page } from '../../ui/Page.js';

const fieldIds = { name: 'organisation-name' };

export function CreateOrganisationPage() {
  const me = useMe();
  const { refresh } = useAuth();
  const navigate = useNavigate();
  const form = useFormProblem();
  const [name, setName] = useState('');
  const create = useMutation({
    mutationFn: (input: { name: string }) => api.post<{ organisationId: string }>('/orgs', input),
    onSuccess: async ({ organisationId }) => {
      await refresh();
      void navigate(paths.strategies(organisationId), { state: flashState(`${name.trim()} has been created. You are its admin.`) });
    },
    onError: form.showError,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    const parsed = ZCreateOrganisation.safeParse({ name });
    if (!parsed.success) return form.showZod(parsed.error);
    form.clear();
    create.mutate(parsed.data);
  };

  const back = me.currentOrganisationId ? <BackLink to={paths.strategies(me.currentOrganisationId)}>Back to strategies</BackLink> : null;

  return (
    <Page title={me.memberships.length > 0 ? 'Create another organisation' : 'Create an organisation'} before={back}>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <p className="nhsuk-body">
            Each organisation has its own strategies, members and audit trail. You will be its first admin.
          </p>
          <ErrorSummary problem={form.problem} fieldIds={fieldIds} />
          <form onSubmit={submit} noValidate>
            <TextInput
              id={fieldIds.name}
              label="Organisation name"
              hint="For example, Northbridge Cancer Centre NHS Foundation Trust"
              autoComplete="organization"
              value={name}
              onChange={setName}
              error={form.field('name')}
            />
            <Button type="submit" busy={create.isPending}>
              Create organisation
            </Button>
          </form>
        </div>
      </div>
    </Page>
  );
}
