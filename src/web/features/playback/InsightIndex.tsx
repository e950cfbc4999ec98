import type { PlaybackInsight } from '../../../shared/contracts/playback.js';
import { REACTION_LABELS } from '../../../shared/contracts/playback.js';

const LEVEL_WORDS = { strong: 'strong', moderate: 'moderate', emerging: 'emerging' } as const;

/**
 * The insights at a glance, each a link to its card: a leader with a dozen insights on a phone
 * jumps to the one they want (and sees which they have reacted to) instead of scrolling past
 * every quote.
 */
export function InsightIndex({ insights, canReact }: { insights: readonly PlaybackInsight[]; canReact: boolean }) {
  const reacted = insights.filter((i) => i.reactions.mine).length;
  return (
    <nav className="chorus-insight-index" aria-label="The insights">
      {canReact && (
        <p className="nhsuk-body-s">
          You have reacted to {reacted} of {insights.length} {insights.length === 1 ? 'insight' : 'insights'}.
        </p>
      )}
      <ol className="nhsuk-list nhsuk-list--number nhsuk-body-s">
        {insights.map((insight) => (
          <li key={insight.id} className="chorus-break-anywhere">
            <a href={`#insight-${insight.id}`}>{insight.statement}</a> ({LEVEL_WORDS[insight.strength.level]}
            {canReact && insight.reactions.mine ? `; you said: ${REACTION_LABELS[insight.reactions.mine.reaction].toLowerCase()}` : ''})
          </li>
        ))}
      </ol>
    </nav>
  );
}
