import { Link, useSearchParams } from 'react-router';
import type { Strategy } from '../../../shared/contracts/strategies.js';
import { PHASE_LABELS } from '../../../shared/contracts/strategies.js';
import { useFlash } from '../../app/flash.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { useOrganisation } from '../organisations/api.js';
import { formatDate } from '../../ui/format.js';
import { Page } from '../../ui/Page.js';
import { EmptyState, LoadError, Loading } from '../../ui/status.js';
import { useNotice } from '../../ui/SuccessBanner.js';
import { Table, type Column } from '../../ui/Table.js';
import { Tag } from '../../ui/Tag.js';
import { useStrategies } from './api.js';
import { CreateStrategyForm } from './CreateStrategyForm.js';
import { RestoreButton } from './RestoreButton.js';

export function StrategyListPage() {
  const orgId = useOrgId();
  const [params] = useSearchParams();
  const archived = params.get('archived') === 'true';
  const flash = useFlash();
  const { notify, banner } = useNotice(flash);
  const restored = (s: Strategy) =>
    notify(
      <>
        <Link to={paths.strategy(orgId, s.id)}>{s.name}</Link> has been restored.
      </>,
    );
  const organisation = useOrganisation(orgId);
  const strategies = useStrategies(orgId, archived);
  const role = organisation.data?.role;
  const canCreate = role === 'admin' || role === 'strategy_team';

  const columns: Column<Strategy>[] = [
    { header: 'Strategy', cell: (s) => <Link to={paths.strategy(orgId, s.id)}>{s.name}</Link> },
    { header: 'Years', cell: (s) => `${s.startYear} to ${s.endYear}` },
    { header: 'Phase', cell: (s) => <Tag colour="blue">{PHASE_LABELS[s.phase]}</Tag> },
    { header: 'Last changed', cell: (s) => formatDate(s.updatedAt) },
  ];
  if (archived) {
    columns.push({
      header: 'Actions',
      headerHidden: true,
      cell: (s) => (s.can.archive ? <RestoreButton strategy={s} onRestored={restored} /> : null),
    });
  }

  return (
    <Page
      title={archived ? 'Archived strategies' : 'Strategies'}
      caption={organisation.data?.name}
      before={banner}
    >
      <nav className="chorus-subnav" aria-label="Strategy lists">
        <ul className="chorus-subnav__list">
          <li className="chorus-subnav__item">
            <Link to={paths.strategies(orgId)} aria-current={archived ? undefined : 'page'}>
              Current
            </Link>
          </li>
          <li className="chorus-subnav__item">
            <Link to={paths.archivedStrategies(orgId)} aria-current={archived ? 'page' : undefined}>
              Archived
            </Link>
          </li>
        </ul>
      </nav>
      {strategies.isPending && <Loading what="strategies" />}
      {strategies.isError && <LoadError error={strategies.error} what="The strategies" />}
      {strategies.data &&
        (strategies.data.length === 0 ? (
          archived ? (
            <EmptyState title="No archived strategies.">
              <p className="nhsuk-body">A strategy you archive moves here, and can be restored at any time.</p>
            </EmptyState>
          ) : (
            <EmptyState title="There are no strategies yet.">
              <p className="nhsuk-body">
                {canCreate
                  ? 'A strategy holds one round of engagement, from discovering what staff need to delivering the plan. Create the first one below.'
                  : 'When the strategy team creates one, it will appear here.'}
              </p>
            </EmptyState>
          )
        ) : (
          <Table
            caption={archived ? 'Archived strategies' : 'Current strategies'}
            captionHidden
            columns={columns}
            rows={strategies.data}
            rowKey={(s) => s.id}
          />
        ))}
      {!archived && canCreate && <CreateStrategyForm orgId={orgId} />}
    </Page>
  );
}
