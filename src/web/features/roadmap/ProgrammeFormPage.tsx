import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
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
import type { Roadmap } from '../../../shared/contracts/roadmap.js';
import { useRoadmap, useSaveProgramme } from './api.js';
import { roadmapPaths } from './roadmap-paths.js';

/** Adds a programme under a priority theme, or edits one (`:programmeId` in the path). */
export function ProgrammeFormPage() {
  const orgId = useOrgId();
  const { strategyId = '', programmeId } = useParams();
  const roadmap = useRoadmap(strategyId);
  const title = programmeId ? 'Edit the programme' : 'Add a programme';
  const links = roadmapPaths(orgId, strategyId);
  const before = <BackLink to={`${links.roadmap}#programmes`}>Back to the roadmap</BackLink>;
  if (!roadmap.data) {
    return (
      <Page title={title} before={before}>
        {roadmap.isPending && <Loading what="the roadmap" />}
        {roadmap.isError && <LoadError error={roadmap.error} what="The roadmap" />}
      </Page>
    );
  }
  const existing = roadmap.data.programmes.find((p) => p.id === programmeId);
  return (
    <Page title={title} before={before}>
      <ProgrammeForm key={existing?.id ?? 'new'} roadmap={roadmap.data} strategyId={strategyId} programme={existing} done={links.roadmap} />
    </Page>
  );
}

function ProgrammeForm({ roadmap, strategyId, programme, done }: { roadmap: Roadmap; strategyId: string; programme: Roadmap['programmes'][number] | undefined; done: string }) {
  const navigate = useNavigate();
  const save = useSaveProgramme(strategyId, programme?.id);
  const [priorityId, setPriorityId] = useState(programme?.priorityId ?? roadmap.priorities[0]?.id ?? '');
  const [name, setName] = useState(programme?.name ?? '');
  const [summary, setSummary] = useState(programme?.summary ?? '');
  const [problem, setProblem] = useState<FormProblem | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      await save.mutateAsync({ priorityId, name, summary });
      await navigate(`${done}#programmes`, { state: flashState(programme ? `Programme “${name.trim()}” saved` : `Programme “${name.trim()}” added`) });
    } catch (error) {
      setProblem(problemFromError(error));
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary problem={problem} fieldIds={{ priorityId: 'programme-priority', name: 'programme-name', summary: 'programme-summary' }} />
      <Select id="programme-priority" label="Priority theme it delivers" value={priorityId} onChange={setPriorityId} error={problem?.fields.priorityId}
        options={roadmap.priorities.map((p) => ({ value: p.id, label: p.title }))} />
      <TextInput id="programme-name" label="Name" value={name} onChange={setName} error={problem?.fields.name} maxLength={250} />
      <Textarea id="programme-summary" label="Summary (optional)" value={summary} onChange={setSummary} error={problem?.fields.summary} maxLength={5000} />
      <Button type="submit" busy={save.isPending}>{programme ? 'Save the programme' : 'Add the programme'}</Button>
    </form>
  );
}
