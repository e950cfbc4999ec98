import { Link } from 'react-router';
import { paths } from '../../app/paths.js';
import { formatDate } from '../../ui/format.js';
import { useWaitingPlaybacks } from './api.js';

/** On a senior leader's home page: the playbacks shared with them, and how many insights await a reaction. */
export function WaitingPlaybacks({ orgId, enabled }: { orgId: string; enabled: boolean }) {
  const waiting = useWaitingPlaybacks(orgId, enabled);
  const list = waiting.data?.playbacks ?? [];
  if (!enabled || list.length === 0) return null;
  return (
    <section aria-labelledby="playbacks-heading">
      <h2 className="nhsuk-heading-m" id="playbacks-heading">
        Playbacks for your reaction
      </h2>
      <ul className="nhsuk-list">
        {list.map((p) => {
          const left = Math.max(0, p.insights - p.reacted);
          return (
            <li key={p.strategyId}>
              <Link to={paths.playback(orgId, p.strategyId)}>{p.strategyName}: what we heard</Link>
              <span className="nhsuk-body-s">
                {' '}
                (shared on {formatDate(p.sharedAt)}; {left === 0 ? 'you have reacted to every insight' : `${left} of ${p.insights} insights waiting for your reaction`})
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
