import { Link, useParams, useSearchParams } from 'react-router';
import type { ResultsFilter } from '../../../shared/contracts/results.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { BackLink } from '../../ui/BackLink.js';
import { Contents } from '../../ui/Contents.js';
import { Page } from '../../ui/Page.js';
import { EmptyState, LoadError, Loading } from '../../ui/status.js';
import { SummaryList } from '../../ui/SummaryList.js';
import { useOrganisation } from '../organisations/api.js';
import { downloads, useQuestionResult, useResultsOverview, type ResultsOverview } from './api.js';
import { DIMENSION_LABELS, describeFilter, isFiltered, readFilter } from './filters.js';
import { AnonymityLegend, Count } from './format.js';
import { QuestionCard } from './QuestionCard.js';
import { ResultsFilters } from './ResultsFilters.js';

type Question = ResultsOverview['questions'][number];

/** Consecutive questions of the same section, in survey order. */
function bySection(questions: readonly Question[]) {
  const groups: { title: string; questions: Question[] }[] = [];
  for (const question of questions) {
    const last = groups.at(-1);
    if (last && last.title === question.sectionTitle) last.questions.push(question);
    else groups.push({ title: question.sectionTitle, questions: [question] });
  }
  return groups;
}

/** A survey's results: filters, then each question's answers as charts with tables. */
export function ResultsPage() {
  const orgId = useOrgId();
  const { strategyId = '', surveyId = '' } = useParams();
  const overview = useResultsOverview(surveyId);
  const before = <BackLink to={paths.survey(orgId, strategyId, surveyId)}>Back to the survey</BackLink>;
  const data = overview.data;
  if (!data) {
    return (
      <Page title="Survey results" before={before}>
        {overview.isPending && <Loading what="the results" />}
        {overview.isError && <LoadError error={overview.error} what="The results" />}
      </Page>
    );
  }
  return (
    <Page title={`Results: ${data.survey.title}`} heading={data.survey.title} caption="Survey results" before={before}>
      <Results overview={data} orgId={orgId} strategyId={strategyId} />
    </Page>
  );
}

