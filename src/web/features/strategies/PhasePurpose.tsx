import { PHASE_LABELS, type Phase } from '../../../shared/contracts/strategies.js';
import { PHASE_HINTS, PHASES_TO_COME } from './phases.js';

/**
 * What the phase the strategy is in is for, and, for a phase whose tools are built only in part,
 * a plain statement of what is there and what to do meanwhile, instead of an empty section.
 */
export function PhasePurpose({ phase }: { phase: Phase }) {
  const label = PHASE_LABELS[phase];
  const meanwhile = PHASES_TO_COME[phase];
  return (
    <section aria-labelledby="phase-purpose-heading">
      <h2 className="nhsuk-heading-m" id="phase-purpose-heading">
        What {label} is for
      </h2>
      <p className="nhsuk-body">{PHASE_HINTS[phase]}</p>
      {meanwhile && (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            {meanwhile}
          </p>
        </div>
      )}
    </section>
  );
}
