import { Link, useParams } from 'react-router';
import { STALE_AFTER_DAYS, type DeliveryDashboard } from '../../../shared/contracts/delivery.js';
import { MEASURE_STATUS_WORDS, MEASURE_STATUSES } from '../../../shared/contracts/measures.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { BackLink } from '../../ui/BackLink.js';
import { plural } from '../../ui/format.js';
import { Page } from '../../ui/Page.js';
import { ScrollRegion } from '../../ui/ScrollRegion.js';
import { LoadError, Loading } from '../../ui/status.js';
import { Table } from '../../ui/Table.js';
import { useDeliveryDashboard } from './api.js';
import { AtRisk, BoardReportLinks, OverdueMilestones, Trajectories } from './DashboardSections.js';
import { RagTag } from './DeliveryPanel.js';
import './delivery.scss';

type PriorityRow = DeliveryDashboard['priorities'][number];

/** A bar for a percentage, drawn for the eye only: the number beside it says the same. */
function ProgressBar({ percent }: { percent: number }) {
  return (
    <span className="chorus-progress" aria-hidden="true">
      <span className="chorus-progress__done" style={{ width: `${percent}%` }} />
    </span>
  );
}

/**
 * Where delivery of the strategy stands, for the team and the leaders who follow it: initiatives
 * by their latest RAG, the red and amber ones with their reasons, progress per priority theme,
 * overdue milestones, who owes an update, each measure against its trajectory, and the board report.
 */
export function DeliveryDashboardPage() {
  const orgId = useOrgId();
  const { strategyId = '' } = useParams();
  const dashboard = useDeliveryDashboard(strategyId);
  const data = dashboard.data;
  return (
    <Page title="Delivery" caption="Deliver" before={<BackLink to={paths.strategy(orgId, strategyId)}>Back to the strategy</BackLink>}>
      <p className="nhsuk-lede-text">How the initiatives are going, by their latest updates, and whether the measures are moving.</p>
      {dashboard.isPending && <Loading what="the delivery dashboard" />}
      {dashboard.isError && <LoadError error={dashboard.error} what="The delivery dashboard" />}
      {data && (
        <>
          <h2 className="nhsuk-heading-m">Initiatives by their latest RAG rating</h2>
          <ul className="nhsuk-list chorus-rag-counts">
            {(['red', 'amber', 'green'] as const).map((rag) => (
              <li key={rag}><RagTag rag={rag} /> {plural(data.rag[rag], 'initiative')}</li>
            ))}
            <li>No update yet: {plural(data.rag.none, 'initiative')}</li>
          </ul>
          {data.percentComplete !== null && (
            <p className="nhsuk-body">
              Overall {data.percentComplete}% complete <ProgressBar percent={data.percentComplete} />
            </p>
          )}
          <AtRisk orgId={orgId} strategyId={strategyId} data={data} />

          <ScrollRegion label="Progress per priority theme" stickyFirstColumn={false}>
            <Table<PriorityRow>
              caption="Progress per priority theme"
              rows={data.priorities}
              rowKey={(p) => p.priorityId}
              columns={[
                { header: 'Priority theme', cell: (p) => <Link to={paths.priority(orgId, strategyId, p.priorityId)} className="chorus-break-anywhere">{p.title}</Link> },
                { header: 'Initiatives', numeric: true, cell: (p) => p.initiatives },
                { header: 'Done', numeric: true, cell: (p) => p.done },
                { header: 'Complete', numeric: true, cell: (p) => (p.percentComplete === null ? 'No initiatives' : <>{p.percentComplete}% <ProgressBar percent={p.percentComplete} /></>) },
              ]}
            />
          </ScrollRegion>
          <p className="nhsuk-body-s">Complete is the average of each initiative’s latest percentage; one without an update counts as 0, a done one as 100.</p>

          <OverdueMilestones orgId={orgId} strategyId={strategyId} data={data} />

          <h2 className="nhsuk-heading-m">Updates due</h2>
          {data.needUpdate.length === 0 ? (
            <p className="nhsuk-body">Every initiative in progress has been updated in the last {STALE_AFTER_DAYS} days.</p>
          ) : (
            <>
              <p className="nhsuk-body">In progress with no update for more than {STALE_AFTER_DAYS} days:</p>
              <ul className="nhsuk-list nhsuk-list--bullet">
                {data.needUpdate.map((n) => (
                  <li key={n.initiativeId}>
                    <Link to={paths.initiative(orgId, strategyId, n.initiativeId)} className="chorus-break-anywhere">{n.title}</Link>
                    {n.lastUpdateLabel ? `, last updated ${n.lastUpdateLabel}` : ', never updated'}
                  </li>
                ))}
              </ul>
            </>
          )}

          <h2 className="nhsuk-heading-m">Outcome measures</h2>
          <ul className="nhsuk-list">
            {MEASURE_STATUSES.map((status) => (
              <li key={status}>{MEASURE_STATUS_WORDS[status]}: {data.measures[status]}</li>
            ))}
          </ul>
          <p className="nhsuk-body"><Link to={paths.measures(orgId, strategyId)}>See each measure in full</Link></p>
          <Trajectories orgId={orgId} strategyId={strategyId} data={data} />

          <BoardReportLinks strategyId={strategyId} />
        </>
      )}
    </Page>
  );
}
