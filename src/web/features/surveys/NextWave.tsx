import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { SurveySummary } from '../../../shared/contracts/surveys.js';
import { api } from '../../app/api.js';
import { flashState } from '../../app/flash.js';
import { paths } from '../../app/paths.js';
import { Button } from '../../ui/Button.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { surveyKeys } from './api.js';

/**
 * "Run this survey again": a new draft with the same questions, linked to this one, so the
 * measures that follow a question get their next value when the new wave has answers.
 */
export function NextWave({ orgId, survey }: { orgId: string; survey: SurveySummary }) {
  const navigate = useNavigate();
  const client = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const start = useMutation({
    mutationFn: () => api.post<{ id: string }>(`/surveys/${survey.id}/next-wave`),
    onSuccess: async ({ id }) => {
      await client.invalidateQueries({ queryKey: surveyKeys.list(survey.strategyId) });
      navigate(paths.survey(orgId, survey.strategyId, id), { state: flashState('The next wave is ready as a draft. Check its dates and wording, then publish it.') });
    },
    onError: () => setConfirming(false),
  });
  return (
    <section aria-labelledby="next-wave-heading">
      <h2 className="nhsuk-heading-m" id="next-wave-heading">
        Run it again
      </h2>
      <p className="nhsuk-body">
        A later wave asks the same questions, so you can see what has changed. Measures that follow a question of this survey take their next value from it.
      </p>
      <Button variant="secondary" onClick={() => setConfirming(true)}>
        Run this survey again (next wave)
      </Button>
      {start.error && (
        <p className="nhsuk-error-message" role="alert">
          {start.error.message}
        </p>
      )}
      <ConfirmDialog
        open={confirming}
        title="Run this survey again?"
        confirmLabel="Create the next wave"
        destructive={false}
        busy={start.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => start.mutate()}
      >
        <p className="nhsuk-body">
          A new draft survey is made with the same introduction, sections and questions. This survey and its responses stay as they are. Nobody is invited until you publish the new wave.
        </p>
      </ConfirmDialog>
    </section>
  );
}
