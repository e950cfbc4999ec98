import { useState, type FormEvent } from 'react';
import { Button } from '../../ui/Button.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { FileUpload } from '../../ui/fields.js';
import { problemFromError, type FormProblem } from '../../ui/form-problem.js';
import { plural } from '../../ui/format.js';
import type { Notify } from '../../ui/SuccessBanner.js';
import { useImportRoadmap } from './api.js';

/**
 * Adds initiatives from a CSV file with the download's columns. The server takes all or nothing,
 * so the error summary lists every bad row by number and nothing needs undoing.
 */
export function ImportRoadmapForm({ strategyId, notify }: { strategyId: string; notify: Notify }) {
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const send = useImportRoadmap(strategyId);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setProblem({ detail: null, fields: { file: 'Choose a CSV file to import' } });
      return;
    }
    setProblem(null);
    try {
      const result = await send.mutateAsync(await file.text());
      notify(`Imported ${plural(result.initiatives, 'initiative')}, ${plural(result.programmes, 'new programme')} and ${plural(result.dependencies, 'dependency', 'dependencies')}`);
    } catch (error) {
      setProblem(problemFromError(error));
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <h3 className="nhsuk-heading-s">Import initiatives</h3>
      <p className="nhsuk-body-s">
        Columns: Programme, Priority (for a programme not yet on the roadmap), Title, Owner, Start, End (a month like 2027-04 or a quarter like 2027-Q2),
        Status, Horizon (now, next or later), Cost (whole pounds), Benefit, Depends on (titles separated by “;”). If any row has a problem, nothing is imported.
      </p>
      <ErrorSummary problem={problem} fieldIds={{ file: 'roadmap-file' }} />
      <FileUpload id="roadmap-file" label="CSV file" accept=".csv,text/csv" error={problem?.fields.file} onFile={setFile} />
      <Button type="submit" variant="secondary" busy={send.isPending}>Import the file</Button>
    </form>
  );
}
