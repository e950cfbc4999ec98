import { Link, useParams } from 'react-router';
import type { WorkshopSummary } from '../../../shared/contracts/workshops.js';
import { useFlash } from '../../app/flash.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { BackLink } from '../../ui/BackLink.js';
import { formatDate } from '../../ui/format.js';
import { Page } from '../../ui/Page.js';
import { EmptyState, LoadError, Loading } from '../../ui/status.js';
import { useNotice } from '../../ui/SuccessBanner.js';
import { Table, type Column } from '../../ui/Table.js';
import { useStrategyOverview } from '../strategies/api.js';
import { useWorkshops } from './api.js';

export function WorkshopListPage() {
  const orgId = useOrgId();
  const { strategyId = '' } = useParams();
  const { banner } = useNotice(useFlash());
  const strategy = useStrategyOverview(strategyId).data?.strategy;
  const workshops = useWorkshops(strategyId);

  const columns: Column<WorkshopSummary>[] = [
    { header: 'Workshop', cell: (w) => <Link to={paths.workshop(orgId, strategyId, w.id)}>{w.title}</Link> },
    { header: 'Date', cell: (w) => formatDate(w.heldOn) },
    { header: 'Department or team', cell: (w) => w.department ?? w.orgUnit?.name ?? 'Not recorded' },
    { header: 'People', numeric: true, cell: (w) => w.attendanceTotal },
    { header: 'Sticky notes', numeric: true, cell: (w) => w.noteCount },
  ];

  return (
    <Page
      title="Workshops"
      caption={strategy?.name}
      before={
        <>
          <BackLink to={paths.strategy(orgId, strategyId)}>Back to the strategy</BackLink>
          {banner}
        </>
      }
    >
      <p className="nhsuk-body">Workshops with wards, departments and teams: who came, and what they wrote on sticky notes.</p>
      {workshops.data?.can.create && (
        <Link className="nhsuk-button" to={paths.newWorkshop(orgId, strategyId)}>
          Record a workshop
        </Link>
      )}
      {workshops.isPending && <Loading what="workshops" />}
      {workshops.isError && <LoadError error={workshops.error} what="The workshops" />}
      {workshops.data &&
        (workshops.data.workshops.length === 0 ? (
          <EmptyState title="No workshops recorded yet." />
        ) : (
          <Table
            caption={`${workshops.data.workshops.length} ${workshops.data.workshops.length === 1 ? 'workshop' : 'workshops'}`}
            columns={columns}
            rows={workshops.data.workshops}
            rowKey={(w) => w.id}
          />
        ))}
    </Page>
  );
}
