import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { InsightDetail } from '../../../shared/contracts/insights.js';
import { flashState, useFlash } from '../../app/flash.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { BackLink } from '../../ui/BackLink.js';
import { Button } from '../../ui/Button.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { formatDate } from '../../ui/format.js';
import { Markdown } from '../../ui/Markdown.js';
import { Page } from '../../ui/Page.js';
import { useNotice, type Notify } from '../../ui/SuccessBanner.js';
import { LoadError, Loading } from '../../ui/status.js';
import { useDeleteInsight, useInsight, useUpdateInsight } from './api.js';
import { EvidenceFinder } from './EvidenceFinder.js';
import { SupportsPriorities } from '../traceability/SupportsPriorities.js';
import { InsightComments } from './InsightComments.js';
import { InsightEvidence } from './InsightEvidence.js';
import { InsightLinks } from './InsightLinks.js';
import { StrengthPanel } from './StrengthPanel.js';
import { StatusTag } from './StrengthTag.js';
import './insights.scss';

/** One insight: what it says, how strongly the evidence backs it, the evidence itself, and the team's comments. */
export function InsightPage() {
  const orgId = useOrgId();
  const { strategyId = '', insightId = '' } = useParams();
  const insight = useInsight(insightId);
  const { banner, notify } = useNotice(useFlash());
  const data = insight.data;
  const before = (
    <>
      <BackLink to={paths.insights(orgId, strategyId)}>Back to insights</BackLink>
      {banner}
    </>
  );
  if (!data) {
    return (
      <Page title="Insight" before={before}>
        {insight.isPending && <Loading what="the insight" />}
        {insight.isError && <LoadError error={insight.error} what="The insight" />}
      </Page>
    );
  }
  return (
    <Page title={`Insight: ${data.statement.slice(0, 60)}`} heading={<span className="chorus-break-anywhere">{data.statement}</span>} caption="Insight" before={before}>
      <p className="nhsuk-body-s">
        <StatusTag status={data.status} /> {data.createdBy ? `Written by ${data.createdBy}` : 'Written'} on {formatDate(data.createdAt)}
        {data.updatedAt !== data.createdAt ? `, last changed ${formatDate(data.updatedAt)}` : ''}.
      </p>
      {!data.can.update && (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p className="nhsuk-body">You can read this insight and its evidence. The strategy team writes and changes insights.</p>
        </div>
      )}
      {data.can.update && <InsightActions orgId={orgId} strategyId={strategyId} insight={data} notify={notify} />}
      {data.detail.trim() ? <Markdown>{data.detail}</Markdown> : data.can.update && <p className="nhsuk-body-s">No detail yet: edit the insight to say what lies behind it.</p>}
      <StrengthPanel insight={data} />
      {/* The short sections first: the evidence list runs to 50 cards a page. */}
      <InsightLinks insight={data} />
      <SupportsPriorities strategyId={strategyId} insightId={data.id} />
      <InsightEvidence insightId={data.id} strategyId={strategyId} canChange={data.can.update} />
      {data.can.update && <EvidenceFinder insightId={data.id} strategyId={strategyId} />}
      <InsightComments insight={data} />
    </Page>
  );
}

function InsightActions({ orgId, strategyId, insight, notify }: { orgId: string; strategyId: string; insight: InsightDetail; notify: Notify }) {
  const navigate = useNavigate();
  const update = useUpdateInsight(insight.id);
  const remove = useDeleteInsight(insight.id);
  const [confirming, setConfirming] = useState(false);
  const agreed = insight.status === 'agreed';
  const error = update.error ?? remove.error;
  return (
    <>
      <div className="nhsuk-button-group">
        <Button
          variant="secondary"
          busy={update.isPending}
          onClick={() =>
            update.mutate({ status: agreed ? 'draft' : 'agreed' }, { onSuccess: () => notify(agreed ? 'The insight is a draft again.' : 'The insight is agreed.') })
          }
        >
          {agreed ? 'Make it a draft again' : 'Mark as agreed'}
        </Button>
        <Link className="nhsuk-button nhsuk-button--secondary" to={paths.editInsight(orgId, strategyId, insight.id)}>
          Edit the statement and detail
        </Link>
        {insight.can.delete && (
          <Button variant="warning" onClick={() => setConfirming(true)}>
            Delete the insight
          </Button>
        )}
      </div>
      {error && (
        <p className="nhsuk-error-message" role="alert">
          {error.message}
        </p>
      )}
      <ConfirmDialog
        open={confirming}
        title="Delete this insight?"
        confirmLabel="Delete it"
        busy={remove.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => navigate(paths.insights(orgId, strategyId), { state: flashState('The insight has been deleted.') }),
            onError: () => setConfirming(false),
          })
        }
      >
        <p className="nhsuk-body">
          The statement, its detail and comments go. The evidence stays in the library; only its link to this insight is removed. This cannot be undone.
        </p>
      </ConfirmDialog>
    </>
  );
}
