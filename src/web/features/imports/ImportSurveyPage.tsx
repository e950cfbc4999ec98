import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import type { ImportColumnChoice, ImportPreview } from '../../../shared/contracts/imports.js';
import { ApiError } from '../../app/api.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { BackLink } from '../../ui/BackLink.js';
import { Button } from '../../ui/Button.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { problemFromError, type FormProblem } from '../../ui/form-problem.js';
import { Page } from '../../ui/Page.js';
import { fileAsBase64, MAX_FILE_BYTES, useCommitSurveyImport, useImportJob, usePreviewSurveyImport, type ImportFile } from './api.js';
import { PreviewDetails } from './PreviewDetails.js';

const FILE_ID = 'survey-file';

/** Each problem names its row and column, so none links to a field. */
const asSummary = (detail: string, messages: string[]): FormProblem => ({ detail, fields: Object.fromEntries(messages.map((m, i) => [`problem-${i}`, m])) });

/** Choose an export → check it (tool, encoding, questions, problems) → import it all or nothing → follow its progress. */
export function ImportSurveyPage() {
  const orgId = useOrgId();
  const { strategyId = '' } = useParams();
  const preview = usePreviewSurveyImport(strategyId);
  const commit = useCommitSurveyImport(strategyId);
  const [file, setFile] = useState<File | null>(null);
  const [upload, setUpload] = useState<ImportFile | null>(null);
  const [checked, setChecked] = useState<ImportPreview | null>(null);
  const [choices, setChoices] = useState<Record<number, ImportColumnChoice>>({});
  const [keep, setKeep] = useState<number[]>([]);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [doneSurvey, setDoneSurvey] = useState<{ surveyId: string; responses: number } | null>(null);
  const job = useImportJob(orgId, jobId);

  const options = () => ({ keepIdentifying: keep, columns: Object.values(choices) });
  const runPreview = (input: ImportFile) =>
    preview.mutate({ ...input, ...options() }, {
      onSuccess: (result) => {
        setChecked(result);
        setProblem(result.problemCount > 0
          ? asSummary(`The file has ${result.problemCount === 1 ? 'a problem' : `${result.problemCount.toLocaleString('en-GB')} problems`}. Nothing will be imported until ${result.problemCount === 1 ? 'it is' : 'they are'} put right.`, result.problems.map((p) => p.text))
          : null);
      },
      onError: (error) => setProblem(problemFromError(error)),
    });

  const check = async (event: FormEvent) => {
    event.preventDefault();
    if (preview.isPending) return;
    if (!file) return setProblem({ detail: null, fields: { file: 'Choose a CSV or Excel file to import' } });
    if (file.size > MAX_FILE_BYTES) return setProblem({ detail: null, fields: { file: 'The file is larger than 37 MB. Export fewer columns, or use the command line.' } });
    const input = { fileName: file.name, content: await fileAsBase64(file) };
    setUpload(input);
    runPreview(input);
  };

  const runImport = () => {
    if (!upload || commit.isPending) return;
    commit.mutate({ ...upload, ...options() }, {
      onSuccess: (result) => (result.status === 'queued' ? setJobId(result.jobId) : setDoneSurvey(result)),
      onError: (error) =>
        setProblem(error instanceof ApiError && error.code === 'import_refused' ? asSummary(error.message, error.fields.map((f) => f.message)) : problemFromError(error)),
    });
  };

  const jobResult = job.data?.result as { status?: string; surveyId?: string; responses?: number; message?: string } | null | undefined;
  const finished = doneSurvey ?? (job.data?.state === 'done' && jobResult?.status === 'done' ? { surveyId: jobResult.surveyId!, responses: jobResult.responses! } : null);
  const back = <BackLink to={paths.strategy(orgId, strategyId)}>Back to the strategy</BackLink>;

  if (finished) {
    return (
      <Page title="Survey results imported" before={back}>
        <p className="nhsuk-body">{finished.responses.toLocaleString('en-GB')} responses were imported.</p>
        <p className="nhsuk-body"><Link to={paths.surveyResults(orgId, strategyId, finished.surveyId)}>See the results</Link></p>
      </Page>
    );
  }
  if (jobId) {
    const failed = job.data?.state === 'failed' || jobResult?.status === 'refused';
    return (
      <Page title="Importing survey results" before={back}>
        {failed ? (
          <div className="nhsuk-error-summary" role="alert">
            <h2 className="nhsuk-error-summary__title">The file was not imported</h2>
            <div className="nhsuk-error-summary__body"><p>{jobResult?.message ?? job.data?.message ?? 'The import failed.'} Nothing was saved.</p></div>
          </div>
        ) : (
          <>
            <label className="nhsuk-label" htmlFor="import-progress">
              {job.data?.total ? `${job.data.done.toLocaleString('en-GB')} of ${job.data.total.toLocaleString('en-GB')} responses` : 'Waiting to start'}
            </label>
            <progress id="import-progress" className="chorus-progress" max={job.data?.total ?? 1} value={job.data?.done ?? 0} />
            <p className="nhsuk-body">You can leave this page: the import carries on, all or nothing.</p>
          </>
        )}
      </Page>
    );
  }
  return (
    <Page title="Import survey results" before={back}>
      <ErrorSummary problem={problem} fieldIds={{ file: FILE_ID }} />
      <p className="nhsuk-body">
        Import an export from Microsoft Forms, Google Forms, SurveyMonkey, Qualtrics or LimeSurvey, or any CSV or Excel file with one
        row per response. Chorus checks the whole file first; nothing is saved until you import it, and a file with any problem imports nothing.
      </p>
      <form onSubmit={(e) => void check(e)} noValidate>
        <div className={['nhsuk-form-group', problem?.fields.file ? 'nhsuk-form-group--error' : null].filter(Boolean).join(' ')}>
          <label className="nhsuk-label nhsuk-label--s" htmlFor={FILE_ID}>Upload a CSV or Excel file</label>
          {problem?.fields.file && (
            <span className="nhsuk-error-message" id={`${FILE_ID}-error`}><span className="nhsuk-u-visually-hidden">Error:</span> {problem.fields.file}</span>
          )}
          <input id={FILE_ID} name={FILE_ID} type="file" accept=".csv,.tsv,.txt,.xlsx,text/csv" className="nhsuk-file-upload"
            aria-describedby={problem?.fields.file ? `${FILE_ID}-error` : undefined}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setChecked(null);
              setChoices({});
              setKeep([]);
            }} />
        </div>
        <Button type="submit" variant="secondary" busy={preview.isPending}>{checked ? 'Check again' : 'Check the file'}</Button>
      </form>
      {checked && (
        <>
          <PreviewDetails
            preview={checked}
            choices={choices}
            keep={keep}
            onChoice={(column, choice) => setChoices((all) => ({ ...all, [column]: { ...all[column], ...choice, column } }))}
            onKeep={(column, on) => setKeep((all) => (on ? [...all, column] : all.filter((c) => c !== column)))}
          />
          <p className="nhsuk-body">Changed a type, skipped a column or kept one? Check the file again before importing.</p>
          {checked.canImport && (
            <Button busy={commit.isPending} onClick={runImport}>
              Import {checked.rowCount.toLocaleString('en-GB')} responses
            </Button>
          )}
        </>
      )}
    </Page>
  );
}
