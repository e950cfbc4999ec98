import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { TIME_LABELS } from '../../../shared/contracts/estate.js';
import type { PriorityDetail } from '../../../shared/contracts/priorities.js';
import { flashState, useFlash } from '../../app/flash.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { BackLink } from '../../ui/BackLink.js';
import { Button } from '../../ui/Button.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { useFormProblem } from '../../ui/form-problem.js';
import { Markdown } from '../../ui/Markdown.js';
import { Page } from '../../ui/Page.js';
import { ScrollRegion } from '../../ui/ScrollRegion.js';
import { useNotice } from '../../ui/SuccessBanner.js';
import { SummaryList } from '../../ui/SummaryList.js';
import { LoadError, Loading } from '../../ui/status.js';
import { Table } from '../../ui/Table.js';
import { Tag } from '../../ui/Tag.js';
import { DevelopComments } from '../comments/DevelopComments.js';
import { StrengthTag } from '../insights/StrengthTag.js';
import { priorityPaths, useDeletePriority, usePriority } from './api.js';
import { VoicesPanel } from './VoicesPanel.js';
import './priorities.scss';

/** One priority theme: what it answers, aims for and concerns, its scores, and the voices behind it. */
export function PriorityPage() {
  const orgId = useOrgId();
  const { strategyId = '', priorityId = '' } = useParams();
  const priority = usePriority(priorityId);
  const { banner } = useNotice(useFlash());
  const data = priority.data;
  return (
    <Page title={data?.title ?? 'Priority theme'} caption={data ? `Priority ${data.position + 1}` : undefined} before={<><BackLink to={paths.priorities(orgId, strategyId)}>Back to priority themes</BackLink>{banner}</>}>
      {priority.isPending && <Loading what="the priority theme" />}
      {priority.isError && <LoadError error={priority.error} what="The priority theme" />}
      {data && <PriorityBody orgId={orgId} strategyId={strategyId} data={data} />}
    </Page>
  );
}

function PriorityBody({ orgId, strategyId, data }: { orgId: string; strategyId: string; data: PriorityDetail }) {
  const navigate = useNavigate();
  const form = useFormProblem();
  const [confirming, setConfirming] = useState(false);
  const remove = useDeletePriority(data.id);
  return (
    <>
      <ErrorSummary problem={form.problem} fieldIds={{}} />
      {data.summary && <p className="nhsuk-lede-text chorus-break-anywhere">{data.summary}</p>}
      <SummaryList
        rows={[
          { key: 'Executive sponsor', value: data.sponsor || 'Not named yet' },
          { key: 'Lead', value: data.lead || 'Not named yet' },
          ...(data.positionReason ? [{ key: 'Why it is in this place', value: data.positionReason }] : []),
        ]}
      />
      {data.can.update && (
        <p className="nhsuk-body">
          <Link className="nhsuk-button nhsuk-button--secondary" to={priorityPaths.edit(orgId, strategyId, data.id)}>Edit the priority theme</Link>
        </p>
      )}
      <h2 className="nhsuk-heading-m">The ambition</h2>
      {data.ambition ? <Markdown>{data.ambition}</Markdown> : <p className="nhsuk-body">No ambition written yet.</p>}

      <h2 className="nhsuk-heading-m">What we heard</h2>
      {data.insights.length === 0 ? (
        <p className="nhsuk-body">No insights linked yet. {data.can.update ? 'Edit the theme to choose the insights it answers.' : ''}</p>
      ) : (
        <ul className="nhsuk-list chorus-priority-insights">
          {data.insights.map((i) => (
            <li key={i.id}>
              <StrengthTag level={i.strength.level} /> <Link to={paths.insight(orgId, strategyId, i.id)} className="chorus-break-anywhere">{i.statement}</Link>{' '}
              <span className="nhsuk-body-s">({i.strength.items} pieces of evidence)</span>
            </li>
          ))}
        </ul>
      )}

      <h2 className="nhsuk-heading-m">What Good Looks Like: where we are and where we aim</h2>
      {data.maturityTargets.length === 0 ? (
        <p className="nhsuk-body">No maturity measures chosen yet.</p>
      ) : (
        <ScrollRegion label="Maturity measures, current and target levels">
          <Table
            caption="Maturity measures"
            captionHidden
            rows={data.maturityTargets}
            rowKey={(t) => t.measureId}
            columns={[
              { header: 'Measure', cell: (t) => t.name },
              { header: 'Current level', cell: (t) => (t.currentLevel === null ? 'Not assessed yet' : <>{t.currentLevel} <span className="nhsuk-body-s">({t.currentFrom})</span></>) },
              { header: 'Target level', cell: (t) => t.targetLevel, numeric: true },
            ]}
          />
        </ScrollRegion>
      )}

      <h2 className="nhsuk-heading-m">Systems it concerns</h2>
      {data.systems.length === 0 ? (
        <p className="nhsuk-body">No systems chosen yet.</p>
      ) : (
        <ul className="nhsuk-list">
          {data.systems.map((s) => (
            <li key={s.id}>
              {s.name} {s.time ? <Tag colour="blue">{TIME_LABELS[s.time]}</Tag> : <span className="nhsuk-body-s">(no TIME decision yet: its fit is not assessed)</span>}
            </li>
          ))}
        </ul>
      )}

      <h2 className="nhsuk-heading-m">Scores</h2>
      {data.scores.length === 0 ? (
        <p className="nhsuk-body">
          No criteria yet: set them on the <Link to={paths.priorities(orgId, strategyId)}>priority themes page</Link>.
        </p>
      ) : (
        <ScrollRegion label="Scores against each criterion">
          <Table
            caption="Scores"
            captionHidden
            rows={data.scores}
            rowKey={(s) => s.criterionId}
            columns={[
              { header: 'Criterion', cell: (s) => `${s.name} (${s.kind})` },
              { header: 'Weight', cell: (s) => s.weight, numeric: true },
              { header: 'Score (1 to 5)', cell: (s) => s.score ?? 'Not scored', numeric: true },
            ]}
          />
        </ScrollRegion>
      )}

      <VoicesPanel priorityId={data.id} />

      <DevelopComments strategyId={strategyId} subjectType="priority" subjectId={data.id} />

      {data.can.delete && (
        <>
          <h2 className="nhsuk-heading-m">Delete the priority theme</h2>
          <Button variant="warning" onClick={() => setConfirming(true)}>Delete the priority theme</Button>
          <ConfirmDialog
            open={confirming}
            title={`Delete “${data.title}”?`}
            confirmLabel="Delete it"
            busy={remove.isPending}
            onCancel={() => setConfirming(false)}
            onConfirm={() =>
              remove.mutate(undefined, {
                onSuccess: () => navigate(paths.priorities(orgId, strategyId), { state: flashState(`“${data.title}” has been deleted.`) }),
                onError: (error) => {
                  setConfirming(false);
                  form.showError(error);
                },
              })
            }
          >
            <p className="nhsuk-body">Its links, scores and comments go with it. The insights and their evidence stay.</p>
          </ConfirmDialog>
        </>
      )}
    </>
  );
}
