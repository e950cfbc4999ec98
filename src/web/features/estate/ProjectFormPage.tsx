import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { PROJECT_STATUSES, PROJECT_STATUS_LABELS, ZProjectInput, type ProjectView } from '../../../shared/contracts/estate.js';
import { MAX_NOTES_LENGTH } from '../../../shared/contracts/interviews.js';
import { flashState } from '../../app/flash.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { BackLink } from '../../ui/BackLink.js';
import { Button } from '../../ui/Button.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { Select, TextInput } from '../../ui/fields.js';
import { useFormProblem } from '../../ui/form-problem.js';
import { Page } from '../../ui/Page.js';
import { LoadError, Loading } from '../../ui/status.js';
import { Textarea } from '../../ui/Textarea.js';
import { useCreateProject, useProject, useSystemChoices, useUpdateProject } from './api.js';
import { optionsOf } from './labels.js';
import { SystemPicker } from './SystemPicker.js';
import './estate.scss';

const fieldIds = { name: 'project-name', sponsor: 'project-sponsor', status: 'project-status', startOn: 'project-start', endOn: 'project-end', systemIds: 'project-systems-filter', notes: 'project-notes' };

/** Adds a project in flight, or edits one (`:projectId` in the address). */
export function ProjectFormPage() {
  const orgId = useOrgId();
  const { projectId } = useParams();
  const existing = useProject(orgId, projectId ?? '');
  const choices = useSystemChoices(orgId);
  const title = projectId ? 'Edit project' : 'Add a project';
  const before = <BackLink to={paths.estateProjects(orgId)}>Back to work in flight</BackLink>;
  if ((projectId && !existing.data) || !choices.data) {
    const error = existing.error ?? choices.error;
    return (
      <Page title={title} before={before}>
        {error ? <LoadError error={error} what="The form" /> : <Loading what="the form" />}
      </Page>
    );
  }
  return (
    <Page title={title} caption="Digital estate" before={before}>
      <ProjectForm orgId={orgId} existing={existing.data} systems={choices.data.systems.map((s) => ({ id: s.id, name: s.name }))} />
    </Page>
  );
}

function ProjectForm({ orgId, existing, systems }: { orgId: string; existing: ProjectView | undefined; systems: { id: string; name: string }[] }) {
  const navigate = useNavigate();
  const form = useFormProblem();
  const create = useCreateProject(orgId);
  const update = useUpdateProject(orgId, existing?.id ?? '');
  const busy = create.isPending || update.isPending;
  const [name, setName] = useState(existing?.name ?? '');
  const [sponsor, setSponsor] = useState(existing?.sponsor ?? '');
  const [status, setStatus] = useState<string>(existing?.status ?? 'in_progress');
  const [startOn, setStartOn] = useState(existing?.startOn ?? '');
  const [endOn, setEndOn] = useState(existing?.endOn ?? '');
  const [notes, setNotes] = useState(existing?.notes ?? '');
  const [systemIds, setSystemIds] = useState<string[]>(existing?.systems.map((s) => s.id) ?? []);
  // A system linked to the project but no longer in the live list (retired, say) stays choosable.
  const all = [...systems, ...(existing?.systems ?? []).filter((s) => !systems.some((o) => o.id === s.id))];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const parsed = ZProjectInput.safeParse({ name, sponsor, status, startOn, endOn, systemIds, notes });
    if (!parsed.success) return form.showZod(parsed.error);
    form.clear();
    const done = () => navigate(paths.estateProjects(orgId), { state: flashState(existing ? 'The project has been saved.' : 'The project has been added.') });
    if (existing) update.mutate(parsed.data, { onSuccess: done, onError: form.showError });
    else create.mutate(parsed.data, { onSuccess: done, onError: form.showError });
  };

  return (
    <>
      <ErrorSummary problem={form.problem} fieldIds={fieldIds} />
      <form onSubmit={submit} noValidate>
        <TextInput id={fieldIds.name} label="Name" labelClassName="nhsuk-label--s" value={name} onChange={setName} error={form.field('name')} />
        <TextInput id={fieldIds.sponsor} label="Sponsor (optional)" value={sponsor} onChange={setSponsor} error={form.field('sponsor')} />
        <Select id={fieldIds.status} label="Status" options={optionsOf(PROJECT_STATUSES, PROJECT_STATUS_LABELS)} value={status} onChange={setStatus} error={form.field('status')} />
        <TextInput id={fieldIds.startOn} type="date" label="Start date (optional)" width={10} value={startOn} onChange={setStartOn} error={form.field('startOn')} />
        <TextInput id={fieldIds.endOn} type="date" label="End date (optional)" width={10} value={endOn} onChange={setEndOn} error={form.field('endOn')} />
        <SystemPicker id={fieldIds.systemIds} systems={all} value={systemIds} onChange={setSystemIds} error={form.field('systemIds')} />
        <Textarea id={fieldIds.notes} label="Notes (optional)" rows={4} maxLength={MAX_NOTES_LENGTH} value={notes} onChange={setNotes} error={form.field('notes')} />
        <Button type="submit" busy={busy}>
          {existing ? 'Save the project' : 'Add the project'}
        </Button>
      </form>
    </>
  );
}
