import type { ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { Strategy } from '../../../shared/contracts/strategies.js';
import { flashState } from '../../app/flash.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { BackLink } from '../../ui/BackLink.js';
import { Page } from '../../ui/Page.js';
import { LoadError, Loading } from '../../ui/status.js';
import { useStrategyOverview } from './api.js';
import { ChangePhaseForm } from './ChangePhaseForm.js';
import { EditStrategyForm } from './EditStrategyForm.js';

/**
 * A page holding one form about a strategy, reached from a link on the strategy page (the
 * forms made that page very long). Saving returns to the strategy page with the outcome.
 */
function StrategyFormPage({ title, form }: { title: string; form(strategy: Strategy, done: (message: string) => void): ReactNode }) {
  const orgId = useOrgId();
  const { strategyId = '' } = useParams();
  const navigate = useNavigate();
  const overview = useStrategyOverview(strategyId);
  const strategy = overview.data?.strategy;
  const back = paths.strategy(orgId, strategyId);
  const done = (message: string) => void navigate(back, { state: flashState(message) });
  return (
    <Page title={title} caption={strategy?.name} before={<BackLink to={back}>Back to the strategy</BackLink>}>
      {overview.isPending && <Loading what="the strategy" />}
      {overview.isError && <LoadError error={overview.error} what="The strategy" />}
      {strategy &&
        (strategy.can.update ? (
          form(strategy, done)
        ) : (
          <p className="nhsuk-body">
            {strategy.archived ? 'This strategy is archived, so it cannot be changed.' : 'Only the strategy team can change this strategy.'}
          </p>
        ))}
    </Page>
  );
}

export function ChangePhasePage() {
  return <StrategyFormPage title="Change phase" form={(strategy, done) => <ChangePhaseForm strategy={strategy} onDone={done} />} />;
}

export function RenameStrategyPage() {
  return <StrategyFormPage title="Change name and years" form={(strategy, done) => <EditStrategyForm strategy={strategy} onDone={done} />} />;
}
