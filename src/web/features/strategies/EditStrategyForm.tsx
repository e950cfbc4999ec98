import { useState, type FormEvent } from 'react';
import { ZUpdateStrategy, type Strategy } from '../../../shared/contracts/strategies.js';
import { Button } from '../../ui/Button.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { useFormProblem } from '../../ui/form-problem.js';
import { useUpdateStrategy } from './api.js';
import { StrategyDetailsFields, yearValue } from './StrategyFields.js';

const fieldIds = { name: 'edit-name', startYear: 'edit-start-year', endYear: 'edit-end-year' };

/** The strategy's name and years, on its own page (StrategyFormPage); `onDone` takes the person back. */
export function EditStrategyForm({ strategy, onDone }: { strategy: Strategy; onDone(message: string): void }) {
  const form = useFormProblem();
  const update = useUpdateStrategy(strategy);
  const [name, setName] = useState(strategy.name);
  const [startYear, setStartYear] = useState(String(strategy.startYear));
  const [endYear, setEndYear] = useState(String(strategy.endYear));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (update.isPending) return;
    const parsed = ZUpdateStrategy.safeParse({ name, startYear: yearValue(startYear), endYear: yearValue(endYear) });
    if (!parsed.success) return form.showZod(parsed.error);
    form.clear();
    update.mutate(parsed.data, { onSuccess: () => onDone('The name and years have been saved.'), onError: form.showError });
  };

  return (
    <>
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
        <Button type="submit" busy={update.isPending}>
          Save name and years
        </Button>
      </form>
    </>
  );
}
