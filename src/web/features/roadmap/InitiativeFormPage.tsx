import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { CHANGE_LABELS, HORIZON_LABELS, HORIZONS, INITIATIVE_STATUSES, STATUS_LABELS, SYSTEM_CHANGES, type InitiativeDetail, type InitiativeSystemInput, type Roadmap, type RoadmapOptions } from '../../../shared/contracts/roadmap.js';
import { flashState } from '../../app/flash.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { BackLink } from '../../ui/BackLink.js';
import { Button } from '../../ui/Button.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { Select, TextInput } from '../../ui/fields.js';
import { problemFromError, type FormProblem } from '../../ui/form-problem.js';
import { Page } from '../../ui/Page.js';
import { LoadError, Loading } from '../../ui/status.js';
import { Textarea } from '../../ui/Textarea.js';
import { useInitiative, useRoadmap, useRoadmapOptions, useSaveInitiative } from './api.js';
import { LinkChoices } from './LinkChoices.js';
import { roadmapPaths } from './roadmap-paths.js';

const FIELD_IDS = {
  programmeId: 'initiative-programme', title: 'initiative-title', summary: 'initiative-summary', owner: 'initiative-owner',
  start: 'initiative-start', end: 'initiative-end', status: 'initiative-status', horizon: 'initiative-horizon',
  estimatedCost: 'initiative-cost', benefit: 'initiative-benefit', systems: 'initiative-systems', projectIds: 'initiative-projects', insightIds: 'initiative-insights',
};

/** Adds an initiative to the roadmap, or edits one (`:initiativeId` in the path). */
export function InitiativeFormPage() {
  const orgId = useOrgId();
  const { strategyId = '', initiativeId = '' } = useParams();
  const roadmap = useRoadmap(strategyId);
  const options = useRoadmapOptions(strategyId);
  const existing = useInitiative(initiativeId);
  const links = roadmapPaths(orgId, strategyId);
  const title = initiativeId ? 'Edit the initiative' : 'Add an initiative';
  const before = <BackLink to={initiativeId ? links.initiative(initiativeId) : links.roadmap}>{initiativeId ? 'Back to the initiative' : 'Back to the roadmap'}</BackLink>;
  const pending = [roadmap, options, ...(initiativeId ? [existing] : [])];
  const failed = pending.find((q) => q.isError);
  if (!roadmap.data || !options.data || (initiativeId && !existing.data)) {
    return (
      <Page title={title} before={before}>
        {failed ? <LoadError error={failed.error} what="The roadmap" /> : <Loading what="the form" />}
      </Page>
    );
  }
  return (
    <Page title={title} before={before}>
      <InitiativeForm roadmap={roadmap.data} options={options.data} initiative={existing.data} strategyId={strategyId} links={links} />
    </Page>
  );
}

interface FormProps {
  roadmap: Roadmap;
  options: RoadmapOptions;
  initiative: InitiativeDetail | undefined;
  strategyId: string;
  links: ReturnType<typeof roadmapPaths>;
}

