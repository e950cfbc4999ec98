import { useMemo, useState, type FormEvent } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import type { Coverage } from '../../../shared/contracts/results.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { BackLink } from '../../ui/BackLink.js';
import { Button } from '../../ui/Button.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { Page } from '../../ui/Page.js';
import { LoadError, Loading } from '../../ui/status.js';
import { useCoverage, useResultsOverview } from './api.js';
import { CoverageKey, CoverageTable } from './CoverageTable.js';
import { AnonymityLegend, rateText } from './format.js';
import { DEFAULT_TARGET_PERCENT, parseTargetPercent } from './target-rate.js';

/** Who has been heard: responses against headcount for each division × staff group. */
export function CoveragePage() {
  const orgId = useOrgId();
  const { strategyId = '', surveyId = '' } = useParams();
  const [search] = useSearchParams();
  const typed = search.get('target');
  const parsed = typed === null ? { percent: DEFAULT_TARGET_PERCENT } : parseTargetPercent(typed);
  // An address with a bad target still shows a table (at the default), with the error beside the field.
  const percent = 'percent' in parsed ? parsed.percent : DEFAULT_TARGET_PERCENT;
  const overview = useResultsOverview(surveyId);
  const coverage = useCoverage(surveyId, percent / 100);
  const title = overview.data?.survey.title;
  return (
    <Page
      title={title ? `Coverage: ${title}` : 'Survey coverage'}
      heading="Who has responded"
      caption={title}
      before={<BackLink to={paths.surveyResults(orgId, strategyId, surveyId)}>Back to the results</BackLink>}
    >
      <p className="nhsuk-body">
        Responses set against each group’s headcount, so you can see whose voice is missing before the survey closes.
      </p>
      <TargetForm key={search.toString()} initial={typed ?? String(DEFAULT_TARGET_PERCENT)} addressError={'error' in parsed ? parsed.error : null} />
      {coverage.isPending && <Loading what="coverage" />}
      {coverage.isError && <LoadError error={coverage.error} what="Coverage" />}
      {coverage.data && <CoverageView coverage={coverage.data} orgId={orgId} />}
    </Page>
  );
}

function TargetForm({ initial, addressError }: { initial: string; addressError: string | null }) {
  const location = useLocation();
  const [, setSearchParams] = useSearchParams();
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(addressError);
  // One object per error, so the summary takes focus when an error appears, not on every keystroke.
  const problem = useMemo(() => (error ? { detail: null, fields: { target: error } } : null), [error]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseTargetPercent(value);
    if ('error' in parsed) return setError(parsed.error);
    setError(null);
    setSearchParams(new URLSearchParams({ target: String(parsed.percent) }));
  };
  return (
    <form method="get" action={location.pathname} onSubmit={submit} noValidate className="chorus-target-form">
      <ErrorSummary problem={problem} fieldIds={{ target: 'target-rate' }} />
      <div className={['nhsuk-form-group', error ? 'nhsuk-form-group--error' : null].filter(Boolean).join(' ')}>
        <label className="nhsuk-label nhsuk-label--s" htmlFor="target-rate">
          Target response rate
        </label>
        <div className="nhsuk-hint" id="target-rate-hint">
          A percentage from 1 to 100. Groups below it are called out.
        </div>
        {error && (
          <span className="nhsuk-error-message" id="target-rate-error">
            <span className="nhsuk-u-visually-hidden">Error:</span> {error}
          </span>
        )}
        <div className="nhsuk-input-wrapper">
          <input
            className={['nhsuk-input', 'nhsuk-input--width-3', error ? 'nhsuk-input--error' : null].filter(Boolean).join(' ')}
            id="target-rate"
            name="target"
            type="text"
            inputMode="decimal"
            spellCheck={false}
            value={value}
            onChange={(event) => setValue(event.target.value)}
            aria-describedby={['target-rate-hint', error ? 'target-rate-error' : null].filter(Boolean).join(' ')}
            aria-invalid={error ? true : undefined}
          />
          <div className="nhsuk-input-wrapper__suffix" aria-hidden="true">
            %
          </div>
        </div>
      </div>
      <Button type="submit" variant="secondary">
        Apply
      </Button>
    </form>
  );
}

function CoverageView({ coverage, orgId }: { coverage: Coverage; orgId: string }) {
  const groupLabel = new Map(coverage.staffGroups.map((g) => [g.key, g.label]));
  const divisionLabel = new Map(coverage.divisions.map((d) => [d.key, d.label]));
  const noHeadcounts = coverage.total.headcount === null;
  return (
    <>
      <p className="nhsuk-body" role="status">
        Target: {rateText(coverage.targetRate)} of each group’s headcount.
      </p>
      {noHeadcounts && (
        <div className="nhsuk-inset-text">
          <p>
            No headcounts are recorded yet, so there are no rates.{' '}
            <Link to={paths.workforce(orgId)}>Add headcounts on the workforce page</Link>.
          </p>
        </div>
      )}
      <div className="chorus-callouts">
        <section className="nhsuk-card chorus-callout chorus-callout--never" aria-labelledby="never-heard-heading">
          <div className="nhsuk-card__content">
            <h2 className="nhsuk-card__heading nhsuk-heading-m" id="never-heard-heading">
              Never heard from
            </h2>
            {coverage.neverHeard.length === 0 ? (
              <p>Every group with a headcount has responded, or is too small to show.</p>
            ) : (
              <ul className="nhsuk-list nhsuk-list--bullet">
                {coverage.neverHeard.map((g) => (
                  <li key={`${g.division}|${g.staffGroup}`}>
                    {divisionLabel.get(g.division) ?? 'Not stated'} – {groupLabel.get(g.staffGroup) ?? 'Not stated'} – headcount{' '}
                    {g.headcount.toLocaleString('en-GB')}
                  </li>
                ))}
              </ul>
            )}
          </div>
        </section>
        <section className="nhsuk-card chorus-callout chorus-callout--below" aria-labelledby="below-target-heading">
          <div className="nhsuk-card__content">
            <h2 className="nhsuk-card__heading nhsuk-heading-m" id="below-target-heading">
              Below target
            </h2>
            {coverage.belowTarget.length === 0 ? (
              <p>No group that can be shown is below the target.</p>
            ) : (
              <ul className="nhsuk-list nhsuk-list--bullet">
                {coverage.belowTarget.map((g) => (
                  <li key={`${g.division}|${g.staffGroup}`}>
                    {divisionLabel.get(g.division) ?? 'Not stated'} – {groupLabel.get(g.staffGroup) ?? 'Not stated'} – {rateText(g.rate)}
                  </li>
                ))}
              </ul>
            )}
          </div>
        </section>
      </div>
      <h2 className="nhsuk-heading-m">Responses by division and staff group</h2>
      <p className="nhsuk-body">
        Each cell shows responses of headcount and the response rate. To protect anonymity, a group of fewer than{' '}
        {coverage.threshold} respondents is hidden, together with any figure that would let a hidden one be worked out,
        so hidden groups are not listed above.
      </p>
      <AnonymityLegend threshold={coverage.threshold} />
      <CoverageKey />
      <CoverageTable coverage={coverage} />
    </>
  );
}
