import { Link, useParams } from 'react-router';
import { useFlash } from '../../app/flash.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { BackLink } from '../../ui/BackLink.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { useFormProblem } from '../../ui/form-problem.js';
import { Page } from '../../ui/Page.js';
import { useNotice } from '../../ui/SuccessBanner.js';
import { EmptyState, LoadError, Loading } from '../../ui/status.js';
import { useStrategyOverview } from '../strategies/api.js';
import { AgreedOrder } from './AgreedOrder.js';
import { priorityPaths, usePriorities, usePriorityWarnings } from './api.js';
import { PrioritisationPanel } from './PrioritisationPanel.js';
import { PriorityWarningsPanel } from './PriorityWarningsPanel.js';
import './priorities.scss';

/** The strategy's priority themes: what they miss, the agreed order, and how they were weighed. */
export function PriorityListPage() {
  const orgId = useOrgId();
  const { strategyId = '' } = useParams();
  const strategy = useStrategyOverview(strategyId).data?.strategy;
  const list = usePriorities(strategyId);
  const warnings = usePriorityWarnings(strategyId);
  const { banner, notify } = useNotice(useFlash());
  const form = useFormProblem();
  const data = list.data;

  return (
    <Page title="Priority themes" caption={strategy?.name} before={<><BackLink to={paths.strategy(orgId, strategyId)}>Back to the strategy</BackLink>{banner}</>}>
      {list.isPending && <Loading what="priority themes" />}
      {list.isError && <LoadError error={list.error} what="The priority themes" />}
      {data && (
        <>
          <p className="nhsuk-body">
            A priority theme answers what staff told you: each stands on insights, aims for an ambition, and has a sponsor and a lead. Weigh the themes
            against criteria to see a ranking, then agree the order.
          </p>
          <ErrorSummary problem={form.problem} fieldIds={{}} />
          {warnings.data && <PriorityWarningsPanel orgId={orgId} strategyId={strategyId} warnings={warnings.data} />}
          {data.can.edit && (
            <p className="nhsuk-body">
              <Link className="nhsuk-button" to={priorityPaths.new(orgId, strategyId)}>Add a priority theme</Link>
            </p>
          )}
          {data.priorities.length === 0 ? (
            <EmptyState title="No priority themes yet.">
              <p className="nhsuk-body">
                Start from the strongest <Link to={paths.insights(orgId, strategyId)}>insights</Link>: group the ones that call for the same response into
                a theme. {data.can.edit ? 'Choose “Add a priority theme” to write the first.' : 'The strategy team writes them.'}
              </p>
            </EmptyState>
          ) : (
            <AgreedOrder orgId={orgId} strategyId={strategyId} data={data} notify={notify} onError={form.showError} />
          )}
          <PrioritisationPanel strategyId={strategyId} data={data} notify={notify} />
        </>
      )}
    </Page>
  );
}
