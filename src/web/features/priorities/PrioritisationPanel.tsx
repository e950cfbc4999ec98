import { useMemo, useState } from 'react';
import type { Criterion, PriorityList } from '../../../shared/contracts/priorities.js';
import { rankThemes, valueCriteriaCarryWeight } from '../../../shared/prioritisation.js';
import { Button } from '../../ui/Button.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { useFormProblem } from '../../ui/form-problem.js';
import { type Notify } from '../../ui/SuccessBanner.js';
import { useSaveScores, useSaveWeights, useUsualCriteria } from './api.js';
import { CriteriaWeights } from './CriteriaWeights.js';
import { RankedTable } from './RankedTable.js';
import { ScoresGrid } from './ScoresGrid.js';
import { ValueEffortChart } from './ValueEffortChart.js';

type Scores = Record<string, Record<string, number>>;

/**
 * Criteria and weights, scores, the ranked list and the chart. Weights and scores are edited
 * here first and re-rank at once through the same function the server uses; "Save weights" and
 * "Save scores" then keep them.
 */
export function PrioritisationPanel({ strategyId, data, notify }: { strategyId: string; data: PriorityList; notify: Notify }) {
  const form = useFormProblem();
  const [weights, setWeights] = useState<Record<string, number>>({});
  const [scores, setScores] = useState<Scores>({});
  const usual = useUsualCriteria(strategyId);
  const saveWeights = useSaveWeights(strategyId);
  const saveScores = useSaveScores();
  const criteria: Criterion[] = useMemo(() => data.criteria.map((c) => ({ ...c, weight: weights[c.id] ?? c.weight })), [data.criteria, weights]);
  const themes = useMemo(() => data.priorities.map((p) => ({ id: p.id, title: p.title, scores: { ...p.scores, ...scores[p.id] } })), [data.priorities, scores]);
  const ranked = useMemo(() => rankThemes(themes, criteria), [themes, criteria]);
  const weightsChanged = data.criteria.some((c) => weights[c.id] !== undefined && weights[c.id] !== c.weight);
  const scoresChanged = Object.keys(scores).length > 0;

  const keepWeights = () => {
    if (!valueCriteriaCarryWeight(criteria)) {
      return form.set({ detail: null, fields: { weights: 'Give at least one value criterion a weight above zero' } });
    }
    form.clear();
    saveWeights.mutate(criteria.map((c) => ({ criterionId: c.id, weight: c.weight })), {
      onSuccess: () => {
        setWeights({});
        notify('The weights have been saved.');
      },
      onError: form.showError,
    });
  };

  const keepScores = async () => {
    form.clear();
    try {
      for (const [id, changed] of Object.entries(scores)) {
        await saveScores.mutateAsync({ id, scores: Object.entries(changed).map(([criterionId, score]) => ({ criterionId, score })) });
      }
      setScores({});
      notify('The scores have been saved.');
    } catch (error) {
      form.showError(error);
    }
  };

  return (
    <section aria-labelledby="prioritisation-heading" className="nhsuk-u-margin-top-7">
      <h2 className="nhsuk-heading-m" id="prioritisation-heading">Prioritisation</h2>
      <ErrorSummary problem={form.problem} fieldIds={{ weights: 'criteria-weights' }} />
      <p className="nhsuk-body">{data.rule}</p>
      {data.criteria.length === 0 ? (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p className="nhsuk-body">No criteria yet. Most trusts weigh benefit to patients, benefit to staff, strategic fit and readiness against cost and risk.</p>
          {data.can.edit && (
            <Button busy={usual.isPending} onClick={() => usual.mutate(undefined, { onSuccess: () => notify('The usual criteria have been added. Change their weights to suit you.'), onError: form.showError })}>
              Use the usual criteria
            </Button>
          )}
        </div>
      ) : (
        <>
          <CriteriaWeights strategyId={strategyId} criteria={criteria} canEdit={data.can.edit} onWeight={(id, weight) => setWeights((w) => ({ ...w, [id]: weight }))} notify={notify} onError={form.showError} />
          {data.can.edit && (
            <Button variant="secondary" busy={saveWeights.isPending} disabled={!weightsChanged} onClick={keepWeights}>
              Save weights
            </Button>
          )}
          {data.priorities.length > 0 && (
            <>
              <h3 className="nhsuk-heading-s">Scores</h3>
              <ScoresGrid themes={themes} criteria={criteria} canEdit={data.can.edit} onScore={(id, criterionId, score) => setScores((s) => ({ ...s, [id]: { ...s[id], [criterionId]: score } }))} />
              {data.can.edit && (
                <Button variant="secondary" busy={saveScores.isPending} disabled={!scoresChanged} onClick={() => void keepScores()}>
                  Save scores
                </Button>
              )}
              <div className="chorus-priority-ranking" aria-live="polite">
                <RankedTable ranked={ranked} />
                <figure className="chorus-priority-chart">
                  <ValueEffortChart ranked={ranked} />
                  <figcaption className="nhsuk-body-s">Each point is numbered by the theme’s rank in the table.</figcaption>
                </figure>
              </div>
            </>
          )}
        </>
      )}
    </section>
  );
}
