import { useState } from 'react';
import type { Distribution } from '../../../../shared/contracts/survey-distribution.js';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.js';
import { problemFromError, type FormProblem } from '../../../ui/form-problem.js';
import { SuccessBanner } from '../../../ui/SuccessBanner.js';
import { useImportInvitations, useSendInvitations } from './api.js';
import { plural } from '../../../../shared/words.js';

/** Personal single-use links by email: import a list, send, remind those who have not answered. */
export function InvitationsSection({ distribution }: { distribution: Distribution }) {
  const surveyId = distribution.surveyId;
  const importList = useImportInvitations(surveyId);
  const send = useSendInvitations(surveyId, 'send');
  const remind = useSendInvitations(surveyId, 'remind');
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [lines, setLines] = useState<{ field: string; message: string }[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<'send' | 'remind' | null>(null);
  const { counts } = distribution;
  const canUpdate = distribution.can.update;

  const run = async (action: () => Promise<string>) => {
    setProblem(null);
    setLines([]);
    setDone(null);
    try {
      setDone(await action());
    } catch (error) {
      setProblem(problemFromError(error));
      const fields = (error as { fields?: { field: string; message: string }[] }).fields ?? [];
      setLines(fields.filter((f) => f.field.startsWith('line ')));
    }
  };

  return (
    <section aria-labelledby="invitations-heading">
      <h2 className="nhsuk-heading-m" id="invitations-heading">Personal invitations</h2>
      <p>Each person gets their own link by email. It works once, and they can save and come back.
        {distribution.anonymous && ' The survey is anonymous: a response keeps no link to the invitation that admitted it.'}</p>
      {done && <SuccessBanner key={done}>{done}</SuccessBanner>}
      <dl className="nhsuk-summary-list">
        {[
          ['Invited', counts.invitations],
          ['Not emailed yet', counts.unsent],
          ['Responded', counts.responded],
          ['Not responded yet', counts.notYet],
          ['All responses, any link', counts.responses],
        ].map(([label, value]) => (
          <div className="nhsuk-summary-list__row" key={label}>
            <dt className="nhsuk-summary-list__key">{label}</dt>
            <dd className="nhsuk-summary-list__value">{Number(value).toLocaleString('en-GB')}</dd>
          </div>
        ))}
      </dl>
      {distribution.delivery === 'outbox' && <p className="nhsuk-body-s">Email is not set up, so messages wait in the outbox for an admin to pass on.</p>}

      {canUpdate && (
        <>
          {problem && (
            <div className="nhsuk-error-summary" role="alert" tabIndex={-1}>
              <h3 className="nhsuk-error-summary__title">There is a problem</h3>
              <div className="nhsuk-error-summary__body">
                {problem.detail && <p>{problem.detail}</p>}
                {lines.length > 0 && (
                  <ul className="nhsuk-list nhsuk-error-summary__list">
                    {lines.map((l) => <li key={l.field}><a href="#invitation-list">{l.message}</a></li>)}
                  </ul>
                )}
              </div>
            </div>
          )}
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void run(async () => {
                const result = await importList.mutateAsync(text);
                setText('');
                return `${result.added} added${result.duplicates ? `, ${result.duplicates} already on the list` : ''}.`;
              });
            }}
          >
            <div className="nhsuk-form-group">
              <label className="nhsuk-label" htmlFor="invitation-list">Email addresses</label>
              <div className="nhsuk-hint" id="invitation-list-hint">One a line, or paste a CSV export with an email column. Nothing is added if any line has a problem.</div>
              <textarea className="nhsuk-textarea" id="invitation-list" rows={6} value={text} aria-describedby="invitation-list-hint" onChange={(e) => setText(e.target.value)} />
            </div>
            <button type="submit" className="nhsuk-button nhsuk-button--secondary" disabled={importList.isPending || text.trim() === ''}>Add to the list</button>
          </form>
          <div className="nhsuk-button-group">
            <button type="button" className="nhsuk-button" disabled={counts.unsent === 0} onClick={() => setConfirm('send')}>
              Send {plural(counts.unsent, 'invitation')}
            </button>
            <button type="button" className="nhsuk-button nhsuk-button--secondary" disabled={counts.notYet === 0} onClick={() => setConfirm('remind')}>
              Remind {plural(counts.notYet, 'person', 'people')}
            </button>
          </div>
          <ConfirmDialog
            open={confirm !== null}
            title={confirm === 'send' ? 'Send the invitations?' : 'Send reminders?'}
            confirmLabel={confirm === 'send' ? 'Send invitations' : 'Send reminders'}
            destructive={false}
            busy={send.isPending || remind.isPending}
            onCancel={() => setConfirm(null)}
            onConfirm={() => {
              const which = confirm === 'send' ? send : remind;
              setConfirm(null);
              void run(async () => `${(await which.mutateAsync(undefined)).sent} emails sent.`);
            }}
          >
            <p>
              {confirm === 'send'
                ? `${plural(counts.unsent, 'person', 'people')} will get an email with their personal link.`
                : `${plural(counts.notYet, 'person', 'people')} who have not responded will get a reminder with a new link; their old link stops working.`}
            </p>
          </ConfirmDialog>
        </>
      )}
    </section>
  );
}
