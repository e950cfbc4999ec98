import { Link } from 'react-router';
import type { ParticipationInterview } from '../../../shared/contracts/participation.js';
import { paths } from '../../app/paths.js';
import { formatDate } from '../../ui/format.js';

/** A senior leader's interviews: theirs first (matched by the name recorded), then the others of the live strategies. */
export function LeaderInterviews({ orgId, interviews }: { orgId: string; interviews: ParticipationInterview[] }) {
  const yours = interviews.filter((i) => i.withYou);
  const others = interviews.filter((i) => !i.withYou);
  const item = (i: ParticipationInterview) => (
    <li key={i.id}>
      <Link to={paths.interview(orgId, i.strategyId, i.id)}>{i.intervieweeRole}</Link>
      <span className="nhsuk-body-s">
        {' '}
        on {formatDate(i.heldOn)}, for {i.strategyName}
      </span>
    </li>
  );
  return (
    <section aria-labelledby="interviews">
      <h2 id="interviews">Leader interviews</h2>
      {interviews.length === 0 ? (
        <p className="nhsuk-body">
          No leader interviews have been recorded yet. The strategy team records each one after talking with a senior
          leader, and you will be able to read them here.
        </p>
      ) : (
        <>
          <h3 className="nhsuk-heading-s">With you</h3>
          {yours.length ? (
            <ul className="nhsuk-list nhsuk-list--border">{yours.map(item)}</ul>
          ) : (
            <p className="nhsuk-body-s">No interview has been recorded under your name yet.</p>
          )}
          {/* Folded: a leader comes for their own; a board's worth of others made the home page a long scroll. */}
          {others.length > 0 && (
            <details className="nhsuk-details">
              <summary className="nhsuk-details__summary">
                <span className="nhsuk-details__summary-text">
                  With other leaders ({others.length})
                </span>
              </summary>
              <div className="nhsuk-details__text">
                <ul className="nhsuk-list nhsuk-list--border">{others.map(item)}</ul>
              </div>
            </details>
          )}
        </>
      )}
    </section>
  );
}
