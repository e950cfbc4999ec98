import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { CHANGE_NOTE_MAX, ZFreezeVersion } from '../../../shared/contracts/documents.js';
import { flashState } from '../../app/flash.js';
import { paths } from '../../app/paths.js';
import { Button } from '../../ui/Button.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { useFormProblem } from '../../ui/form-problem.js';
import { Textarea } from '../../ui/Textarea.js';
import { useFreezeVersion } from './api.js';

/**
 * Freezing keeps the draft as it stands, as a numbered version with its four downloads made
 * there and then. Making them takes a few seconds, so the panel says what is happening meanwhile;
 * then the new version's page opens.
 */
export function FreezePanel({ orgId, strategyId, nextNumber }: { orgId: string; strategyId: string; nextNumber: number }) {
  const [changeNote, setChangeNote] = useState('');
  const problem = useFormProblem();
  const freeze = useFreezeVersion(strategyId);
  const navigate = useNavigate();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = ZFreezeVersion.safeParse({ changeNote });
    if (!parsed.success) return problem.showZod(parsed.error);
    problem.clear();
    freeze.mutate(parsed.data, {
      onSuccess: (version) =>
        navigate(paths.documentVersion(orgId, version.id), { state: flashState(`Version ${version.number} has been frozen and its downloads made.`) }),
      onError: problem.showError,
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="freeze-heading">
      <ErrorSummary problem={problem.problem} fieldIds={{ changeNote: 'freeze-note' }} />
      <p className="nhsuk-body">
        A frozen version does not change when the plan does: it keeps this draft, with a PDF, a Word document and two posters, for sign-off and publishing.
        Hidden sections are left out.
      </p>
      <Textarea
        id="freeze-note"
        label="What changed since the last version (optional)"
        rows={3}
        value={changeNote}
        onChange={setChangeNote}
        error={problem.field('changeNote')}
        maxLength={CHANGE_NOTE_MAX}
      />
      <Button type="submit" busy={freeze.isPending}>
        Freeze version {nextNumber}
      </Button>
      <p className="nhsuk-body" role="status">
        {freeze.isPending ? `Freezing version ${nextNumber}… making the downloads. This takes a few seconds.` : ''}
      </p>
    </form>
  );
}
