import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { Supports } from '../../../shared/contracts/traceability.js';
import { api } from '../../app/api.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';

type Of = { insightId: string } | { evidenceId: string };

/** Query keys start with 'insights' too, so any insight change (or a priority saved) refreshes the walk. */
const useSupports = (of: Of) =>
  useQuery({
    queryKey: ['insights', 'supports', of],
    queryFn: () => api.get<Supports>('insightId' in of ? `/insights/${of.insightId}/supports` : `/evidence/${of.evidenceId}/supports`),
    retry: false,
  });

/**
 * The walk up into Develop: which priority themes and roadmap initiatives an insight (or a piece of
 * evidence, through its insights) stands behind. Says plainly when nothing does yet.
 */
export function SupportsPriorities({ strategyId, ...of }: { strategyId: string } & Of) {
  const orgId = useOrgId();
  const supports = useSupports(of);
  if (!supports.data) return null;
  const { priorities, initiatives } = supports.data;
  const what = 'insightId' in of ? 'this insight' : "this piece of evidence's insights";
  return (
    <section aria-labelledby="supports-priorities-heading">
      <h2 className="nhsuk-heading-m" id="supports-priorities-heading">
        What the strategy does about it
      </h2>
      {priorities.length === 0 ? (
        <p className="nhsuk-body">
          No priority theme answers {what} yet. <Link to={paths.priorities(orgId, strategyId)}>Priority themes</Link> lists the strong insights no priority answers.
        </p>
      ) : (
        <>
          <h3 className="nhsuk-heading-s">Priority themes</h3>
          <ul className="nhsuk-list nhsuk-list--bullet">
            {priorities.map((p) => (
              <li key={p.id} className="chorus-break-anywhere">
                <Link to={paths.priority(orgId, strategyId, p.id)}>{p.title}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {initiatives.length > 0 && (
        <>
          <h3 className="nhsuk-heading-s">Roadmap initiatives</h3>
          <ul className="nhsuk-list nhsuk-list--bullet">
            {initiatives.map((i) => (
              <li key={i.id} className="chorus-break-anywhere">
                <Link to={paths.initiative(orgId, strategyId, i.id)}>{i.title}</Link> ({i.programme}
                {i.via === 'priority' ? ', through its priority' : ''})
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
