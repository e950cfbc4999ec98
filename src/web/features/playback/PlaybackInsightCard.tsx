import { Link } from 'react-router';
import type { Quote } from '../../../shared/contracts/evidence.js';
import { REACTION_KEYS, REACTION_LABELS, REACTION_WORDS, type PlaybackInsight } from '../../../shared/contracts/playback.js';
import { ROLE_LABELS } from '../../../shared/contracts/common.js';
import { paths } from '../../app/paths.js';
import { formatDate, plural } from '../../ui/format.js';
import { QuoteMeta } from '../evidence/Quote.js';
import { StatusTag, StrengthTag } from '../insights/StrengthTag.js';
import { ReactionForm } from './ReactionForm.js';

function Voice({ title, count, quote }: { title: string; count: number; quote: Quote | null }) {
  return (
    <div className="chorus-playback-voice">
      <h4 className="nhsuk-heading-xs">
        {title} ({count.toLocaleString('en-GB')})
      </h4>
      {quote ? (
        <figure className="chorus-playback-quote">
          <blockquote>
            <p className="nhsuk-body">“{quote.text}”</p>
          </blockquote>
          <figcaption>
            <QuoteMeta quote={quote} />
          </figcaption>
        </figure>
      ) : (
        <p className="nhsuk-body-s">Nothing from {title.toLowerCase()} that may be quoted yet.</p>
      )}
    </div>
  );
}

const spreadText = (spread: PlaybackInsight['strength']['divisions']) =>
  spread.named.length ? spread.named.map((r) => `${r.label} (${r.count.toLocaleString('en-GB')})`).join(', ') : null;

/** One insight of the pack: its strength, a leader's and a staff member's words, and the reactions. */
export function PlaybackInsightCard(props: { orgId: string; strategyId: string; insight: PlaybackInsight; position: number; canReact: boolean; team: boolean }) {
  const { insight, position } = props;
  const s = insight.strength;
  const c = insight.reactions.counts;
  const headingId = `insight-${insight.id}`;
  const divisions = spreadText(s.divisions);
  const groups = spreadText(s.staffGroups);
  return (
    <article className="nhsuk-card chorus-playback-insight" aria-labelledby={headingId}>
      <div className="nhsuk-card__content">
        <h3 className="nhsuk-card__heading nhsuk-heading-m chorus-break-anywhere" id={headingId}>
          {position}. {insight.statement}
        </h3>
        <p className="nhsuk-body">
          <StrengthTag level={s.level} /> {insight.status === 'draft' && <StatusTag status="draft" />} {plural(s.items, 'piece')} of evidence from{' '}
          {plural(s.sourceKinds, 'kind')} of source.
        </p>
        {(divisions || groups) && (
          <ul className="nhsuk-list nhsuk-body-s">
            {divisions && <li>Survey answers from divisions: {divisions}{s.divisions.other ? `, other groups (${s.divisions.other})` : ''}</li>}
            {groups && <li>Survey answers from staff groups: {groups}{s.staffGroups.other ? `, other groups (${s.staffGroups.other})` : ''}</li>}
          </ul>
        )}
        <div className="chorus-playback-voices">
          <Voice title="Leaders" count={insight.voices.leaderCount} quote={insight.voices.leaders} />
          <Voice title="Staff" count={insight.voices.staffCount} quote={insight.voices.staff} />
        </div>
        <p className="nhsuk-body-s">
          Reactions so far: {REACTION_KEYS.map((k) => `${c[k]} ${REACTION_WORDS[k]}`).join(', ')}.
          {props.team && (
            <>
              {' '}
              <Link to={paths.insight(props.orgId, props.strategyId, insight.id)}>Open the insight and its evidence</Link>
            </>
          )}
        </p>
        {insight.reactions.all && insight.reactions.all.length > 0 && (
          <details className="nhsuk-details">
            <summary className="nhsuk-details__summary">
              <span className="nhsuk-details__summary-text">Who reacted ({insight.reactions.all.length})</span>
            </summary>
            <div className="nhsuk-details__text">
              <ul className="nhsuk-list">
                {insight.reactions.all.map((r) => (
                  <li key={`${r.name}-${r.updatedAt}`} className="chorus-break-anywhere">
                    <strong>{r.name}</strong> ({ROLE_LABELS[r.role]}): {REACTION_LABELS[r.reaction].toLowerCase()}, {formatDate(r.updatedAt)}
                    {r.comment && <> – “{r.comment}”</>}
                  </li>
                ))}
              </ul>
            </div>
          </details>
        )}
        {props.canReact && <ReactionForm strategyId={props.strategyId} insight={insight} />}
      </div>
    </article>
  );
}
