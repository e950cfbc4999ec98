import { useState, type FormEvent } from 'react';
import { PHASE_LABELS, PHASES, type Phase, type Strategy } from '../../../shared/contracts/strategies.js';
import { Button } from '../../ui/Button.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { useFormProblem } from '../../ui/form-problem.js';
import { Radios } from '../../ui/Radios.js';
import type { Notify } from '../../ui/SuccessBanner.js';
import { useSetPhase } from './api.js';
import { PHASE_HINTS } from './phases.js';

const options = PHASES.map((phase) => ({ value: phase, label: PHASE_LABELS[phase], hint: PHASE_HINTS[phase] }));

/** Phases may be revisited (the method iterates), so any phase can be chosen, not only the next. */
export function ChangePhaseForm({ strategy, notify }: { strategy: Strategy; notify: Notify }) {
  const form = useFormProblem();
  const setPhase = useSetPhase(strategy);
  const [phase, setPhaseChoice] = useState<Phase>(strategy.phase);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (setPhase.isPending) return;
    notify(null);
    form.clear();
    if (phase === strategy.phase) {
      return form.set({ detail: null, fields: { phase: `The strategy is already in ${PHASE_LABELS[phase]}. Choose another phase` } });
    }
    setPhase.mutate(phase, {
      onSuccess: () => notify(`The strategy is now in the ${PHASE_LABELS[phase]} phase.`),
      onError: form.showError,
    });
  };

  return (
    <section aria-labelledby="phase-heading">
      <h2 className="nhsuk-heading-m" id="phase-heading">
        Change phase
      </h2>
      <ErrorSummary problem={form.problem} fieldIds={{ phase: 'phase' }} />
      <form onSubmit={submit} noValidate>
        <Radios
          id="phase"
          name="phase"
          legend="Which phase is the strategy in?"
          options={options}
          value={phase}
          onChange={(value) => setPhaseChoice(value as Phase)}
          error={form.field('phase')}
        />
        <Button type="submit" variant="secondary" busy={setPhase.isPending}>
          Change phase
        </Button>
      </form>
    </section>
  );
}
