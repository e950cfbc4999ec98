import { Link } from 'react-router';
import { paths } from '../../app/paths.js';
import { useStrategies } from '../strategies/api.js';

/**
 * From the register to each strategy's baselines, where the register can be frozen as that
 * strategy's starting point (the strategy page itself belongs to the strategies feature).
 */
export function BaselineLinks({ orgId }: { orgId: string }) {
  const strategies = useStrategies(orgId, false);
  if (!strategies.data || strategies.data.length === 0) return null;
  return (
    <section aria-labelledby="baselines-heading">
      <h2 className="nhsuk-heading-s" id="baselines-heading">
        Baselines for a strategy
      </h2>
      <p className="nhsuk-body">Freeze the register as a strategy’s starting point, or look at a baseline frozen earlier.</p>
      <ul className="nhsuk-list">
        {strategies.data.map((s) => (
          <li key={s.id}>
            <Link to={paths.registerSnapshots(orgId, s.id)}>
              Register baselines for {s.name}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
