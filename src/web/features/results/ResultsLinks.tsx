import { Link } from 'react-router';
import type { Role } from '../../../shared/contracts/common.js';
import { paths } from '../../app/paths.js';
import { useOrganisation } from '../organisations/api.js';

/**
 * Mirrors the server's rule (results/policy.ts: admins, the strategy team and leaders read
 * results) only to decide whether to offer the links; the server still refuses anyone else.
 * The survey's `can` flags do not carry this yet.
 */
export const mayReadResults = (role: Role | undefined) => role === 'admin' || role === 'strategy_team' || role === 'leader';

interface Props {
  orgId: string;
  strategyId: string;
  surveyId: string;
  status: string;
}

/** "Results" and "Coverage" links for the survey builder, once a survey has been published. */
export function ResultsLinks({ orgId, strategyId, surveyId, status }: Props) {
  const organisation = useOrganisation(orgId);
  if (status === 'draft' || !mayReadResults(organisation.data?.role)) return null;
  return (
    <ul className="nhsuk-list">
      <li>
        <Link to={paths.surveyResults(orgId, strategyId, surveyId)}>Results</Link>
      </li>
      <li>
        <Link to={paths.surveyCoverage(orgId, strategyId, surveyId)}>Coverage: who has responded</Link>
      </li>
    </ul>
  );
}

/** The results link of one row of the survey list; nothing for a draft or for staff. */
export function ResultsCellLink({ orgId, strategyId, surveyId, status, title }: Props & { title: string }) {
  const organisation = useOrganisation(orgId);
  if (status === 'draft' || !mayReadResults(organisation.data?.role)) return <span className="chorus-muted">–</span>;
  return (
    <Link to={paths.surveyResults(orgId, strategyId, surveyId)}>
      Results<span className="nhsuk-u-visually-hidden"> of {title}</span>
    </Link>
  );
}
