import { useNavigate, useParams } from 'react-router';
import { flashState } from '../../app/flash.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { BackLink } from '../../ui/BackLink.js';
import { Page } from '../../ui/Page.js';
import { LoadError, Loading } from '../../ui/status.js';
import { useWorkforce } from '../workforce/api.js';
import { useCreateSystem, useSystem, useSystemChoices, useUpdateSystem } from './api.js';
import { SystemForm } from './SystemForm.js';
import './estate.scss';

/** Adds a system to the register, or edits one (`:systemId` in the address). */
export function SystemFormPage() {
  const orgId = useOrgId();
  const { systemId } = useParams();
  const navigate = useNavigate();
  const existing = useSystem(orgId, systemId ?? '');
  const workforce = useWorkforce(orgId);
  const choices = useSystemChoices(orgId);
  const create = useCreateSystem(orgId);
  const update = useUpdateSystem(orgId, systemId ?? '');
  const title = systemId ? 'Edit system' : 'Add a system';
  const before = <BackLink to={systemId ? paths.system(orgId, systemId) : paths.estate(orgId)}>{systemId ? 'Back to the system' : 'Back to the register'}</BackLink>;

  if ((systemId && !existing.data) || !workforce.data) {
    const error = existing.error ?? workforce.error;
    return (
      <Page title={title} before={before}>
        {error ? <LoadError error={error} what="The form" /> : <Loading what="the form" />}
      </Page>
    );
  }
  const others = (choices.data?.systems ?? []).filter((s) => s.id !== systemId).map((s) => ({ id: s.id, name: s.name }));
  return (
    <Page title={title} heading={existing.data ? `Edit ${existing.data.name}` : title} caption="Digital estate" before={before}>
      <SystemForm
        existing={existing.data}
        workforce={workforce.data}
        otherSystems={others}
        busy={create.isPending || update.isPending}
        onSubmit={(input, onError) => {
          const done = (id: string, message: string) => navigate(paths.system(orgId, id), { state: flashState(message) });
          if (systemId) update.mutate(input, { onSuccess: (s) => done(s.id, 'The system has been saved.'), onError });
          else create.mutate(input, { onSuccess: (s) => done(s.id, 'The system has been added to the register.'), onError });
        }}
      />
    </Page>
  );
}
