import { useState, type FormEvent } from 'react';
import { PHASE_LABELS, PHASES, type Phase, type Strategy } from '../../../shared/contracts/strategies.js';
import { Button } from '../../ui/Button.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { useFormProblem } from '../../ui/form-problem.js';
import { Radios } from '../../ui/Radios.js';
import { useSetPhase, useStrategyOverview } from './api.js';
import { PHASE_HINTS, unfinishedBeforeMoving } from './phases.js';

const options = PHASES.map((phase) => ({ value: phase, label: PHASE_LABELS[phase], hint: PHASE_HINTS[phase] }));

/**
 * Phases may be revisited (the method iterates), so any phase can be chosen, not only the next.
 * On its own page (StrategyFormPage); `onDone` takes the person back with the outcome.
 */
export function ChangePhaseForm({ strategy, onDone }: { strategy: Strategy; onDone(message: string): void }) {
  const form = useFormProblem();
  const setPhase = useSetPhase(strategy);
  const [phase, setPhaseChoice] = useState<Phase>(strategy.phase);
  // The overview is already loaded by the strategy page; this reads it from the cache.
  const overview = useStrategyOverview(strategy.id).data;
  const [asking, setAsking] = useState(false);
  const unfinished = overview ? unfinishedBeforeMoving(overview, phase) : [];

  const move = () => {
    setPhase.mutate(phase, {
      onSuccess: () => {
        setAsking(false);
        onDone(`The strategy is now in the ${PHASE_LABELS[phase]} phase.`);
      },
      onError: (error) => {
        setAsking(false);
        form.showError(error);
      },
    });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (setPhase.isPending) return;
    form.clear();
    if (phase === strategy.phase) {
      return form.set({ detail: null, fields: { phase: `The strategy is already in ${PHASE_LABELS[phase]}. Choose another phase` } });
    }
    // Moving on with work left undone is allowed (a team may choose to), but never by accident.
    if (unfinished.length > 0) return setAsking(true);
    move();
  };

  return (
    <>
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
        <Button type="submit" busy={setPhase.isPending}>
          Change phase
        </Button>
      </form>
      <ConfirmDialog
        open={asking}
        title={`Move to ${PHASE_LABELS[phase]} with ${PHASE_LABELS[strategy.phase]} not finished?`}
        confirmLabel={`Move to ${PHASE_LABELS[phase]}`}
        destructive={false}
        busy={setPhase.isPending}
        onConfirm={move}
        onCancel={() => setAsking(false)}
      >
        <p>These {PHASE_LABELS[strategy.phase]} checks are not done yet:</p>
        <ul className="nhsuk-list nhsuk-list--bullet">
          {unfinished.map((item) => (
            <li key={item.id}>{item.label}</li>
          ))}
        </ul>
        <p>You can still come back to {PHASE_LABELS[strategy.phase]} later and finish them.</p>
      </ConfirmDialog>
    </>
  );
}
