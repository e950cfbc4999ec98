import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { BackLink } from '../../ui/BackLink.js';
import { Button } from '../../ui/Button.js';
import { formatDateTime, plural } from '../../ui/format.js';
import { Page } from '../../ui/Page.js';
import { EmptyState, LoadError, Loading } from '../../ui/status.js';
import { filterFromQuery, useStartRun, useThemeRuns } from './api.js';

const STATUS: Record<string, string> = { queued: 'Waiting to start', running: 'Grouping', done: 'Ready', failed: 'Did not finish' };

/**
 * Theme suggestion for a strategy: start a run over the set chosen in the evidence library (its
 * filter arrives in the address) or over one survey question, and list earlier runs.
 */
export function ThemeRunsPage() {
  const orgId = useOrgId();
  const { strategyId = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const runs = useThemeRuns(strategyId);
  const start = useStartRun(strategyId);
  const [error, setError] = useState<string | null>(null);
  const questionId = params.get('questionId');
  const filter = filterFromQuery(params.toString());
  const chosen = Object.keys(filter).length > 0;
  const body = questionId ? { questionId } : chosen ? { filter } : {};
  const go = () =>
    start.mutate(body, {
      onSuccess: (r) => navigate(paths.themeRun(orgId, strategyId, r.id)),
      onError: (e) => setError((e as Error).message),
    });

  return (
    <Page title="Suggest themes" before={<BackLink to={paths.strategy(orgId, strategyId)}>Back to the strategy</BackLink>}>
      <p className="nhsuk-body">
        Chorus groups what people said into suggested themes on this computer, using the masked text. You decide what each theme is called, merge or split them,
        and accept the ones that hold up as tags in the codebook.
      </p>
      {error && (
        <div className="nhsuk-error-summary" role="alert" tabIndex={-1}>
          <h2 className="nhsuk-error-summary__title">Themes could not be suggested</h2>
          <div className="nhsuk-error-summary__body"><p>{error}</p></div>
        </div>
      )}
      <p className="nhsuk-body">
        {questionId
          ? 'Suggest themes over every answer to the survey question you chose (all respondents, whatever the results page was filtered to).'
          : chosen
            ? 'Suggest themes over the evidence you chose in the library.'
            : 'Suggest themes over the whole evidence library, or choose a set first in the '}
        {!chosen && !questionId && <Link to={paths.evidence(orgId, strategyId)}>evidence library</Link>}
        {!chosen && !questionId && '.'}
      </p>
      <Button busy={start.isPending} onClick={go}>Suggest themes</Button>
      <h2 className="nhsuk-heading-m">Earlier runs</h2>
      {runs.isPending && <Loading what="theme runs" />}
      {runs.isError && <LoadError error={runs.error} what="The theme runs" />}
      {runs.data && runs.data.runs.length === 0 && <EmptyState title="No themes suggested yet."><p className="nhsuk-body">Press “Suggest themes” to group what people said.</p></EmptyState>}
      {runs.data && runs.data.runs.length > 0 && (
        <ul className="nhsuk-list nhsuk-list--border">
          {runs.data.runs.map((r) => (
            <li key={r.id}>
              <Link to={paths.themeRun(orgId, strategyId, r.id)}>{r.scopeLabel}</Link>
              <span className="nhsuk-body-s"> · {plural(r.itemCount, 'item')} · {STATUS[r.status]} · {formatDateTime(r.createdAt)}</span>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
