import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { ImportPreview } from '../../../shared/contracts/workforce.js';
import { ApiError } from '../../app/api.js';
import { flashState } from '../../app/flash.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { BackLink } from '../../ui/BackLink.js';
import { Button } from '../../ui/Button.js';
import { FileUpload } from '../../ui/fields.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { problemFromError, type FormProblem } from '../../ui/form-problem.js';
import { Page } from '../../ui/Page.js';
import { LoadError, Loading } from '../../ui/status.js';
import { useCommitImport, usePreviewImport, useWorkforce } from './api.js';
import { formatCount } from './grid-values.js';
import { ImportPreviewDetails } from './ImportPreviewDetails.js';
import { readCsvFile } from './read-csv-file.js';

const FILE_ID = 'headcount-file';

/** Each problem is one line of the error summary; they name their row, so none links to a field. */
function problemsAsSummary(detail: string, messages: string[]): FormProblem {
  return { detail, fields: Object.fromEntries(messages.map((message, i) => [`problem-${i}`, message])) };
}

/** Choose a file → see what it would do and every problem in it → import it, all or nothing. */
export function ImportHeadcountsPage() {
  const orgId = useOrgId();
  const navigate = useNavigate();
  const workforce = useWorkforce(orgId);
  const previewImport = usePreviewImport(orgId);
  const commit = useCommitImport(orgId);
  const [file, setFile] = useState<File | null>(null);
  const [checked, setChecked] = useState<{ fileName: string; csv: string; preview: ImportPreview } | null>(null);
  const [problem, setProblem] = useState<FormProblem | null>(null);

  const check = async (event: FormEvent) => {
    event.preventDefault();
    if (previewImport.isPending) return;
    setChecked(null);
    if (!file) return setProblem({ detail: null, fields: { file: 'Choose a CSV file to import' } });
    const read = await readCsvFile(file);
    if ('problem' in read) return setProblem({ detail: null, fields: { file: read.problem } });
    setProblem(null);
    previewImport.mutate(read.text, {
      onSuccess: (preview) => {
        setChecked({ fileName: file.name, csv: read.text, preview });
        const count = preview.problems.length;
        if (count > 0) {
          setProblem(problemsAsSummary(
            `The file has ${count === 1 ? 'a problem' : `${formatCount(count)} problems`}. Nothing will be imported until ${count === 1 ? 'it is' : 'they are'} corrected.`,
            preview.problems.map((p) => p.message),
          ));
        }
      },
      onError: (error) => setProblem(problemFromError(error)),
    });
  };

  const runImport = () => {
    if (!checked || commit.isPending) return;
    commit.mutate(checked.csv, {
      onSuccess: (result) => {
        const { created, updated } = result.summary;
        void navigate(paths.workforce(orgId), {
          state: flashState(`Headcounts imported: ${formatCount(created)} new and ${formatCount(updated)} changed figures.`),
        });
      },
      onError: (error) =>
        setProblem(error instanceof ApiError && error.code === 'import_has_problems'
          ? problemsAsSummary(error.message, error.fields.map((f) => f.message))
          : problemFromError(error)),
    });
  };

  const canImport = checked !== null && checked.preview.problems.length === 0;
  return (
    <Page title="Import headcounts" before={<BackLink to={paths.workforce(orgId)}>Back to workforce</BackLink>}>
      {workforce.isPending && <Loading what="the workforce" />}
      {workforce.isError && <LoadError error={workforce.error} what="The workforce" />}
      {workforce.data && !workforce.data.can.manage && (
        <p className="nhsuk-body">Only admins and the strategy team can import headcounts.</p>
      )}
      {workforce.data?.can.manage && (
        <>
          <ErrorSummary problem={problem} fieldIds={{ file: FILE_ID }} />
          <p className="nhsuk-body">
            Import a CSV file with one row per division and staff group (and, if you like, per site). Chorus checks the whole file
            first and shows what it will do. Nothing changes until you import it, and a file with any problem imports nothing.
          </p>
          <ul className="nhsuk-list nhsuk-list--bullet">
            <li><strong>Division</strong>: new divisions are added</li>
            <li><strong>Staff group</strong>: one of your staff groups ({workforce.data.staffGroups.map((g) => g.name).join(', ')})</li>
            <li><strong>Site</strong> (optional): leave it blank for a figure covering the whole division; new sites are added</li>
            <li><strong>Headcount</strong>: the number of people, a whole number</li>
          </ul>
          <p className="nhsuk-body">Save the file from your spreadsheet as CSV (comma or semicolon separated). Column names may be in any order.</p>
          <form onSubmit={(e) => void check(e)} noValidate>
            <FileUpload
              id={FILE_ID}
              label="Upload a CSV file"
              error={problem?.fields.file}
              accept=".csv,text/csv"
              className="chorus-file-input"
              onFile={(chosen) => {
                setFile(chosen);
                setChecked(null);
              }}
            />
            <Button type="submit" variant="secondary" busy={previewImport.isPending}>Check the file</Button>
          </form>
          {checked && (
            <ImportPreviewDetails
              fileName={checked.fileName}
              preview={checked.preview}
              action={canImport && <Button busy={commit.isPending} onClick={runImport}>Import headcounts</Button>}
            />
          )}
        </>
      )}
    </Page>
  );
}