function InitiativeForm({ roadmap, options, initiative, strategyId, links }: FormProps) {
  const navigate = useNavigate();
  const save = useSaveInitiative(strategyId, initiative?.id);
  const [values, setValues] = useState({
    programmeId: initiative?.programmeId ?? roadmap.programmes[0]?.id ?? '',
    title: initiative?.title ?? '',
    summary: initiative?.summary ?? '',
    owner: initiative?.owner ?? '',
    start: initiative?.start ?? '',
    end: initiative?.end ?? '',
    status: initiative?.status ?? 'planned',
    horizon: initiative?.horizon ?? 'next',
    cost: initiative?.estimatedCost === null || initiative?.estimatedCost === undefined ? '' : String(initiative.estimatedCost),
    benefit: initiative?.benefit ?? '',
  });
  const [systems, setSystems] = useState<InitiativeSystemInput[]>(initiative?.systems.map((s) => ({ systemId: s.systemId, change: s.change, replacedBySystemId: s.replacedBy?.id ?? null })) ?? []);
  const [projectIds, setProjectIds] = useState<string[]>(initiative?.projects.map((p) => p.id) ?? []);
  const [insightIds, setInsightIds] = useState<string[]>(initiative?.insights.map((i) => i.id) ?? []);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const set = (field: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const systemChoices = [{ value: '', label: 'Choose a system' }, ...options.systems.map((s) => ({ value: s.id, label: s.time ? `${s.name} (TIME: ${s.time})` : s.name }))];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const cost = values.cost.replace(/[£,\s]/g, '');
    if (cost !== '' && !/^\d+$/.test(cost)) {
      setProblem({ detail: null, fields: { estimatedCost: 'Enter the estimated cost in whole pounds, like 250000' } });
      return;
    }
    try {
      const { cost: _cost, status, horizon, ...rest } = values;
      const saved = await save.mutateAsync({
        ...rest,
        status: status as InitiativeDetail['status'],
        horizon: horizon as InitiativeDetail['horizon'],
        estimatedCost: cost === '' ? null : Number(cost),
        systems: systems.filter((s) => s.systemId !== ''),
        projectIds,
        insightIds,
      });
      const warned = saved.warnings.length > 0 ? ` Check: ${saved.warnings.join('; ')}.` : '';
      await navigate(links.initiative(saved.id), { state: flashState(`Initiative “${values.title.trim()}” ${initiative ? 'saved' : 'added'}.${warned}`) });
    } catch (error) {
      setProblem(problemFromError(error));
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary problem={problem} fieldIds={FIELD_IDS} />
      <Select id={FIELD_IDS.programmeId} label="Programme" value={values.programmeId} onChange={set('programmeId')} error={problem?.fields.programmeId}
        options={roadmap.programmes.map((p) => ({ value: p.id, label: p.name }))} />
      <TextInput id={FIELD_IDS.title} label="Title" value={values.title} onChange={set('title')} error={problem?.fields.title} maxLength={250} />
      <Textarea id={FIELD_IDS.summary} label="Summary (optional)" value={values.summary} onChange={set('summary')} error={problem?.fields.summary} maxLength={5000} />
      <TextInput id={FIELD_IDS.owner} label="Owner (optional)" hint="A name or a role, like Chief Nurse" value={values.owner} onChange={set('owner')} error={problem?.fields.owner} width={30} />
      <div className="chorus-roadmap-months">
        <TextInput id={FIELD_IDS.start} type="month" label="Starts" hint="A month, like 2027-04 (or a quarter, like 2027-Q2, where the box takes text)" value={values.start} onChange={set('start')} error={problem?.fields.start} width={10} />
        <TextInput id={FIELD_IDS.end} type="month" label="Ends" hint="The last month of the work" value={values.end} onChange={set('end')} error={problem?.fields.end} width={10} />
      </div>
      <Select id={FIELD_IDS.status} label="Status" value={values.status} onChange={set('status')} error={problem?.fields.status} options={INITIATIVE_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))} />
      <Select id={FIELD_IDS.horizon} label="Horizon" value={values.horizon} onChange={set('horizon')} error={problem?.fields.horizon} options={HORIZONS.map((h) => ({ value: h, label: HORIZON_LABELS[h] }))} />
      <TextInput id={FIELD_IDS.estimatedCost} label="Estimated cost in pounds (optional)" inputMode="numeric" value={values.cost} onChange={set('cost')} error={problem?.fields.estimatedCost} width={10} />
      <Textarea id={FIELD_IDS.benefit} label="Benefit (optional)" value={values.benefit} onChange={set('benefit')} error={problem?.fields.benefit} maxLength={2000} rows={3} />

      <fieldset className="nhsuk-fieldset" id={FIELD_IDS.systems} tabIndex={-1}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Systems it changes</legend>
        {problem?.fields.systems && <span className="nhsuk-error-message"><span className="nhsuk-u-visually-hidden">Error:</span> {problem.fields.systems}</span>}
        {systems.length === 0 && <p className="nhsuk-body-s">None yet.</p>}
        {systems.map((s, k) => (
          <div className="chorus-roadmap-system" key={k}>
            <Select id={`system-${k}`} label={`System ${k + 1}`} value={s.systemId} options={systemChoices} onChange={(systemId) => setSystems((all) => all.map((x, j) => (j === k ? { ...x, systemId } : x)))} />
            <Select id={`system-${k}-change`} label="What the initiative does to it" value={s.change} options={SYSTEM_CHANGES.map((c) => ({ value: c, label: CHANGE_LABELS[c] }))}
              onChange={(change) => setSystems((all) => all.map((x, j) => (j === k ? { ...x, change: change as InitiativeSystemInput['change'] } : x)))} />
            {s.change === 'replace' && (
              <Select id={`system-${k}-by`} label="Replaced by (optional)" value={s.replacedBySystemId ?? ''} options={[{ value: '', label: 'Not decided' }, ...systemChoices.slice(1)]}
                onChange={(by) => setSystems((all) => all.map((x, j) => (j === k ? { ...x, replacedBySystemId: by || null } : x)))} />
            )}
            <Button variant="secondary" small onClick={() => setSystems((all) => all.filter((_, j) => j !== k))}>Remove system {k + 1}</Button>
          </div>
        ))}
        {options.systems.length > 0 ? (
          <Button variant="secondary" small onClick={() => setSystems((all) => [...all, { systemId: '', change: 'improve', replacedBySystemId: null }])}>Add a system</Button>
        ) : (
          <p className="nhsuk-body-s">The systems register is empty, so there is nothing to link yet.</p>
        )}
      </fieldset>

      <LinkChoices id={FIELD_IDS.projectIds} legend="Projects in flight it continues" empty="There are no projects in the register." error={problem?.fields.projectIds}
        choices={options.projects.map((p) => ({ id: p.id, label: p.name }))} chosen={projectIds} onChange={setProjectIds} />
      <LinkChoices id={FIELD_IDS.insightIds} legend="Insights it answers" empty="The strategy has no insights yet." error={problem?.fields.insightIds}
        choices={options.insights.map((i) => ({ id: i.id, label: i.statement }))} chosen={insightIds} onChange={setInsightIds} />
      <Button type="submit" busy={save.isPending}>{initiative ? 'Save the initiative' : 'Add the initiative'}</Button>
    </form>
  );
}
