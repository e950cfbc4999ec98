import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import type { ImportColumnChoice, ImportOptions, ImportPreview } from '../../../shared/contracts/imports.js';
import { ApiError } from '../../app/api.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { BackLink } from '../../ui/BackLink.js';
import { Button } from '../../ui/Button.js';
import { FileUpload } from '../../ui/fields.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { problemFromError, type FormProblem } from '../../ui/form-problem.js';
import { Page } from '../../ui/Page.js';
import { fileAsBase64, MAX_FILE_BYTES, useCommitSurveyImport, useImportJob, usePreviewSurveyImport, type ImportFile } from './api.js';
import { ImportTarget, SURVEY_ID, type ImportMode } from './ImportTarget.js';
import { targetColumns, type ColumnTargets, type TargetMapping } from './mapping.js';
import { PreviewDetails } from './PreviewDetails.js';
import { TargetQuestions } from './TargetQuestions.js';
import { UnmatchedProfile } from './UnmatchedProfile.js';
import { plural } from '../../../shared/words.js';

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
  const [mode, setMode] = useState<ImportMode>('new');
  const [surveyId, setSurveyId] = useState('');
  const [targets, setTargets] = useState<ColumnTargets>({});
  // The options the shown preview was made with: the import sends exactly these.
  const [checkedWith, setCheckedWith] = useState<Partial<ImportOptions> | null>(null);
  const [keep, setKeep] = useState<number[]>([]);
  const [notStated, setNotStated] = useState(false);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [doneSurvey, setDoneSurvey] = useState<{ surveyId: string; responses: number } | null>(null);
  const job = useImportJob(orgId, jobId);

  const options = (): Partial<ImportOptions> => ({
    ...(mode === 'existing' ? { surveyId, keepIdentifying: keep, columns: targetColumns(targets) } : { keepIdentifying: keep, columns: Object.values(choices) }),
    ...(notStated ? { unmatchedProfile: 'not_stated' as const } : {}),
  });
  const stale = checkedWith !== null && JSON.stringify(checkedWith) !== JSON.stringify(options());
  const noSurvey = mode === 'existing' && !surveyId ? { survey: 'Choose the survey to add these responses to' } : null;
  const runPreview = (input: ImportFile) => {
    if (noSurvey) return setProblem({ detail: null, fields: noSurvey });
    const sent = options();
    preview.mutate({ ...input, ...sent }, {
      onSuccess: (result) => {
        setChecked(result);
        setCheckedWith(sent);
        setProblem(result.problemCount > 0
          ? asSummary(`The file has ${result.problemCount === 1 ? 'a problem' : `${result.problemCount.toLocaleString('en-GB')} problems`}. Nothing will be imported until ${result.problemCount === 1 ? 'it is' : 'they are'} put right.`, result.problems.map((p) => p.text))
          : null);
      },
      onError: (error) => setProblem(problemFromError(error)),
    });
  };

  const check = async (event: FormEvent) => {
    event.preventDefault();
    if (preview.isPending) return;
    const fileProblem = !file ? 'Choose a CSV or Excel file to import'
      : file.size > MAX_FILE_BYTES ? 'The file is larger than 37 MB. Export fewer columns, or use the command line.'
      : null;
    if (!file || fileProblem || noSurvey) return setProblem({ detail: null, fields: { ...(fileProblem ? { file: fileProblem } : {}), ...noSurvey } });
    const input = { fileName: file.name, content: await fileAsBase64(file) };
    setUpload(input);
    runPreview(input);
  };

  const runImport = () => {
    if (!upload || !checkedWith || commit.isPending) return;
    commit.mutate({ ...upload, ...checkedWith }, {
      onSuccess: (result) => (result.status === 'queued' ? setJobId(result.jobId) : setDoneSurvey(result)),
      onError: (error) =>
        setProblem(error instanceof ApiError && error.code === 'import_refused' ? asSummary(error.message, error.fields.map((f) => f.message)) : problemFromError(error)),
    });
  };

  const jobResult = job.data?.result as { status?: string; surveyId?: string; responses?: number; message?: string } | null | undefined;
  const finished = doneSurvey ?? (job.data?.state === 'done' && jobResult?.status === 'done' ? { surveyId: jobResult.surveyId!, responses: jobResult.responses! } : null);
  const details = (target: TargetMapping | null) => checked && (
    <PreviewDetails
      preview={checked}
      choices={choices}
      keep={keep}
      target={target}
      onChoice={(column, choice) => setChoices((all) => ({ ...all, [column]: { ...all[column], ...choice, column } }))}
      onKeep={(column, on) => setKeep((all) => (on ? [...all, column] : all.filter((c) => c !== column)))}
    />
  );
  const back = <BackLink to={paths.strategy(orgId, strategyId)}>Back to the strategy</BackLink>;

  if (finished) {
    return (
      <Page title="Survey results imported" before={back}>
        <p className="nhsuk-body">{plural(finished.responses, 'response was', 'responses were')} imported.</p>
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
              {job.data?.total
                ? `${job.data.done.toLocaleString('en-GB')} of ${job.data.total.toLocaleString('en-GB')} responses`
                : job.data?.state === 'running' && job.data.message ? `${job.data.message}…` : 'Waiting to start'}
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
      <ErrorSummary problem={problem} fieldIds={{ file: FILE_ID, survey: SURVEY_ID }} />
      <p className="nhsuk-body">
        Import an export from Microsoft Forms, Google Forms, SurveyMonkey, Qualtrics or LimeSurvey, or any CSV or Excel file with one
        row per response. Chorus checks the whole file first; nothing is saved until you import it, and a file with any problem imports nothing.
      </p>
      <form onSubmit={(e) => void check(e)} noValidate>
        <FileUpload
          id={FILE_ID}
          label="Upload a CSV or Excel file"
          error={problem?.fields.file}
          accept=".csv,.tsv,.txt,.xlsx,text/csv"
          onFile={(chosen) => {
            setFile(chosen);
            setChecked(null);
            setCheckedWith(null);
            setChoices({});
            setTargets({});
            setKeep([]);
            setNotStated(false);
          }}
        />
        <ImportTarget strategyId={strategyId} mode={mode} surveyId={surveyId} error={problem?.fields.survey} onMode={setMode}
          onSurvey={(id) => {
            setSurveyId(id);
            // Question ids belong to one survey.
            setTargets({});
          }} />
        <Button type="submit" variant="secondary" busy={preview.isPending}>{checked ? 'Check again' : 'Check the file'}</Button>
        {preview.isPending && <p className="nhsuk-body chorus-loading" role="status">Reading and checking the whole file…</p>}
      </form>
      {checked && (
        <>
          {mode === 'existing' && surveyId ? (
            <TargetQuestions key={surveyId} surveyId={surveyId}>
              {(questions) => details({ surveyId, questions, chosen: targets, onChoose: (column, value) => setTargets((all) => ({ ...all, [column]: value })) })}
            </TargetQuestions>
          ) : details(null)}
          <UnmatchedProfile preview={checked} on={notStated} onChange={setNotStated} />
          {stale ? (
            <>
              <p className="nhsuk-body">You have changed how the file is imported since it was checked. Check it again before importing.</p>
              <Button variant="secondary" busy={preview.isPending} onClick={() => upload && runPreview(upload)}>Check the file again</Button>
            </>
          ) : checked.canImport && (
            <>
              <Button busy={commit.isPending} onClick={runImport}>
                Import {plural(checked.rowCount, 'response')}
              </Button>
              {commit.isPending && <p className="nhsuk-body chorus-loading" role="status">Checking the file once more and starting the import…</p>}
            </>
          )}
        </>
      )}
    </Page>
  );
}
