import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { todayInLondon } from '../../../shared/calendar-date.js';
import {
  CONSENT_HINTS,
  CONSENT_LABELS,
  CONSENTS,
  MAX_NOTES_LENGTH,
  ZCreateInterview,
  ZUpdateInterview,
  type Consent,
  type Interview,
} from '../../../shared/contracts/interviews.js';
import { flashState } from '../../app/flash.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { BackLink } from '../../ui/BackLink.js';
import { Button } from '../../ui/Button.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { Select, TextInput } from '../../ui/fields.js';
import { useFormProblem } from '../../ui/form-problem.js';
import { Page } from '../../ui/Page.js';
import { Radios } from '../../ui/Radios.js';
import { LoadError, Loading } from '../../ui/status.js';
import { Textarea } from '../../ui/Textarea.js';
import { useCreateInterview, useInterview, useInterviewOptions, useUpdateInterview } from './api.js';

const fieldIds = {
  intervieweeRole: 'interviewee-role',
  intervieweeName: 'interviewee-name',
  heldOn: 'held-on',
  interviewerId: 'interviewer',
  consent: 'consent',
  notes: 'notes',
};

/** Records a new interview, or edits one (`:interviewId` in the address). */
export function InterviewFormPage() {
  const orgId = useOrgId();
  const { strategyId = '', interviewId } = useParams();
  const existing = useInterview(strategyId, interviewId ?? '');
  const back = interviewId ? paths.interview(orgId, strategyId, interviewId) : paths.interviews(orgId, strategyId);
  const title = interviewId ? 'Edit interview' : 'Record an interview';
  const before = <BackLink to={back}>{interviewId ? 'Back to the interview' : 'Back to interviews'}</BackLink>;

  if (interviewId && !existing.data) {
    return (
      <Page title={title} before={before}>
        {existing.isPending && <Loading what="the interview" />}
        {existing.isError && <LoadError error={existing.error} what="The interview" />}
      </Page>
    );
  }
  return (
    <Page title={title} before={before}>
      <InterviewForm orgId={orgId} strategyId={strategyId} existing={existing.data} />
    </Page>
  );
}

function InterviewForm({ orgId, strategyId, existing }: { orgId: string; strategyId: string; existing: Interview | undefined }) {
  const navigate = useNavigate();
  const form = useFormProblem();
  const options = useInterviewOptions(strategyId, true);
  const create = useCreateInterview(strategyId);
  const update = useUpdateInterview(strategyId, existing?.id ?? '');
  const pending = create.isPending || update.isPending;
  const [role, setRole] = useState(existing?.intervieweeRole ?? '');
  const [name, setName] = useState(existing?.intervieweeName ?? '');
  const [heldOn, setHeldOn] = useState(existing?.heldOn ?? todayInLondon());
  const [interviewerId, setInterviewerId] = useState(existing?.interviewer?.userId ?? '');
  const [consent, setConsent] = useState<Consent>(existing?.consent ?? 'notes');
  const [notes, setNotes] = useState(existing?.notes ?? '');
  const declined = consent === 'declined';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    const input = {
      intervieweeRole: role,
      intervieweeName: name.trim() || null,
      heldOn,
      interviewerId: interviewerId || null,
      consent,
      // Declining consent keeps no notes: the page said so before the person saved.
      notes: declined ? '' : notes,
    };
    const done = (interview: Interview, message: string) =>
      navigate(paths.interview(orgId, strategyId, interview.id), { state: flashState(message) });
    if (existing) {
      const parsed = ZUpdateInterview.safeParse(input);
      if (!parsed.success) return form.showZod(parsed.error);
      form.clear();
      update.mutate(parsed.data, { onSuccess: (i) => done(i, 'The interview has been saved.'), onError: form.showError });
    } else {
      const parsed = ZCreateInterview.safeParse(input);
      if (!parsed.success) return form.showZod(parsed.error);
      form.clear();
      create.mutate(parsed.data, { onSuccess: (i) => done(i, 'The interview has been recorded.'), onError: form.showError });
    }
  };

  const interviewers = [
    { value: '', label: 'Not recorded' },
    ...(options.data?.interviewers ?? []).map((p) => ({ value: p.userId, label: p.name })),
  ];
  if (existing?.interviewer && !interviewers.some((o) => o.value === existing.interviewer?.userId)) {
    interviewers.push({ value: existing.interviewer.userId, label: existing.interviewer.name });
  }

  return (
    <>
      <ErrorSummary problem={form.problem} fieldIds={fieldIds} />
      <form onSubmit={submit} noValidate>
        <TextInput
          id={fieldIds.intervieweeRole}
          label="Role of the person interviewed"
          labelClassName="nhsuk-label--s"
          hint="For example, Medical Director or Chief Nurse"
          value={role}
          onChange={setRole}
          error={form.field('intervieweeRole')}
        />
        <TextInput
          id={fieldIds.intervieweeName}
          label="Their name (optional)"
          labelClassName="nhsuk-label--s"
          hint="The role is what the strategy needs. Leave the name out if it is not needed."
          value={name}
          onChange={setName}
          error={form.field('intervieweeName')}
          autoComplete="off"
        />
        <TextInput
          id={fieldIds.heldOn}
          type="date"
          label="Date of the interview"
          labelClassName="nhsuk-label--s"
          hint="Today or earlier"
          max={todayInLondon()}
          value={heldOn}
          onChange={setHeldOn}
          error={form.field('heldOn')}
          width={10}
        />
        <Select
          id={fieldIds.interviewerId}
          label="Interviewer"
          labelClassName="nhsuk-label--s"
          hint="A member of this organisation"
          options={interviewers}
          value={interviewerId}
          onChange={setInterviewerId}
          error={form.field('interviewerId')}
        />
        <Radios
          id={fieldIds.consent}
          name="consent"
          legend="Consent"
          hint="What the person agreed to at the start of the interview"
          options={CONSENTS.map((c) => ({ value: c, label: CONSENT_LABELS[c], hint: CONSENT_HINTS[c] }))}
          value={consent}
          onChange={(value) => setConsent(value as Consent)}
          error={form.field('consent')}
        />
        {declined ? (
          <div className="nhsuk-inset-text">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p className="nhsuk-body">
              Consent was declined, so no notes are kept.
              {existing?.notes ? ' The notes already recorded for this interview will be deleted when you save.' : ''}
            </p>
          </div>
        ) : (
          <Textarea
            id={fieldIds.notes}
            label="Notes"
            labelClassName="nhsuk-label--s"
            hint="Markdown: ## for a heading, - for a list, > for a quote, **bold**."
            rows={12}
            maxLength={MAX_NOTES_LENGTH}
            value={notes}
            onChange={setNotes}
            error={form.field('notes')}
          />
        )}
        <Button type="submit" busy={pending}>
          {existing ? 'Save the interview' : 'Record the interview'}
        </Button>
      </form>
    </>
  );
}
