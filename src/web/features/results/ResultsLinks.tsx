import { Link } from 'react-router';
import type { SurveySummary } from '../../../shared/contracts/surveys.js';
import { paths } from '../../app/paths.js';

interface Props {
  orgId: string;
  strategyId: string;
  survey: Pick<SurveySummary, 'id' | 'title' | 'can'>;
}

/** "Results" and "Coverage" links for the survey builder, when the server says the user may read them. */
export function ResultsLinks({ orgId, strategyId, survey }: Props) {
  if (!survey.can.readResults) return null;
  return (
    <ul className="nhsuk-list">
      <li>
        <Link to={paths.surveyResults(orgId, strategyId, survey.id)}>Results</Link>
      </li>
      <li>
        <Link to={paths.surveyCoverage(orgId, strategyId, survey.id)}>Coverage: who has responded</Link>
      </li>
    </ul>
  );
}

/** The results link of one row of the survey list; a dash for a draft or for those who may not read results. */
export function ResultsCellLink({ orgId, strategyId, survey }: Props) {
  if (!survey.can.readResults) return <span className="chorus-muted">–</span>;
  return (
    <Link to={paths.surveyResults(orgId, strategyId, survey.id)}>
      Results<span className="nhsuk-u-visually-hidden"> of {survey.title}</span>
    </Link>
  );
}
