import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ZCreateStrategy } from '../../../shared/contracts/strategies.js';
import { flashState } from '../../app/flash.js';
import { paths } from '../../app/paths.js';
import { Button } from '../../ui/Button.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { useFormProblem } from '../../ui/form-problem.js';
import { useCreateStrategy } from './api.js';
import { StrategyDetailsFields, yearValue } from './StrategyFields.js';

const fieldIds = { name: 'strategy-name', startYear: 'start-year', endYear: 'end-year' };

/** A digital strategy usually looks three years ahead, so the horizon starts there. */
export function CreateStrategyForm({ orgId }: { orgId: string }) {
  const thisYear = new Date().getFullYear();
  const navigate = useNavigate();
  const form = useFormProblem();
  const create = useCreateStrategy(orgId);
  const [name, setName] = useState('');
  const [startYear, setStartYear] = useState(String(thisYear));
  const [endYear, setEndYear] = useState(String(thisYear + 3));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    const parsed = ZCreateStrategy.safeParse({ name, startYear: yearValue(startYear), endYear: yearValue(endYear) });
    if (!parsed.success) return form.showZod(parsed.error);
    form.clear();
    create.mutate(parsed.data, {
      onSuccess: (strategy) =>
        navigate(paths.strategy(orgId, strategy.id), { state: flashState(`${strategy.name} has been created.`) }),
      onError: form.showError,
    });
  };

  return (
    <section aria-labelledby="create-strategy-heading">
      <h2 className="nhsuk-heading-m" id="create-strategy-heading">
        Create a strategy
      </h2>
      <ErrorSummary problem={form.problem} fieldIds={fieldIds} />
      <form onSubmit={submit} noValidate>
        <StrategyDetailsFields
          ids={fieldIds}
          name={name}
          onName={setName}
          startYear={startYear}
          endYear={endYear}
          onStartYear={setStartYear}
          onEndYear={setEndYear}
          error={form.field}
        />
        <Button type="submit" busy={create.isPending}>
          Create strategy
        </Button>
      </form>
    </section>
  );
}
