import { useState } from 'react';
import type { Distribution } from '../../../../shared/contracts/survey-distribution.js';
import { ErrorSummary } from '../../../ui/ErrorSummary.js';
import { problemFromError, type FormProblem } from '../../../ui/form-problem.js';
import { CopyableLink } from '../../outbox/CopyableLink.js';
import { posterUrl, qrUrl, useSetAccessCode, useSetOpenLink } from './api.js';

/** The open link for posters and staff bulletins, its QR code, and the optional access code. */
export function OpenLinkSection({ distribution }: { distribution: Distribution }) {
  const surveyId = distribution.surveyId;
  const setOpenLink = useSetOpenLink(surveyId);
  const setCode = useSetAccessCode(surveyId);
  const [code, setCodeText] = useState('');
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const link = distribution.openLink;
  const canUpdate = distribution.can.update;

  const saveCode = async (value: string | null) => {
    setProblem(null);
    try {
      await setCode.mutateAsync(value);
      setCodeText('');
    } catch (error) {
      setProblem(problemFromError(error));
    }
  };

  return (
    <section aria-labelledby="open-link-heading">
      <h2 className="nhsuk-heading-m" id="open-link-heading">Open link</h2>
      <p>Anyone with the open link can answer, as often as they like. Use it on posters and in staff bulletins.</p>
      {link ? (
        <>
          <CopyableLink id="open-link" url={link.url} label="Open link" />
          <img src={qrUrl(surveyId)} alt={`QR code for ${link.url}`} width={200} height={200} />
          <p>
            <a href={posterUrl(surveyId)} target="_blank" rel="noreferrer">Open the printable poster (A4)</a>
          </p>
          {canUpdate && (
            <button type="button" className="nhsuk-button nhsuk-button--secondary" disabled={setOpenLink.isPending} onClick={() => setOpenLink.mutate(false)}>
              Turn the open link off
            </button>
          )}
        </>
      ) : (
        <>
          <p>The open link is off.</p>
          {distribution.status === 'closed' && <p>The survey has closed, so its open link cannot be turned on. Reopen the survey first if you need more answers.</p>}
          {canUpdate && distribution.status !== 'closed' && (
            <button type="button" className="nhsuk-button" disabled={setOpenLink.isPending} onClick={() => setOpenLink.mutate(true)}>
              Turn the open link on
            </button>
          )}
        </>
      )}

      <h3 className="nhsuk-heading-s">Access code</h3>
      <p>{distribution.accessCodeSet ? 'People using the open link must type the access code first.' : 'No access code: anyone with the link can start.'}</p>
      {canUpdate && (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void saveCode(code);
          }}
        >
          <ErrorSummary problem={problem} fieldIds={{ code: 'access-code' }} />
          <div className={`nhsuk-form-group${problem?.fields.code ? ' nhsuk-form-group--error' : ''}`}>
            <label className="nhsuk-label" htmlFor="access-code">{distribution.accessCodeSet ? 'New access code' : 'Access code'}</label>
            <div className="nhsuk-hint" id="access-code-hint">At least 4 characters. Capital letters do not matter.</div>
            {problem?.fields.code && <p className="nhsuk-error-message" id="access-code-error"><span className="nhsuk-u-visually-hidden">Error:</span> {problem.fields.code}</p>}
            <input
              className="nhsuk-input nhsuk-input--width-10"
              id="access-code"
              name="code"
              autoComplete="off"
              value={code}
              aria-describedby={`access-code-hint${problem?.fields.code ? ' access-code-error' : ''}`}
              onChange={(event) => setCodeText(event.target.value)}
            />
          </div>
          <div className="nhsuk-button-group">
            <button type="submit" className="nhsuk-button" disabled={setCode.isPending}>Set access code</button>
            {distribution.accessCodeSet && (
              <button type="button" className="nhsuk-button nhsuk-button--secondary" disabled={setCode.isPending} onClick={() => void saveCode(null)}>
                Remove the access code
              </button>
            )}
          </div>
        </form>
      )}
    </section>
  );
}
