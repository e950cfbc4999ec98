import { Link } from 'react-router';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { useInsightsOfEvidence } from './api.js';
import { StatusTag } from './StrengthTag.js';

/** The walk up, for the evidence item page: the insights this piece of evidence supports. */
export function SupportsInsights({ strategyId, evidenceId }: { strategyId: string; evidenceId: string }) {
  const orgId = useOrgId();
  const up = useInsightsOfEvidence(evidenceId);
  // Whoever may not read insights simply does not see the section.
  if (!up.data) return null;
  return (
    <section aria-labelledby="supports-heading">
      <h2 className="nhsuk-heading-m" id="supports-heading">
        Supports these insights
      </h2>
      {up.data.insights.length === 0 ? (
        <p className="nhsuk-body">
          None yet. Add it to an insight from the <Link to={paths.insights(orgId, strategyId)}>insights</Link> page, or from the evidence library.
        </p>
      ) : (
        <ul className="nhsuk-list nhsuk-list--bullet">
          {up.data.insights.map((i) => (
            <li key={i.id} className="chorus-break-anywhere">
              <Link to={paths.insight(orgId, strategyId, i.id)}>{i.statement}</Link> <StatusTag status={i.status} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
