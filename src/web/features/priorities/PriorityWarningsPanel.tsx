import { Link } from 'react-router';
import type { PriorityWarnings } from '../../../shared/contracts/priorities.js';
import { paths } from '../../app/paths.js';
import { plural } from '../../ui/format.js';

/** "Unanswered" strong insights and "thinly evidenced" priorities, each with its reason in plain words. */
export function PriorityWarningsPanel({ orgId, strategyId, warnings }: { orgId: string; strategyId: string; warnings: PriorityWarnings }) {
  if (!warnings.unanswered.length && !warnings.thin.length) return null;
  return (
    <div className="nhsuk-warning-callout">
      <h2 className="nhsuk-warning-callout__label">
        <span role="text">
          <span className="nhsuk-u-visually-hidden">Important: </span>What the priorities do not cover yet
        </span>
      </h2>
      {warnings.unanswered.length > 0 && (
        <>
          <h3 className="nhsuk-heading-s">{plural(warnings.unanswered.length, 'strong insight')} no priority answers</h3>
          <ul className="nhsuk-list nhsuk-list--bullet">
            {warnings.unanswered.map((u) => (
              <li key={u.insightId}>
                <Link to={paths.insight(orgId, strategyId, u.insightId)} className="chorus-break-anywhere">{u.statement}</Link>
                <br />
                <span className="nhsuk-body-s">{u.reason}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {warnings.thin.length > 0 && (
        <>
          <h3 className="nhsuk-heading-s">{plural(warnings.thin.length, 'priority', 'priorities')} thinly evidenced</h3>
          <ul className="nhsuk-list nhsuk-list--bullet">
            {warnings.thin.map((p) => (
              <li key={p.priorityId}>
                <Link to={paths.priority(orgId, strategyId, p.priorityId)} className="chorus-break-anywhere">{p.title}</Link>
                <ul className="nhsuk-list nhsuk-body-s">
                  {p.reasons.map((r) => <li key={r}>{r}</li>)}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
