import { useEffect, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { ALL_GROUPS, type Coverage } from '../../../shared/contracts/results.js';
import { atMostText, countText, coverageRateText } from '../../../shared/coverage-text.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { BackLink } from '../../ui/BackLink.js';
import { Button } from '../../ui/Button.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { Page } from '../../ui/Page.js';
import { LoadError, Loading } from '../../ui/status.js';
import { downloads, useCoverage, useResultsOverview } from './api.js';
import { CoverageKey, CoverageTable } from './CoverageTable.js';
import { AnonymityLegend, rateText } from './format.js';
import { coverageIntro } from './coverage-intro.js';
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
      <p className="nhsuk-body">{coverageIntro(overview.data?.survey.status)}</p>
      <TargetForm initial={typed ?? String(DEFAULT_TARGET_PERCENT)} addressError={'error' in parsed ? parsed.error : null} />
      {coverage.isPending && <Loading what="coverage" />}
      {coverage.isError && <LoadError error={coverage.error} what="Coverage" />}
      {coverage.data && <CoverageView coverage={coverage.data} orgId={orgId} surveyId={surveyId} />}
    </Page>
  );
}

function TargetForm({ initial, addressError }: { initial: string; addressError: string | null }) {
  const location = useLocation();
  const [, setSearchParams] = useSearchParams();
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(addressError);
  // The field follows the address (Back, Forward) without remounting, so focus stays on Apply.
  useEffect(() => {
    setValue(initial);
    setError(addressError);
  }, [initial, addressError]);
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

function CoverageView({ coverage, orgId, surveyId }: { coverage: Coverage; orgId: string; surveyId: string }) {
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
      {!(coverage.recorded.staffGroup && coverage.recorded.division) && (
        <div className="nhsuk-inset-text">
          <p>{unrecordedText(coverage.recorded)}</p>
        </div>
      )}
      <Callout id="never-heard" title="Never heard from" variant="never" empty={neverHeardEmpty(coverage)}>
        {groupByDivision(coverage.neverHeard, coverage, (g) => `headcount ${g.headcount.toLocaleString('en-GB')}`)}
      </Callout>
      <Callout id="below-target" title="Below target" variant="below" empty={belowTargetEmpty(coverage)}>
        {groupByDivision(coverage.belowTarget, coverage, belowTargetDetail)}
      </Callout>
      {coverage.undecided > 0 && (coverage.neverHeard.length > 0 || coverage.belowTarget.length > 0) && (
        <p className="nhsuk-body">{undecidedText(coverage.undecided)}</p>
      )}
      <h2 className="nhsuk-heading-m">{tableHeading(coverage.recorded)}</h2>
      <p className="nhsuk-body">
        Each cell shows responses of headcount and the response rate. To protect anonymity, a group of fewer than{' '}
        {coverage.threshold} respondents is hidden, together with any figure that would let a hidden one be worked out.
        A hidden group shows the most that can have responded, worked out from the figures shown (so it reveals nothing
        they do not), and is listed above when even that is below the target.
      </p>
      <p className="nhsuk-body">
        <a href={downloads.coverage(surveyId, coverage.targetRate)} download>
          Download this table (CSV)
        </a>
      </p>
      <AnonymityLegend threshold={coverage.threshold} />
      <CoverageKey />
      <CoverageTable coverage={coverage} />
    </>
  );
}

/**
 * Said plainly when the survey never asked a group (an import from a tool that did not, say):
 * its responses cannot be placed in one, so no group is called unheard for want of it.
 */
function unrecordedText(recorded: Coverage['recorded']) {
  if (!recorded.staffGroup && !recorded.division) {
    return 'This survey’s responses carry no staff group or division: it did not ask for them. So the table shows only the total responses against the whole headcount, and no group can be said to be heard or unheard.';
  }
  const missing = recorded.division ? 'staff group' : 'division';
  const shown = recorded.division ? 'division' : 'staff group';
  return `This survey’s responses carry no ${missing}: it did not ask for one. So the table shows each ${shown} against its headcount across every ${missing}, and no ${missing} can be said to be heard or unheard.`;
}

function tableHeading({ staffGroup, division }: Coverage['recorded']) {
  if (staffGroup && division) return 'Responses by division and staff group';
  if (staffGroup || division) return `Responses by ${staffGroup ? 'staff group' : 'division'}`;
  return 'Responses against headcount';
}

interface Named {
  division: string;
  staffGroup: string;
}

/** "Division: Group (detail); Group (detail)" — one line per division keeps a long list readable. */
function groupByDivision<T extends Named>(items: readonly T[], coverage: Coverage, detail: (item: T) => string): ReactNode[] {
  const groupLabel = new Map(coverage.staffGroups.map((g) => [g.key, g.label]));
  return coverage.divisions.flatMap((division) => {
    const mine = items.filter((i) => i.division === division.key);
    if (mine.length === 0) return [];
    return [
      <li key={division.key}>
        {division.key !== ALL_GROUPS && <><strong>{division.label}</strong>: </>}
        {mine.map((i) => `${groupLabel.get(i.staffGroup) ?? 'Not stated'} (${detail(i)})`).join('; ')}
      </li>,
    ];
  });
}

function Callout({ id, title, variant, empty, children }: { id: string; title: string; variant: 'never' | 'below'; empty: string; children: ReactNode[] }) {
  return (
    <section className={`nhsuk-card chorus-callout chorus-callout--${variant}`} aria-labelledby={`${id}-heading`}>
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading nhsuk-heading-m" id={`${id}-heading`}>
          {title}
        </h2>
        {children.length === 0 ? <p>{empty}</p> : <ul className="nhsuk-list nhsuk-list--bullet chorus-callout-list">{children}</ul>}
      </div>
    </section>
  );
}

/** Said only when true: hidden groups the shown figures cannot place may still be under-heard. */
function undecidedText(undecided: number) {
  return undecided === 1
    ? 'One hidden group cannot be placed above or below the target without revealing how many responded: it may be under-heard too.'
    : `${undecided.toLocaleString('en-GB')} hidden groups cannot be placed above or below the target without revealing how many responded: they may be under-heard too.`;
}

function neverHeardEmpty(coverage: Coverage) {
  if (coverage.undecided > 0) return `No group is known to have had no responses. ${undecidedText(coverage.undecided)}`;
  return 'Every group with a headcount has responded.';
}

function belowTargetEmpty(coverage: Coverage) {
  if (coverage.undecided > 0) return `No group is known to be below the target. ${undecidedText(coverage.undecided)}`;
  return 'No group is below the target.';
}

/** "31.3% responded", or for a hidden group what the shown figures prove: "hidden: at most 14 of 112 responded, at most 12.5%". */
function belowTargetDetail(g: Coverage['belowTarget'][number]) {
  if (g.rate !== null) return `${coverageRateText(g.rate)} responded`;
  return `hidden: ${atMostText(g.atMost)} of ${countText(g.headcount)} responded, at most ${coverageRateText((g.atMost ?? 0) / g.headcount)}`;
}
