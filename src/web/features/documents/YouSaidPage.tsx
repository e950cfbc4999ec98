import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import type { StrategyDocument } from '../../../shared/strategy-document.js';
import { api } from '../../app/api.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { BackLink } from '../../ui/BackLink.js';
import { Page } from '../../ui/Page.js';
import { LoadError, Loading } from '../../ui/status.js';
import { DocumentTree } from './DocumentTree.js';
import './documents.scss';

/**
 * "You said, we did" in the workspace: the same page the public reads once a version is
 * published, composed now from the insights, the priorities they shaped and what delivery has
 * recorded, so the team sees what staff will see before sharing the link.
 */
export function YouSaidPage() {
  const orgId = useOrgId();
  const { strategyId = '' } = useParams();
  const tree = useQuery({ queryKey: ['documents', 'you-said', strategyId], queryFn: () => api.get<StrategyDocument>(`/strategies/${strategyId}/you-said-we-did`) });
  return (
    <Page title="You said, we did" caption="Deliver" before={<BackLink to={paths.strategy(orgId, strategyId)}>Back to the strategy</BackLink>}>
      <p className="nhsuk-body-l">What staff told us, what we decided because of it, and what has been done so far. It changes as delivery is recorded.</p>
      <div className="nhsuk-inset-text">
        <span className="nhsuk-u-visually-hidden">Information: </span>
        <p className="nhsuk-body">
          Once a version of the strategy is published, anyone can read this page at the strategy’s public address, followed by <code>/you-said-we-did</code>.
          Groups smaller than your organisation’s minimum are never named, and quotes have personal details masked.
        </p>
      </div>
      {tree.isPending && <Loading what="the page" />}
      {tree.isError && <LoadError error={tree.error} what="You said, we did" />}
      {tree.data && <DocumentTree document={tree.data} idPrefix="you-said" />}
    </Page>
  );
}
