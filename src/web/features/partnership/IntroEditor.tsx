import { useState, type FormEvent } from 'react';
import { INTRO_MAX, type PartnershipVersion } from '../../../shared/contracts/partnership.js';
import { Button } from '../../ui/Button.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { useFormProblem } from '../../ui/form-problem.js';
import type { Notify } from '../../ui/SuccessBanner.js';
import { Textarea } from '../../ui/Textarea.js';
import { useUpdateVersion } from './api.js';

/** The introduction staff read before the commitments; editable while the version is a draft. */
export function IntroEditor({ version, notify }: { version: PartnershipVersion; notify: Notify }) {
  const [editing, setEditing] = useState(false);
  const [intro, setIntro] = useState(version.intro);
  const update = useUpdateVersion(version.id);
  const { problem, showError, field } = useFormProblem();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (update.isPending) return;
    update.mutate(
      { intro },
      {
        onSuccess: () => {
          setEditing(false);
          notify('Introduction saved.');
        },
        onError: showError,
      },
    );
  };
  if (!editing) {
    return (
      <div className="nhsuk-u-margin-bottom-5">
        {version.intro ? (
          <p className="nhsuk-body chorus-partnership__intro chorus-break-anywhere">{version.intro}</p>
        ) : (
          <p className="nhsuk-body">{version.can.edit ? 'No introduction yet: staff will see a short standard one. Write your own to say why the partnership matters here.' : ''}</p>
        )}
        {version.can.edit && (
          <Button variant="secondary" small onClick={() => { setIntro(version.intro); setEditing(true); }}>
            {version.intro ? 'Edit the introduction' : 'Write an introduction'}
          </Button>
        )}
      </div>
    );
  }
  return (
    <form onSubmit={submit} noValidate className="nhsuk-u-margin-bottom-5">
      <ErrorSummary problem={problem} fieldIds={{ intro: 'partnership-intro' }} />
      <Textarea id="partnership-intro" label="Introduction" labelClassName="nhsuk-label--s" hint="Staff read this before the commitments." value={intro} onChange={setIntro} maxLength={INTRO_MAX} error={field('intro')} />
      <div className="chorus-partnership-buttons">
        <Button type="submit" busy={update.isPending}>Save the introduction</Button>
        <Button variant="secondary" onClick={() => setEditing(false)}>Cancel</Button>
      </div>
    </form>
  );
}
