import { useState, type FormEvent } from 'react';
import { ZUpdateStrategy, type Strategy } from '../../../shared/contracts/strategies.js';
import { Button } from '../../ui/Button.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { useFormProblem } from '../../ui/form-problem.js';
import type { Notify } from '../../ui/SuccessBanner.js';
import { useUpdateStrategy } from './api.js';
import { StrategyDetailsFields, yearValue } from './StrategyFields.js';

const fieldIds = { name: 'edit-name', startYear: 'edit-start-year', endYear: 'edit-end-year' };

export function EditStrategyForm({ strategy, notify }: { strategy: Strategy; notify: Notify }) {
  const form = useFormProblem();
  const update = useUpdateStrategy(strategy);
  const [name, setName] = useState(strategy.name);
  const [startYear, setStartYear] = useState(String(strategy.startYear));
  const [endYear, setEndYear] = useState(String(strategy.endYear));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (update.isPending) return;
    notify(null);
    const parsed = ZUpdateStrategy.safeParse({ name, startYear: yearValue(startYear), endYear: yearValue(endYear) });
    if (!parsed.success) return form.showZod(parsed.error);
    form.clear();
    update.mutate(parsed.data, { onSuccess: () => notify('The name and years have been saved.'), onError: form.showError });
  };

  return (
    <section aria-labelledby="details-heading">
      <h2 className="nhsuk-heading-m" id="details-heading">
        Name and years
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
        <Button type="submit" variant="secondary" busy={update.isPending}>
          Save name and years
        </Button>
      </form>
    </section>
  );
}
