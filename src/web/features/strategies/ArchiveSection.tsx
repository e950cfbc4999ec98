import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Strategy } from '../../../shared/contracts/strategies.js';
import { flashState } from '../../app/flash.js';
import { paths } from '../../app/paths.js';
import { Button } from '../../ui/Button.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { useFormProblem } from '../../ui/form-problem.js';
import { useArchiveStrategy } from './api.js';

/** Archiving hides a strategy from the current list and freezes it; it can be restored. */
export function ArchiveSection({ strategy }: { strategy: Strategy }) {
  const navigate = useNavigate();
  const form = useFormProblem();
  const archive = useArchiveStrategy(strategy);
  const [asking, setAsking] = useState(false);

  const confirm = () =>
    archive.mutate(true, {
      onSuccess: () =>
        navigate(paths.archivedStrategies(strategy.organisationId), {
          state: flashState(`${strategy.name} has been archived. You can restore it from this list at any time.`),
        }),
      onError: form.showError,
      onSettled: () => setAsking(false),
    });

  return (
    <section aria-labelledby="archive-heading">
      <h2 className="nhsuk-heading-m" id="archive-heading">
        Archive this strategy
      </h2>
      <p className="nhsuk-body">
        Archive a strategy you no longer work on. It leaves the list of current strategies and cannot be changed until it
        is restored. Nothing is deleted.
      </p>
      <ErrorSummary problem={form.problem} fieldIds={{}} />
      <Button variant="warning" onClick={() => setAsking(true)}>
        Archive strategy
      </Button>
      <ConfirmDialog
        open={asking}
        title={`Archive ${strategy.name}?`}
        confirmLabel="Archive strategy"
        busy={archive.isPending}
        onConfirm={confirm}
        onCancel={() => setAsking(false)}
      >
        <p>It will move to the archived strategies and nobody can change it until it is restored.</p>
      </ConfirmDialog>
    </section>
  );
}
