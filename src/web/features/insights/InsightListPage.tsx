import { Link, useParams, useSearchParams } from 'react-router';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { useFlash } from '../../app/flash.js';
import { BackLink } from '../../ui/BackLink.js';
import { plural } from '../../ui/format.js';
import { Page } from '../../ui/Page.js';
import { useNotice } from '../../ui/SuccessBanner.js';
import { EmptyState, LoadError, Loading } from '../../ui/status.js';
import { useStrategyOverview } from '../strategies/api.js';
import { useInsights } from './api.js';
import { StatusTag, StrengthTag } from './StrengthTag.js';
import './insights.scss';

const FILTERS = [
  { value: '', label: 'All' },
  { value: 'draft', label: 'Drafts' },
  { value: 'agreed', label: 'Agreed' },
] as const;

/** A strategy's insights, strongest first (the server sorts), with their status and what backs them. */
export function InsightListPage() {
  const orgId = useOrgId();
  const { strategyId = '' } = useParams();
  const [params] = useSearchParams();
  const status = params.get('status') === 'draft' || params.get('status') === 'agreed' ? params.get('status')! : '';
  const strategy = useStrategyOverview(strategyId).data?.strategy;
  const list = useInsights(strategyId, status);
  const data = list.data;
  const { banner } = useNotice(useFlash());

  return (
    <Page
      title="Insights"
      caption={strategy?.name}
      before={
        <>
          <BackLink to={paths.strategy(orgId, strategyId)}>Back to the strategy</BackLink>
          {banner}
        </>
      }
    >
      {/* Someone refused (or a failed load) reads only why, not an introduction to a list they cannot see. */}
      {!list.isError && (
        <>
          <p className="nhsuk-body">
            An insight is a short statement of something you heard, backed by the evidence that shows it. Its strength comes from that evidence: how much
            there is, from how many kinds of source, and from how many groups of staff.
          </p>
          {data?.can.create && (
            <p className="nhsuk-body">
              <Link className="nhsuk-button" to={paths.newInsight(orgId, strategyId)}>
                Write an insight
              </Link>
            </p>
          )}
          <nav className="chorus-insight-filters" aria-label="Show insights by status">
            <ul className="nhsuk-list chorus-insight-filters__list">
              {FILTERS.map((f) => (
                <li key={f.value}>
                  {f.value === status ? (
                    <span className="nhsuk-u-font-weight-bold" aria-current="page">
                      {f.label}
                    </span>
                  ) : (
                    <Link to={f.value ? `?status=${f.value}` : '?'}>{f.label}</Link>
                  )}
                </li>
              ))}
            </ul>
          </nav>
        </>
      )}
      {list.isPending && <Loading what="insights" />}
      {list.isError && <LoadError error={list.error} what="The insights" />}
      {data && data.insights.length === 0 && !status && (
        <EmptyState title="No insights yet.">
          <p className="nhsuk-body">
            Start from the evidence: open the <Link to={paths.evidence(orgId, strategyId)}>evidence library</Link>, search or filter to what shows one
            point, and choose “Add to an insight”. {data.can.create ? 'Or write an insight here and add its evidence afterwards.' : ''}
          </p>
        </EmptyState>
      )}
      {data && data.insights.length === 0 && status && (
        <EmptyState title={`No ${status === 'draft' ? 'draft' : 'agreed'} insights.`}>
          <p className="nhsuk-body">
            <Link to="?">Show all the insights</Link>
          </p>
        </EmptyState>
      )}
      {data && data.insights.length > 0 && (
        <>
          <h2 className="nhsuk-heading-s" aria-live="polite">
            {plural(data.insights.length, status === 'agreed' ? 'agreed insight' : status === 'draft' ? 'draft insight' : 'insight')}, strongest first
          </h2>
          <ol className="chorus-insight-list">
            {data.insights.map((insight) => (
              <li key={insight.id} className="nhsuk-card chorus-insight-card">
                <div className="nhsuk-card__content">
                  <h3 className="nhsuk-heading-s chorus-break-anywhere">
                    <Link to={paths.insight(orgId, strategyId, insight.id)}>{insight.statement}</Link>
                  </h3>
                  <p className="nhsuk-body-s chorus-insight-meta">
                    <StrengthTag level={insight.strength.level} /> <StatusTag status={insight.status} /> {plural(insight.strength.items, 'piece')} of
                    evidence from {plural(insight.strength.sourceKinds, 'kind')} of source
                    {insight.commentCount > 0 ? ` · ${plural(insight.commentCount, 'comment')}` : ''}
                  </p>
                </div>
              </li>
            ))}
          </ol>
          <details className="nhsuk-details">
            <summary className="nhsuk-details__summary">
              <span className="nhsuk-details__summary-text">How strength is worked out</span>
            </summary>
            <div className="nhsuk-details__text">
              <p>{data.rule}</p>
            </div>
          </details>
        </>
      )}
    </Page>
  );
}
