import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { PRIORITY_NAME_MAX, PRIORITY_TEXT_MAX, PRIORITY_TITLE_MAX, ZCreatePriority, type PriorityDetail, type PriorityOptions } from '../../../shared/contracts/priorities.js';
import { flashState } from '../../app/flash.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { BackLink } from '../../ui/BackLink.js';
import { Button } from '../../ui/Button.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { TextInput } from '../../ui/fields.js';
import { useFormProblem } from '../../ui/form-problem.js';
import { Page } from '../../ui/Page.js';
import { LoadError, Loading } from '../../ui/status.js';
import { Textarea } from '../../ui/Textarea.js';
import { useCreatePriority, usePriority, usePriorityOptions, useUpdatePriority } from './api.js';
import { LinkChoices } from './LinkChoices.js';
import './priorities.scss';

const fieldIds = {
  title: 'priority-title',
  summary: 'priority-summary',
  ambition: 'priority-ambition',
  sponsor: 'priority-sponsor',
  lead: 'priority-lead',
  insightIds: 'priority-insights',
  maturityTargets: 'priority-targets',
  systemIds: 'priority-systems',
};

/** Adds a priority theme, or edits one (`:priorityId`). */
export function PriorityFormPage() {
  const orgId = useOrgId();
  const { strategyId = '', priorityId } = useParams();
  const existing = usePriority(priorityId ?? '');
  const options = usePriorityOptions(strategyId);
  const title = priorityId ? 'Edit the priority theme' : 'Add a priority theme';
  const back = priorityId ? paths.priority(orgId, strategyId, priorityId) : paths.priorities(orgId, strategyId);
  const before = <BackLink to={back}>{priorityId ? 'Back to the priority theme' : 'Back to priority themes'}</BackLink>;
  if ((priorityId && !existing.data) || !options.data) {
    return (
      <Page title={title} before={before}>
        {(existing.isPending && priorityId) || options.isPending ? <Loading what="the form" /> : null}
        {existing.isError && <LoadError error={existing.error} what="The priority theme" />}
        {options.isError && <LoadError error={options.error} what="The choices for the form" />}
      </Page>
    );
  }
  if (existing.data && !existing.data.can.update) {
    return (
      <Page title={title} before={before}>
        <p className="nhsuk-body">Only admins and the strategy team change priority themes. You can read it and comment on it.</p>
      </Page>
    );
  }
  return (
    <Page title={title} before={before}>
      <PriorityForm orgId={orgId} strategyId={strategyId} existing={existing.data} options={options.data} />
    </Page>
  );
}

function PriorityForm({ orgId, strategyId, existing, options }: { orgId: string; strategyId: string; existing: PriorityDetail | undefined; options: PriorityOptions }) {
  const navigate = useNavigate();
  const form = useFormProblem();
  const create = useCreatePriority(strategyId);
  const update = useUpdatePriority(existing?.id ?? '');
  const pending = create.isPending || update.isPending;
  const [fields, setFields] = useState({
    title: existing?.title ?? '',
    summary: existing?.summary ?? '',
    ambition: existing?.ambition ?? '',
    sponsor: existing?.sponsor ?? '',
    lead: existing?.lead ?? '',
  });
  const [insightIds, setInsightIds] = useState<string[]>(existing?.insights.map((i) => i.id) ?? []);
  const [systemIds, setSystemIds] = useState<string[]>(existing?.systems.map((s) => s.id) ?? []);
  const [targets, setTargets] = useState<Record<string, number>>(Object.fromEntries(existing?.maturityTargets.map((t) => [t.measureId, t.targetLevel]) ?? []));
  const set = (key: keyof typeof fields) => (value: string) => setFields((f) => ({ ...f, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    const parsed = ZCreatePriority.safeParse({
      ...fields,
      insightIds,
      systemIds,
      maturityTargets: Object.entries(targets).map(([measureId, targetLevel]) => ({ measureId, targetLevel })),
    });
    if (!parsed.success) return form.showZod(parsed.error);
    form.clear();
    const done = (id: string, message: string) => navigate(paths.priority(orgId, strategyId, id), { state: flashState(message) });
    if (existing) update.mutate(parsed.data, { onSuccess: () => done(existing.id, 'The priority theme has been saved.'), onError: form.showError });
    else create.mutate(parsed.data, { onSuccess: ({ id }) => done(id, 'The priority theme has been added.'), onError: form.showError });
  };

  return (
    <>
      <ErrorSummary problem={form.problem} fieldIds={fieldIds} />
      <form onSubmit={submit} noValidate>
        <TextInput id={fieldIds.title} label="Title" labelClassName="nhsuk-label--s" hint="A few words a member of staff would recognise, such as “Give clinicians time back”." maxLength={PRIORITY_TITLE_MAX} value={fields.title} onChange={set('title')} error={form.field('title')} />
        <Textarea id={fieldIds.summary} label="Summary (optional)" labelClassName="nhsuk-label--s" hint="One or two sentences: what the theme is about." rows={3} maxLength={PRIORITY_TEXT_MAX} value={fields.summary} onChange={set('summary')} error={form.field('summary')} />
        <Textarea id={fieldIds.ambition} label="Ambition (optional)" labelClassName="nhsuk-label--s" hint="What will be true when it is done, and by when. You can use Markdown: **bold** and lists starting with -." rows={6} maxLength={PRIORITY_TEXT_MAX} value={fields.ambition} onChange={set('ambition')} error={form.field('ambition')} />
        <TextInput id={fieldIds.sponsor} label="Executive sponsor (optional)" labelClassName="nhsuk-label--s" hint="A name or a role, such as “Chief Nurse”." maxLength={PRIORITY_NAME_MAX} value={fields.sponsor} onChange={set('sponsor')} error={form.field('sponsor')} />
        <TextInput id={fieldIds.lead} label="Lead (optional)" labelClassName="nhsuk-label--s" maxLength={PRIORITY_NAME_MAX} value={fields.lead} onChange={set('lead')} error={form.field('lead')} />
        <LinkChoices
          options={options}
          fieldIds={fieldIds}
          insightIds={insightIds}
          setInsightIds={setInsightIds}
          systemIds={systemIds}
          setSystemIds={setSystemIds}
          targets={targets}
          setTargets={setTargets}
          error={form.field}
        />
        <Button type="submit" busy={pending}>{existing ? 'Save the priority theme' : 'Add the priority theme'}</Button>
      </form>
    </>
  );
}
