import { PHASE_LABELS, PHASES, type Phase } from '../../../shared/contracts/strategies.js';

/**
 * The Double Diamond: two diamonds, each opening out (diverge) then closing in (converge).
 * Discover and Define are the first diamond (the problem), Develop and Deliver the second
 * (the solution). The picture is decoration; the ordered list beside it carries the meaning.
 */
// Each half fills one quarter of the width, so the four labels below (a four-column grid)
// sit under their halves at any screen size.
const HALVES: Record<Phase, string> = {
  discover: '5,60 100,10 100,110',
  define: '100,10 195,60 100,110',
  develop: '205,60 300,10 300,110',
  deliver: '300,10 395,60 300,110',
};

export function PhaseTracker({ current }: { current: Phase }) {
  return (
    <div className="chorus-phases">
      <svg className="chorus-phases__diagram" viewBox="0 0 400 120" aria-hidden="true" focusable="false">
        {PHASES.map((phase) => (
          <polygon
            key={phase}
            points={HALVES[phase]}
            className={phase === current ? 'chorus-phases__half chorus-phases__half--current' : 'chorus-phases__half'}
          />
        ))}
      </svg>
      <ol className="chorus-phases__list">
        {PHASES.map((phase, index) => (
          <li
            key={phase}
            className={phase === current ? 'chorus-phases__step chorus-phases__step--current' : 'chorus-phases__step'}
            aria-current={phase === current ? 'step' : undefined}
          >
            <span className="chorus-phases__number" aria-hidden="true">
              {index + 1}
            </span>
            <span className="chorus-phases__label">{PHASE_LABELS[phase]}</span>
            {phase === current && <span className="chorus-phases__current">Current phase</span>}
          </li>
        ))}
      </ol>
    </div>
  );
}
