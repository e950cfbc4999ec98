import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { todayInLondon } from '../../../shared/calendar-date.js';
import { ZCreateAssessment, type AssessmentList } from '../../../shared/contracts/maturity.js';
import { flashState } from '../../app/flash.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { BackLink } from '../../ui/BackLink.js';
import { Button } from '../../ui/Button.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { Select, TextInput } from '../../ui/fields.js';
import { useFormProblem } from '../../ui/form-problem.js';
import { Page } from '../../ui/Page.js';
import { Radios } from '../../ui/Radios.js';
import { LoadError, Loading } from '../../ui/status.js';
import { Textarea } from '../../ui/Textarea.js';
import { useAssessments, useCreateAssessment } from './api.js';

const fieldIds = {
  title: 'assessment-title',
  assessedOn: 'assessment-date',
  frameworkId: 'assessment-framework',
  strategyId: 'assessment-strategy',
  assessors: 'assessment-assessors',
};

/** One name or role a line; blank lines are dropped. */
export const assessorsFrom = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean);

export function NewAssessmentPage() {
  const orgId = useOrgId();
  const list = useAssessments(orgId);
  const before = <BackLink to={paths.maturity(orgId)}>Back to digital maturity</BackLink>;
  return (
    <Page title="Start an assessment" before={before}>
      {list.isPending && <Loading what="the form" />}
      {list.isError && <LoadError error={list.error} what="The form" />}
      {list.data && <NewAssessmentForm orgId={orgId} options={list.data} />}
    </Page>
  );
}

function NewAssessmentForm({ orgId, options }: { orgId: string; options: AssessmentList }) {
  const navigate = useNavigate();
  const form = useFormProblem();
  const create = useCreateAssessment(orgId);
  const [title, setTitle] = useState('');
  const [assessedOn, setAssessedOn] = useState(todayInLondon());
  const [frameworkId, setFrameworkId] = useState(options.frameworks[0]?.id ?? '');
  const [strategyId, setStrategyId] = useState('');
  const [assessors, setAssessors] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    const parsed = ZCreateAssessment.safeParse({ title, assessedOn, frameworkId, strategyId: strategyId || null, assessors: assessorsFrom(assessors) });
    if (!parsed.success) return form.showZod(parsed.error);
    form.clear();
    create.mutate(parsed.data, {
      onSuccess: (a) => navigate(paths.editAssessment(orgId, a.id), { state: flashState('The assessment has been started. Score each measure below.') }),
      onError: form.showError,
    });
  };

  return (
    <>
      <ErrorSummary problem={form.problem} fieldIds={fieldIds} />
      <form onSubmit={submit} noValidate>
        <TextInput id={fieldIds.title} label="Title" labelClassName="nhsuk-label--s" hint="For example “Baseline for the 2026 strategy”" value={title} onChange={setTitle} error={form.field('title')} />
        <TextInput id={fieldIds.assessedOn} type="date" label="Assessed on" labelClassName="nhsuk-label--s" value={assessedOn} onChange={setAssessedOn} error={form.field('assessedOn')} width={10} />
        <Radios
          id={fieldIds.frameworkId}
          name="frameworkId"
          legend="Framework"
          options={options.frameworks.map((f) => ({ value: f.id, label: f.name, ...(f.builtIn ? { hint: 'Built in: the national framework' } : {}) }))}
          value={frameworkId}
          onChange={setFrameworkId}
          error={form.field('frameworkId')}
        />
        {options.strategies.length > 0 && (
          <Select
            id={fieldIds.strategyId}
            label="Strategy (optional)"
            labelClassName="nhsuk-label--s"
            hint="Link the assessment to the strategy it informs, or leave it as the organisation’s own"
            options={[{ value: '', label: 'Not linked to a strategy' }, ...options.strategies.map((s) => ({ value: s.id, label: s.name }))]}
            value={strategyId}
            onChange={setStrategyId}
            error={form.field('strategyId')}
          />
        )}
        <Textarea
          id={fieldIds.assessors}
          label="Assessors (optional)"
          labelClassName="nhsuk-label--s"
          hint="The leaders who agreed the scores: one name or role a line. They do not need a Chorus account."
          rows={4}
          value={assessors}
          onChange={setAssessors}
          error={form.field('assessors')}
        />
        <Button type="submit" busy={create.isPending}>
          Start the assessment
        </Button>
      </form>
    </>
  );
}