function Results({ overview, orgId, strategyId }: { overview: ResultsOverview; orgId: string; strategyId: string }) {
  const [search] = useSearchParams();
  const { filter, ignored } = readFilter(search, overview.segments);
  const surveyId = overview.survey.id;
  const first = overview.questions[0];
  // Every question has the same respondents for a filter; the first question's answer says how many.
  const selection = useQuestionResult(surveyId, first?.id ?? '', filter, Boolean(first) && isFiltered(filter));
  const organisation = useOrganisation(orgId);
  const isAdmin = organisation.data?.role === 'admin';
  const { respondents, threshold } = overview;
  const described = describeFilter(filter, overview.segments);

  const coverageLink = (
    <p className="nhsuk-body">
      <Link to={paths.surveyCoverage(orgId, strategyId, surveyId)}>Coverage: who has responded, against headcount</Link>
    </p>
  );
  const thresholdSentence = (
    <p className="nhsuk-body">
      To protect anonymity, any group of fewer than {threshold} respondents is hidden, together with any figure that
      would let a hidden one be worked out; comments are shown only for groups of {threshold} or more.
    </p>
  );

  if (overview.questions.length === 0) {
    return (
      <EmptyState title="This survey has no questions yet.">
        <p>
          <Link to={paths.survey(orgId, strategyId, surveyId)}>Add questions in the survey builder</Link>.
        </p>
      </EmptyState>
    );
  }
  if (!respondents.suppressed && respondents.value === 0) {
    return (
      <>
        <EmptyState title="Nobody has responded yet.">
          <p>
            Results appear here as responses arrive.{' '}
            <Link to={paths.surveyDistribution(orgId, strategyId, surveyId)}>Share the survey</Link> to reach staff.
          </p>
        </EmptyState>
        {coverageLink}
      </>
    );
  }
  if (respondents.suppressed) {
    return (
      <>
        <EmptyState title="There are not enough responses to show yet.">
          <p>Results appear once at least {threshold} people have responded, so that nobody can be identified.</p>
        </EmptyState>
        {coverageLink}
      </>
    );
  }

  const selected = selection.data?.respondents;
  const tooSmall = isFiltered(filter) && selected?.suppressed === true;
  const nobody = isFiltered(filter) && selected?.suppressed === false && selected.value === 0;
  const compareLabel = filter.compareBy ? DIMENSION_LABELS[filter.compareBy].toLowerCase() : null;

  return (
    <>
      <SummaryList
        rows={[
          { key: 'Respondents', value: <Count count={respondents} /> },
          ...(described && selected && !selected.suppressed ? [{ key: 'In this selection', value: <Count count={selected} /> }] : []),
          { key: 'Smallest group shown', value: `${threshold} respondents` },
        ]}
      />
      {thresholdSentence}
      <AnonymityLegend threshold={threshold} />
      {coverageLink}
      <ResultsFilters filter={filter} segments={overview.segments} />
      {ignored.length > 0 && (
        <div className="nhsuk-inset-text">
          <p>The address named a {ignored.join(' and ')} this survey does not have, so it was left out.</p>
        </div>
      )}
      <p className="nhsuk-body nhsuk-u-font-weight-bold" role="status">
        Showing {described ?? 'all respondents'}
        {compareLabel ? `, compared by ${compareLabel}` : ''}.
      </p>
      <Downloads surveyId={surveyId} filter={filter} isAdmin={isAdmin} />
      {tooSmall && (
        <EmptyState title="This group is too small to show.">
          <p>To protect anonymity, results are shown only for groups large enough that nobody can be identified. Choose a wider group.</p>
        </EmptyState>
      )}
      {nobody && <EmptyState title="Nobody in this group has responded yet." />}
      {!tooSmall && !nobody && (isFiltered(filter) ? selection.isSuccess : true) && (
        <QuestionList overview={overview} filter={filter} />
      )}
      {isFiltered(filter) && selection.isPending && <Loading what="the results for this group" />}
      {selection.isError && <LoadError error={selection.error} what="The results for this group" />}
    </>
  );
}

function QuestionList({ overview, filter }: { overview: ResultsOverview; filter: ResultsFilter }) {
  let index = 0;
  const sections = bySection(overview.questions);
  return (
    <>
      {sections.length > 1 && <Contents items={sections.map((section, s) => ({ id: `results-section-${s}`, label: section.title || 'Questions' }))} />}
      {sections.map((section, s) => (
        <section key={`${s}-${section.title}`} className="chorus-results-section">
          <h2 className="nhsuk-heading-m" id={`results-section-${s}`}>
            {section.title || 'Questions'}
          </h2>
          {section.questions.map((question) => {
            index += 1;
            return <QuestionCard key={question.id} surveyId={overview.survey.id} question={question} filter={filter} eager={index <= 3} />;
          })}
        </section>
      ))}
    </>
  );
}

function Downloads({ surveyId, filter, isAdmin }: { surveyId: string; filter: ResultsFilter; isAdmin: boolean }) {
  return (
    <section aria-labelledby="downloads-heading" className="chorus-results-downloads">
      <h2 className="nhsuk-heading-s" id="downloads-heading">
        Downloads
      </h2>
      <ul className="nhsuk-list">
        <li>
          <a href={downloads.results(surveyId, filter)} download>
            Download results (CSV)
          </a>
          <span className="nhsuk-body-s chorus-muted">
            {' '}– counts and percentages for this selection{filter.compareBy ? ', for everyone and for each compared group' : ''}, with the same figures hidden
          </span>
        </li>
        {isAdmin && (
          <li>
            <a href={downloads.responses(surveyId)} download>
              Download raw responses (CSV)
            </a>
            <span className="nhsuk-body-s chorus-muted"> – every response, not suppressed; for admins only, handle with care</span>
          </li>
        )}
      </ul>
    </section>
  );
}
