import { useState, type FormEvent } from 'react';
import { VERIFY_FILE_MAX_BYTES, type SignOffRecord, type VerifyResult } from '../../../../shared/contracts/document-signoff.js';
import { formatDate, formatDateTime } from '../../../../shared/dates.js';
import { Button } from '../../../ui/Button.js';
import { ErrorSummary } from '../../../ui/ErrorSummary.js';
import { FileUpload } from '../../../ui/fields.js';
import { useFormProblem } from '../../../ui/form-problem.js';
import { useVerifyFile } from './api.js';

/** The signed-off record: when, who approved and when, and each download's SHA-256; then a form to check a file against it. */
export function SignOffRecordView({ versionId, versionNumber, record }: { versionId: string; versionNumber: number; record: SignOffRecord }) {
  return (
    <div className="nhsuk-card">
      <div className="nhsuk-card__content">
        <h3 className="nhsuk-card__heading">Signed off on {formatDate(record.signedOffAt)}</h3>
        <p className="nhsuk-body">Approved by:</p>
        <ul className="nhsuk-list nhsuk-list--bullet">
          {record.approvers.map((a) => (
            <li key={`${a.name}-${a.approvedAt}`}>
              {a.name}, {formatDateTime(a.approvedAt)}
            </li>
          ))}
        </ul>
        <h4 className="nhsuk-heading-xs">The signed-off files</h4>
        <p className="nhsuk-body-s">A file is the signed-off one only if its SHA-256 fingerprint is exactly the one here: changing a single byte changes it.</p>
        <dl className="nhsuk-summary-list">
          {record.outputs.map((o) => (
            <div className="nhsuk-summary-list__row" key={o.kind}>
              <dt className="nhsuk-summary-list__key">{o.label}</dt>
              <dd className="nhsuk-summary-list__value">
                <code className="chorus-signoff__hash">{o.sha256}</code>
                <span className="nhsuk-body-s"> ({o.size.toLocaleString('en-GB')} bytes)</span>
              </dd>
            </div>
          ))}
        </dl>
        <VerifyFileForm versionId={versionId} versionNumber={versionNumber} />
      </div>
    </div>
  );
}

function VerifyFileForm({ versionId, versionNumber }: { versionId: string; versionNumber: number }) {
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<VerifyResult | null>(null);
  const form = useFormProblem();
  const verify = useVerifyFile(versionId);

  const check = (event: FormEvent) => {
    event.preventDefault();
    setResult(null);
    if (!file) return form.set({ detail: null, fields: { fileBase64: 'Choose a file to check' } });
    if (file.size === 0) return form.set({ detail: null, fields: { fileBase64: 'The chosen file is empty' } });
    if (file.size > VERIFY_FILE_MAX_BYTES) return form.set({ detail: null, fields: { fileBase64: 'The file is larger than 20 MB, so it cannot be a download of this version' } });
    form.clear();
    verify.mutate(file, { onSuccess: setResult, onError: form.showError });
  };

  return (
    <form onSubmit={check} noValidate>
      <h4 className="nhsuk-heading-xs">Check a file</h4>
      <p className="nhsuk-body-s">Choose a copy of the document to find out whether it is exactly the signed-off version {versionNumber}. The file is not kept.</p>
      <ErrorSummary problem={form.problem} fieldIds={{ fileBase64: 'signoff-verify-file' }} />
      <FileUpload id="signoff-verify-file" label="File to check" accept=".pdf,.docx,application/pdf" onFile={setFile} error={form.field('fileBase64')} />
      <Button type="submit" variant="secondary" busy={verify.isPending}>
        Check the file
      </Button>
      <div aria-live="polite">
        {result && (
          <div className={`nhsuk-card ${result.matches ? 'chorus-signoff__match' : 'nhsuk-card--warning'}`}>
            <div className="nhsuk-card__content">
              <h5 className="nhsuk-heading-xs">{result.matches ? 'It matches' : 'It does not match'}</h5>
              <p className="nhsuk-body chorus-signoff__text">{result.message}</p>
              {result.matches && <p className="nhsuk-body-s chorus-signoff__hash">SHA-256 {result.sha256}</p>}
            </div>
          </div>
        )}
      </div>
    </form>
  );
}
