import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { QuestionResult, ResultsFilter } from '../../../shared/contracts/results.js';
import { QUESTION_TYPE_LABELS, type QuestionType } from '../../../shared/contracts/survey-definition.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { EmptyState, LoadError, Loading } from '../../ui/status.js';
import { useOrganisation } from '../organisations/api.js';
import type { ResultsOverview } from './api.js';
import { useQuestionResult } from './api.js';
import { BarList, DivergingBar, LikertLegend } from './Charts.js';
import { DIMENSION_LABELS } from './filters.js';
import { Count } from './format.js';
import { RowComparisonTables } from './RowComparisonTables.js';
import { ComparisonTable, DataDetails, ItemsTable, MatrixTable } from './Tables.js';
import { TextAnswers } from './TextAnswers.js';

type Question = ResultsOverview['questions'][number];

/**
 * Becomes true once the element is near the viewport, so thirty questions do not fetch
 * thirty results at once. Without IntersectionObserver everything loads.
 */
function useNearViewport(initially: boolean) {
  const ref = useRef<HTMLElement>(null);
  const [near, setNear] = useState(initially);
  useEffect(() => {
    if (near) return;
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { rootMargin: '600px 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);
  return { ref, near };
}

const typeLabel = (type: string) => QUESTION_TYPE_LABELS[type as QuestionType] ?? type;
const isText = (type: string) => type === 'short_text' || type === 'long_text';

export function QuestionCard({ surveyId, question, filter, eager }: { surveyId: string; question: Question; filter: ResultsFilter; eager: boolean }) {
  const { ref, near } = useNearViewport(eager);
  const result = useQuestionResult(surveyId, question.id, filter, near);
  const headingId = `result-${question.id}`;
  const orgId = useOrgId();
  const { strategyId = '' } = useParams();
  // Theme suggestion is the strategy team's (Define); leaders reading results are not offered it.
  const role = useOrganisation(orgId).data?.role;
  const themeable = isText(question.type) && (role === 'admin' || role === 'strategy_team')
    && result.data !== undefined && !result.data.respondents.suppressed && (result.data.respondents.value ?? 0) > 0;
  return (
    <section className="chorus-result" ref={ref}>
      <h3 className="nhsuk-heading-s chorus-result__title" id={headingId}>
        {question.title}
      </h3>
      <p className="nhsuk-body-s chorus-muted chorus-result__meta">
        {typeLabel(question.type)}
        {result.data && !result.data.respondents.suppressed && (
          <>
            {' · '}
            <Count count={result.data.respondents} /> respondents
          </>
        )}
      </p>
      {!near && <p className="nhsuk-body-s chorus-muted">The results appear as you scroll to this question.</p>}
      {near && result.isPending && <Loading what="this question’s results" />}
      {result.isError && <LoadError error={result.error} what="This question’s results" />}
      {result.data && <ResultBody result={result.data} filter={filter} />}
      {themeable && (
        <p className="nhsuk-body">
          <Link to={paths.themeRuns(orgId, strategyId, `questionId=${question.id}`)}>
            Suggest themes from every answer to this question<span className="nhsuk-u-visually-hidden">: {question.title}</span>
          </Link>
        </p>
      )}
    </section>
  );
}

function ResultBody({ result, filter }: { result: QuestionResult; filter: ResultsFilter }) {
  if (result.respondents.suppressed) {
    return (
      <EmptyState title="This group is too small to show.">
        <p>Choose a wider group to see this question’s results.</p>
      </EmptyState>
    );
  }
  if (result.respondents.value === 0) return <p className="nhsuk-body">Nobody in this group has answered yet.</p>;
  if (isText(result.type)) return result.texts ? <TextAnswers texts={result.texts} /> : null;

  const agreement = result.type === 'likert';
  // A systems question has one row per system (support 1–5), shown as a table like a matrix.
  const byRow = result.type === 'matrix' || result.type === 'systems';
  const answered = result.items.filter((i) => i.key !== 'no_answer');
  const noAnswer = result.items.find((i) => i.key === 'no_answer');
  const caption = `Answers: ${result.title}`;
  return (
    <>
      {result.type === 'matrix' && (
        <>
          <LikertLegend />
          <ul className="chorus-statements">
            {result.rows.map((row) => (
              <li key={row.key} className="chorus-statements__item">
                <span className="chorus-statements__label">{row.label}</span>
                <DivergingBar items={row.items} label={row.label} />
              </li>
            ))}
          </ul>
          <DataDetails>
            <MatrixTable caption={`Answers to each statement: ${result.title}`} rows={result.rows} />
          </DataDetails>
        </>
      )}
      {agreement && (
        <>
          <LikertLegend />
          <DivergingBar items={answered} label="All respondents" />
          {noAnswer && (
            <p className="nhsuk-body-s">
              No answer: <Count count={noAnswer.count} />
            </p>
          )}
        </>
      )}
      {result.type === 'systems' && (
        <MatrixTable caption={`How well each system supports people's work (people who do not use a system gave no answer): ${result.title}`} rows={result.rows} />
      )}
      {!byRow && !agreement && <BarList items={result.items} />}
      {result.type === 'multiple_choice' && (
        <p className="nhsuk-body-s chorus-muted">People could choose more than one answer, so the percentages can add up to more than 100.</p>
      )}
      {result.type === 'ranking' && <p className="nhsuk-body-s chorus-muted">What respondents put first. The full rankings are in the raw responses.</p>}
      {!byRow && (
        <DataDetails>
          <ItemsTable caption={caption} items={result.items} />
        </DataDetails>
      )}
      {filter.compareBy && <Comparison result={result} dimension={filter.compareBy} />}
    </>
  );
}

function Comparison({ result, dimension }: { result: QuestionResult; dimension: NonNullable<ResultsFilter['compareBy']> }) {
  const label = DIMENSION_LABELS[dimension];
  return (
    <div className="chorus-result__comparison">
      <h4 className="nhsuk-heading-xs">By {label.toLowerCase()}</h4>
      {result.comparison.length === 0 ? (
        <p className="nhsuk-body-s">A comparison is not available for this question. Use the filters to look at one group at a time.</p>
      ) : result.type === 'matrix' || result.type === 'systems' ? (
        <RowComparisonTables result={result} dimensionLabel={label} />
      ) : (
        <ComparisonTable
          caption={`Answers by ${label.toLowerCase()}: ${result.title}`}
          segmentHeader={label}
          comparison={result.comparison}
          agreement={result.type === 'likert'}
        />
      )}
    </div>
  );
}
