import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../app/api.js';
import { flashState } from '../../app/flash.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { Button } from '../../ui/Button.js';
import { FileUpload } from '../../ui/fields.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { problemFromError, type FormProblem } from '../../ui/form-problem.js';
import { Page } from '../../ui/Page.js';
import { Radios } from '../../ui/Radios.js';
import { MAX_FILE_BYTES } from '../imports/api.js';
import { useMe } from '../../app/auth.js';
import { useCommitRegisterImport, usePreviewRegisterImport, type RegisterImportInput } from './api.js';
import { EstateNav } from './EstateNav.js';
import { RegisterPreview } from './RegisterPreview.js';
import type { RegisterImportPreview, RegisterImportResult } from './types.js';
import './estate.scss';

const FILE_ID = 'register-file';
const UPDATE_ID = 'register-update';

const asSummary = (detail: string, messages: string[]): FormProblem => ({ detail, fields: Object.fromEntries(messages.map((m, i) => [`problem-${i}`, m])) });
const where = (p: { row: number | null; column: string | null; message: string }) =>
  [p.row !== null ? `Row ${p.row}` : null, p.column ? `column “${p.column}”` : null].filter(Boolean).join(', ') + (p.row !== null || p.column ? ': ' : '') + p.message;

/** Upload a register spreadsheet → check it (columns, first rows, problems) → import it all or nothing. */
export function ImportRegisterPage() {
  const orgId = useOrgId();
  const { csrfToken } = useMe();
  const preview = usePreviewRegisterImport(orgId, csrfToken);
  const commit = useCommitRegisterImport(orgId, csrfToken);
  const [file, setFile] = useState<File | null>(null);
  const [upload, setUpload] = useState<File | null>(null);
  const [checked, setChecked] = useState<RegisterImportPreview | null>(null);
  const [mapping, setMapping] = useState<Record<string, string | null>>({});
  const [mode, setMode] = useState<RegisterImportInput['mode']>('skip_existing');
  const [checkedWith, setCheckedWith] = useState<string | null>(null);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [done, setDone] = useState<RegisterImportResult | null>(null);

  const input = (): Omit<RegisterImportInput, 'file'> => ({
    ...(Object.keys(mapping).length > 0 ? { mapping } : {}),
    mode,
  });
  const stale = checkedWith !== null && checkedWith !== JSON.stringify(input());

  const runPreview = (file: File) => {
    const sent = input();
    preview.mutate(
      { file, ...sent },
      {
        onSuccess: (result) => {
          // The server's reading of the columns becomes the mapping shown, which people may change;
          // what was checked is that mapping, so the import sends exactly what the preview showed.
          const used = sent.mapping ?? Object.fromEntries(result.columns.map((c) => [c.header, c.field]));
          setChecked(result);
          setMapping(used);
          setCheckedWith(JSON.stringify({ mapping: used, mode: sent.mode }));
          const n = result.problems.length;
          setProblem(n > 0 ? asSummary(`The file has ${n === 1 ? 'a problem' : `${n.toLocaleString('en-GB')} problems`}. Nothing will be imported until ${n === 1 ? 'it is' : 'they are'} put right.`, result.problems.slice(0, 50).map(where)) : null);
        },
        onError: (error) => setProblem(problemFromError(error)),
      },
    );
  };

  const check = (event: FormEvent) => {
    event.preventDefault();
    if (preview.isPending) return;
    const fileProblem = !file ? 'Choose a CSV or Excel file to import' : file.size > MAX_FILE_BYTES ? 'The file is larger than 37 MB. Split it into smaller files.' : null;
    if (!file || fileProblem) return setProblem({ detail: null, fields: { file: fileProblem ?? 'Choose a file' } });
    setUpload(file);
    runPreview(file);
  };

  const runImport = () => {
    if (!upload || commit.isPending) return;
    commit.mutate(
      { file: upload, ...input() },
      {
        onSuccess: setDone,
        onError: (error) =>
          setProblem(error instanceof ApiError && error.fields.length > 1 ? asSummary(`${error.message} Nothing was imported.`, error.fields.map((f) => f.message)) : problemFromError(error)),
      },
    );
  };

  if (done) {
    return (
      <Page title="Register imported" caption="Digital estate">
        <p className="nhsuk-body">
          {done.created.toLocaleString('en-GB')} {done.created === 1 ? 'system was' : 'systems were'} added and {done.updated.toLocaleString('en-GB')} updated
          {done.duplicates > 0 && `; ${done.duplicates.toLocaleString('en-GB')} already in the register were left as they were`}.
        </p>
        <p className="nhsuk-body">
          <Link to={paths.estate(orgId)} state={flashState('The register has been imported.')}>
            Go to the register
          </Link>
        </p>
      </Page>
    );
  }
  return (
    <Page title="Import a register" caption="Digital estate">
      <EstateNav current="import" />
      <ErrorSummary problem={problem} fieldIds={{ file: FILE_ID }} />
      <p className="nhsuk-body">
        Import a spreadsheet of systems, one row per system, with a header row. Chorus checks the whole file first; nothing is saved until you import it,
        and a file with any problem imports nothing.
      </p>
      <form onSubmit={check} noValidate>
        <FileUpload
          id={FILE_ID}
          label="Upload a CSV or Excel file"
          error={problem?.fields.file}
          accept=".csv,.tsv,.txt,.xlsx,text/csv"
          onFile={(chosen) => {
            setFile(chosen);
            setChecked(null);
            setCheckedWith(null);
            setMapping({});
          }}
        />
        <Radios
          id={UPDATE_ID}
          name="updateExisting"
          legend="When a row names a system already in the register"
          hint="Systems are matched by name"
          options={[
            { value: 'skip_existing', label: 'Leave the existing system as it is', hint: 'The row is skipped' },
            { value: 'update_existing', label: 'Update the existing system', hint: 'The file’s values replace the register’s' },
          ]}
          value={mode}
          onChange={(value) => setMode(value === 'update_existing' ? 'update_existing' : 'skip_existing')}
        />
        <Button type="submit" variant="secondary" busy={preview.isPending}>
          {checked ? 'Check again' : 'Check the file'}
        </Button>
      </form>
      {checked && (
        <>
          <RegisterPreview preview={checked} mapping={mapping} onMap={(header, field) => setMapping((all) => ({ ...all, [header]: field }))} problems={checked.problems.map(where)} />
          {stale ? (
            <>
              <p className="nhsuk-body">You have changed how the file is imported since it was checked. Check it again before importing.</p>
              <Button variant="secondary" busy={preview.isPending} onClick={() => upload && runPreview(upload)}>
                Check the file again
              </Button>
            </>
          ) : (
            checked.problems.length === 0 && (
              <Button busy={commit.isPending} onClick={runImport}>
                Import {checked.rowCount.toLocaleString('en-GB')} {checked.rowCount === 1 ? 'system' : 'systems'}
              </Button>
            )
          )}
        </>
      )}
    </Page>
  );
}
