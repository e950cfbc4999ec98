import { useState, type FormEvent } from 'react';
import { todayInLondon } from '../../../../shared/calendar-date.js';
import { ZOpenConsultation } from '../../../../shared/contracts/consultation.js';
import { Button } from '../../../ui/Button.js';
import { ErrorSummary } from '../../../ui/ErrorSummary.js';
import { TextInput } from '../../../ui/fields.js';
import { useFormProblem } from '../../../ui/form-problem.js';
import { useOpenConsultation } from './api.js';

const ids = { closesOn: 'consultation-closes-on', anonymous: 'consultation-anonymous' };
const inDays = (days: number) => new Date(Date.parse(`${todayInLondon()}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Opens the consultation: a closing day (four weeks on, to start with) and whether answers are anonymous. */
export function OpenConsultationForm({ versionId, number, onOpened }: { versionId: string; number: number; onOpened(): void }) {
  const form = useFormProblem();
  const open = useOpenConsultation(versionId);
  const [closesOn, setClosesOn] = useState(inDays(28));
  const [anonymous, setAnonymous] = useState(true);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (open.isPending) return;
    const parsed = ZOpenConsultation.safeParse({ closesOn, anonymous });
    if (!parsed.success) return form.showZod(parsed.error);
    form.clear();
    open.mutate(parsed.data, { onSuccess: onOpened, onError: form.showError });
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="open-consultation-heading">
      <h2 className="nhsuk-heading-m" id="open-consultation-heading">Open a consultation on version {number}</h2>
      <p className="nhsuk-body">
        Staff read the draft, section by section, and say whether they support each one. A survey is made with a page for each section; share its open
        link, or set an access code or personal invitations on the survey’s share page.
      </p>
      <ErrorSummary problem={form.problem} fieldIds={ids} />
      <TextInput
        id={ids.closesOn}
        label="Closing date"
        hint="The last day staff can answer. It must be after today and within a year."
        type="date"
        width={10}
        value={closesOn}
        onChange={setClosesOn}
        error={form.field('closesOn')}
      />
      <div className="nhsuk-form-group">
        <div className="nhsuk-checkboxes">
          <div className="nhsuk-checkboxes__item">
            <input className="nhsuk-checkboxes__input" id={ids.anonymous} type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} aria-describedby={`${ids.anonymous}-hint`} />
            <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={ids.anonymous}>
              Answers are anonymous
            </label>
            <div className="nhsuk-hint nhsuk-checkboxes__hint" id={`${ids.anonymous}-hint`}>
              Nothing links an answer to the person who gave it, even when they were sent a personal invitation.
            </div>
          </div>
        </div>
      </div>
      <Button type="submit" busy={open.isPending}>Open the consultation</Button>
    </form>
  );
}
