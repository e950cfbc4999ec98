import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import type { AssessmentSummary } from '../../../shared/contracts/maturity.js';
import { useFlash } from '../../app/flash.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { Button } from '../../ui/Button.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { Select } from '../../ui/fields.js';
import { useFormProblem } from '../../ui/form-problem.js';
import { formatDate } from '../../ui/format.js';
import { Page } from '../../ui/Page.js';
import { EmptyState, LoadError, Loading } from '../../ui/status.js';
import { useNotice } from '../../ui/SuccessBanner.js';
import { Table, type Column } from '../../ui/Table.js';
import { useAssessments } from './api.js';
import { StatusTag } from './labels.js';

/** The organisation's maturity assessments, and the way into comparing two of them. */
export function MaturityPage() {
  const orgId = useOrgId();
  const { banner } = useNotice(useFlash());
  const list = useAssessments(orgId);
  const columns: Column<AssessmentSummary>[] = [
    { header: 'Assessment', cell: (a) => <Link to={paths.assessment(orgId, a.id)}>{a.title}</Link> },
    { header: 'Assessed on', cell: (a) => formatDate(a.assessedOn) },
    { header: 'Framework', cell: (a) => a.framework.name },
    { header: 'Status', cell: (a) => <StatusTag status={a.status} /> },
    { header: 'Measures scored', numeric: true, cell: (a) => `${a.scoredCount} of ${a.measureCount}` },
  ];
  return (
    <Page title="Digital maturity" before={banner}>
      <p className="nhsuk-body">
        Self-assessments of where the organisation stands, scored measure by measure against a framework such as NHS England’s
        What Good Looks Like. A baseline now, and another later, show what has moved.
      </p>
      {list.data?.can.create && (
        <Link className="nhsuk-button" to={paths.newAssessment(orgId)}>
          Start an assessment
        </Link>
      )}
      <p className="nhsuk-body">
        <Link to={paths.maturityFrameworks(orgId)}>Frameworks and their measures</Link>
      </p>
      {list.isPending && <Loading what="assessments" />}
      {list.isError && <LoadError error={list.error} what="The assessments" />}
      {list.data &&
        (list.data.assessments.length === 0 ? (
          <EmptyState title="No assessments yet.">
            <p className="nhsuk-body">Start with a baseline: agree a score for each measure with the people who lead the organisation.</p>
          </EmptyState>
        ) : (
          <>
            <Table
              caption={`${list.data.assessments.length} ${list.data.assessments.length === 1 ? 'assessment' : 'assessments'}`}
              columns={columns}
              rows={list.data.assessments}
              rowKey={(a) => a.id}
            />
            {list.data.assessments.length > 1 && <CompareForm orgId={orgId} assessments={list.data.assessments} />}
          </>
        ))}
    </Page>
  );
}

function CompareForm({ orgId, assessments }: { orgId: string; assessments: AssessmentSummary[] }) {
  const navigate = useNavigate();
  const form = useFormProblem();
  // Newest first in the list: compare the one before the newest with the newest by default.
  const [from, setFrom] = useState(assessments[1]?.id ?? '');
  const [to, setTo] = useState(assessments[0]?.id ?? '');
  const options = assessments.map((a) => ({ value: a.id, label: `${a.title} (${formatDate(a.assessedOn)})` }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const a = assessments.find((x) => x.id === from);
    const b = assessments.find((x) => x.id === to);
    if (!a || !b) return;
    if (a.id === b.id) return form.set({ detail: null, fields: { to: 'Choose two different assessments' } });
    if (a.framework.id !== b.framework.id) return form.set({ detail: null, fields: { to: 'Choose an assessment of the same framework as the first' } });
    form.clear();
    navigate(paths.compareAssessments(orgId, from, to));
  };
  return (
    <section aria-labelledby="compare-heading">
      <h2 className="nhsuk-heading-m" id="compare-heading">
        Compare two assessments
      </h2>
      <ErrorSummary problem={form.problem} fieldIds={{ to: 'compare-to' }} />
      <form onSubmit={submit} noValidate>
        <Select id="compare-from" label="Earlier assessment" labelClassName="nhsuk-label--s" options={options} value={from} onChange={setFrom} />
        <Select id="compare-to" label="Later assessment" labelClassName="nhsuk-label--s" options={options} value={to} onChange={setTo} error={form.field('to')} />
        <Button type="submit" variant="secondary">
          Compare
        </Button>
      </form>
    </section>
  );
}
