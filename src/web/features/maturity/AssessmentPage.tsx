import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { Assessment } from '../../../shared/contracts/maturity.js';
import { flashState, useFlash } from '../../app/flash.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { BackLink } from '../../ui/BackLink.js';
import { Button } from '../../ui/Button.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { useFormProblem } from '../../ui/form-problem.js';
import { formatDate } from '../../ui/format.js';
import { Markdown } from '../../ui/Markdown.js';
import { Page } from '../../ui/Page.js';
import { LoadError, Loading } from '../../ui/status.js';
import { useNotice } from '../../ui/SuccessBanner.js';
import { SummaryList } from '../../ui/SummaryList.js';
import { useCompleteAssessment, useDeleteAssessment, useReopenAssessment, useAssessment } from './api.js';
import { ArchivedNote, scaleHelp, StatusTag, SummaryNotice } from './labels.js';
import { ScoresChart } from './ScoresChart.js';

export function AssessmentPage() {
  const orgId = useOrgId();
  const { assessmentId = '' } = useParams();
  const { banner, notify } = useNotice(useFlash());
  const assessment = useAssessment(orgId, assessmentId);
  const data = assessment.data;
  const before = (
    <>
      <BackLink to={paths.maturity(orgId)}>Back to digital maturity</BackLink>
      {banner}
    </>
  );
  if (!data) {
    return (
      <Page title="Assessment" before={before}>
        {assessment.isPending && <Loading what="the assessment" />}
        {assessment.isError && <LoadError error={assessment.error} what="The assessment" />}
      </Page>
    );
  }
  return (
    <Page title={data.title} caption="Digital maturity assessment" before={before}>
      <SummaryList
        rows={[
          { key: 'Status', value: <StatusTag status={data.status} /> },
          { key: 'Assessed on', value: formatDate(data.assessedOn) },
          { key: 'Framework', value: data.framework.name },
          { key: 'Strategy', value: data.strategy ? `${data.strategy.name}${data.strategy.archived ? ' (archived)' : ''}` : 'Not linked to a strategy' },
          {
            key: 'Assessors',
            value: data.assessors.length === 0 ? 'Not recorded' : (
              <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
                {data.assessors.map((name, i) => <li key={`${i}-${name}`}>{name}</li>)}
              </ul>
            ),
          },
          { key: 'Measures scored', value: `${data.scoredCount} of ${data.measureCount}` },
        ]}
      />
      {data.strategy?.archived && <ArchivedNote />}
      {data.can.update && (
        <p className="nhsuk-body">
          <Link to={paths.editAssessment(orgId, data.id)}>
            Edit the scores<span className="nhsuk-u-visually-hidden"> and details of this assessment</span>
          </Link>
        </p>
      )}
      <StatusActions orgId={orgId} assessment={data} notify={notify} />
      <section aria-labelledby="chart-heading">
        <h2 className="nhsuk-heading-m" id="chart-heading">Scores</h2>
        <p className="nhsuk-body">{scaleHelp(data.framework.scaleMax)}</p>
        <ScoresChart
          measures={data.measures.map((m) => m.name)}
          max={data.framework.scaleMax}
          series={[{ label: data.title, scores: data.measures.map((m) => m.score), style: 'solid' }]}
          title={`Radar chart of the scores of ${data.title}`}
        />
      </section>
      <section aria-labelledby="measures-heading">
        <h2 className="nhsuk-heading-m" id="measures-heading">Measure by measure</h2>
        {data.measures.map((m) => (
          <div className="nhsuk-card" key={m.measureId}>
            <div className="nhsuk-card__content">
              <h3 className="nhsuk-card__heading">
                {m.name}: {m.score === null ? 'not yet scored' : `${m.score} of ${data.framework.scaleMax}`}
              </h3>
              {m.description && <p className="nhsuk-body-s">{m.description}</p>}
              {m.description && m.chorusSummary && <SummaryNotice />}
              {m.rationale.trim() ? <Markdown>{m.rationale}</Markdown> : <p className="nhsuk-body">No rationale yet.</p>}
              {m.evidence.length > 0 && (
                <>
                  <h4 className="nhsuk-heading-xs">Evidence</h4>
                  <ul className="nhsuk-list nhsuk-list--bullet">
                    {m.evidence.map((e, i) => (
                      <li key={`${i}-${e.label}`}>
                        {e.url ? (
                          <a href={e.url} rel="noopener noreferrer nofollow" target="_blank">
                            {e.label}
                            <span className="nhsuk-u-visually-hidden"> (opens in a new tab)</span>
                          </a>
                        ) : (
                          e.label
                        )}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </div>
          </div>
        ))}
      </section>
      {data.can.delete && <DeleteAssessment orgId={orgId} assessment={data} />}
    </Page>
  );
}

function StatusActions({ orgId, assessment, notify }: { orgId: string; assessment: Assessment; notify: (m: string) => void }) {
  const form = useFormProblem();
  const complete = useCompleteAssessment(orgId, assessment.id);
  const reopen = useReopenAssessment(orgId, assessment.id);
  if (!assessment.can.complete && !assessment.can.reopen) return null;
  return (
    <section aria-labelledby="status-heading">
      <h2 className="nhsuk-heading-m" id="status-heading">{assessment.can.complete ? 'Complete the assessment' : 'Reopen the assessment'}</h2>
      <ErrorSummary problem={form.problem} fieldIds={{}} />
      {assessment.can.complete && (
        <>
          <p className="nhsuk-body">
            {assessment.missing.length === 0
              ? 'Every measure has a score and a rationale.'
              : `To complete it, every measure needs a score and a rationale. Still missing: ${assessment.missing.join(', ')}.`}
          </p>
          <Button
            busy={complete.isPending}
            onClick={() => complete.mutate(undefined, { onSuccess: () => { form.clear(); notify('The assessment is complete.'); }, onError: form.showError })}
          >
            Mark as complete
          </Button>
        </>
      )}
      {assessment.can.reopen && (
        <>
          <p className="nhsuk-body">Reopen it as a draft to leave measures unfinished while you rework them.</p>
          <Button
            variant="secondary"
            busy={reopen.isPending}
            onClick={() => reopen.mutate(undefined, { onSuccess: () => { form.clear(); notify('The assessment is a draft again.'); }, onError: form.showError })}
          >
            Reopen as a draft
          </Button>
        </>
      )}
    </section>
  );
}

function DeleteAssessment({ orgId, assessment }: { orgId: string; assessment: Assessment }) {
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();
  const remove = useDeleteAssessment(orgId, assessment.id);
  return (
    <section aria-labelledby="delete-assessment-heading">
      <h2 className="nhsuk-heading-m" id="delete-assessment-heading">Delete the assessment</h2>
      <Button variant="warning" onClick={() => setOpen(true)}>Delete the assessment</Button>
      {remove.isError && <p className="nhsuk-error-message">{remove.error.message}</p>}
      <ConfirmDialog
        open={open}
        title={`Delete “${assessment.title}”?`}
        confirmLabel="Delete the assessment"
        busy={remove.isPending}
        onCancel={() => setOpen(false)}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => navigate(paths.maturity(orgId), { state: flashState(`“${assessment.title}” has been deleted.`) }),
            onSettled: () => setOpen(false),
          })
        }
      >
        Its scores, rationales and evidence will be deleted too. This cannot be undone.
      </ConfirmDialog>
    </section>
  );
}
