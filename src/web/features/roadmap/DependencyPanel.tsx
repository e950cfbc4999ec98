import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { InitiativeDetail } from '../../../shared/contracts/roadmap.js';
import { Button } from '../../ui/Button.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { Select } from '../../ui/fields.js';
import { problemFromError, type FormProblem } from '../../ui/form-problem.js';
import { MoveFeedback, useMoveFeedback } from '../../ui/move-feedback.js';
import { useAddDependency, useRemoveDependency, useRoadmap } from './api.js';
import type { RoadmapPaths } from './roadmap-paths.js';

/**
 * What the initiative depends on (which the team can add to or remove from) and what depends on
 * it. A dependency that would make a loop is refused by the server naming the loop; the error
 * summary shows those words.
 */
export function DependencyPanel({ strategyId, initiative, links }: { strategyId: string; initiative: InitiativeDetail; links: RoadmapPaths }) {
  const roadmap = useRoadmap(strategyId);
  const add = useAddDependency(initiative.id);
  const remove = useRemoveDependency(initiative.id);
  const [chosen, setChosen] = useState('');
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const feedback = useMoveFeedback('dependency-', initiative);
  const taken = new Set([initiative.id, ...initiative.dependsOn]);
  const candidates = (roadmap.data?.initiatives ?? []).filter((i) => !taken.has(i.id)).sort((a, b) => a.title.localeCompare(b.title));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) {
      setProblem({ detail: null, fields: { dependsOnId: 'Choose the initiative this one depends on' } });
      return;
    }
    setProblem(null);
    try {
      await add.mutateAsync(chosen);
      feedback.announce(`Now depends on ${candidates.find((c) => c.id === chosen)?.title ?? 'the initiative'}.`);
      setChosen('');
    } catch (error) {
      setProblem(problemFromError(error));
    }
  };

  return (
    <>
      <h2 className="nhsuk-heading-m">Depends on</h2>
      <MoveFeedback announcement={feedback.announcement} error={feedback.error} />
      {initiative.dependsOnItems.length === 0 ? <p className="nhsuk-body">Nothing: it can start on its own.</p> : (
        <ul className="nhsuk-list">
          {initiative.dependsOnItems.map((d) => (
            <li key={d.id}>
              <Link className="chorus-break-anywhere" to={links.initiative(d.id)}>{d.title}</Link> ({d.startLabel} to {d.endLabel})
              {initiative.can.edit && (
                <button type="button" className="chorus-roadmap-link-button" onClick={() => remove.mutate(d.id, { onSuccess: () => feedback.announce(`No longer depends on ${d.title}.`), onError: (e) => feedback.fail(e) })}>
                  Remove<span className="nhsuk-u-visually-hidden"> the dependency on {d.title}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {initiative.can.edit && (
        <form onSubmit={submit} noValidate className="chorus-roadmap-dependency-form">
          <ErrorSummary problem={problem} fieldIds={{ dependsOnId: 'depends-on' }} />
          <Select id="depends-on" label="Add something it depends on" value={chosen} onChange={setChosen} error={problem?.fields.dependsOnId}
            options={[{ value: '', label: candidates.length === 0 ? 'No other initiatives' : 'Choose an initiative' }, ...candidates.map((c) => ({ value: c.id, label: `${c.title} (${c.startLabel} to ${c.endLabel})` }))]} />
          <Button type="submit" variant="secondary" busy={add.isPending}>Add the dependency</Button>
        </form>
      )}
      <h2 className="nhsuk-heading-m">Depended on by</h2>
      {initiative.dependedOnBy.length === 0 ? <p className="nhsuk-body">Nothing waits for it.</p> : (
        <ul className="nhsuk-list">
          {initiative.dependedOnBy.map((d) => <li key={d.id}><Link className="chorus-break-anywhere" to={links.initiative(d.id)}>{d.title}</Link> ({d.startLabel} to {d.endLabel})</li>)}
        </ul>
      )}
    </>
  );
}
