import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { todayInLondon } from '../../../shared/calendar-date.js';
import { MAX_NOTES_LENGTH } from '../../../shared/contracts/interviews.js';
import { ZCreateWorkshop, type Workshop, type WorkshopOptions } from '../../../shared/contracts/workshops.js';
import { flashState } from '../../app/flash.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { BackLink } from '../../ui/BackLink.js';
import { Button } from '../../ui/Button.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { Select, TextInput } from '../../ui/fields.js';
import { useFormProblem } from '../../ui/form-problem.js';
import { Page } from '../../ui/Page.js';
import { LoadError, Loading } from '../../ui/status.js';
import { Textarea } from '../../ui/Textarea.js';
import { useCreateWorkshop, useUpdateWorkshop, useWorkshop, useWorkshopOptions } from './api.js';
import './board.scss';

const fieldIds = {
  title: 'workshop-title',
  heldOn: 'workshop-date',
  department: 'workshop-department',
  orgUnitId: 'workshop-unit',
  facilitator: 'workshop-facilitator',
  attendance: 'attendance-0',
  notes: 'workshop-notes',
};

/** Records a new workshop, or edits one (`:workshopId` in the address). */
export function WorkshopFormPage() {
  const orgId = useOrgId();
  const { strategyId = '', workshopId } = useParams();
  const existing = useWorkshop(strategyId, workshopId ?? '');
  const options = useWorkshopOptions(strategyId);
  const title = workshopId ? 'Edit workshop' : 'Record a workshop';
  const back = workshopId ? paths.workshop(orgId, strategyId, workshopId) : paths.workshops(orgId, strategyId);
  const before = <BackLink to={back}>{workshopId ? 'Back to the workshop' : 'Back to workshops'}</BackLink>;
  const failed = (workshopId && existing.isError) || options.isError;

  if ((workshopId && !existing.data) || !options.data) {
    return (
      <Page title={title} before={before}>
        {!failed && <Loading what="the form" />}
        {failed && <LoadError error={existing.error ?? options.error} what="The workshop" />}
      </Page>
    );
  }
  return (
    <Page title={title} before={before}>
      <WorkshopForm orgId={orgId} strategyId={strategyId} existing={existing.data} options={options.data} />
    </Page>
  );
}

interface FormProps {
  orgId: string;
  strategyId: string;
  existing: Workshop | undefined;
  options: WorkshopOptions;
}

function WorkshopForm({ orgId, strategyId, existing, options }: FormProps) {
  const navigate = useNavigate();
  const form = useFormProblem();
  const create = useCreateWorkshop(strategyId);
  const update = useUpdateWorkshop(strategyId, existing?.id ?? '');
  const pending = create.isPending || update.isPending;
  const [title, setTitle] = useState(existing?.title ?? '');
  const [heldOn, setHeldOn] = useState(existing?.heldOn ?? todayInLondon());
  const [department, setDepartment] = useState(existing?.department ?? '');
  const [orgUnitId, setOrgUnitId] = useState(existing?.orgUnit?.id ?? '');
  const [facilitator, setFacilitator] = useState(existing?.facilitator ?? '');
  const [notes, setNotes] = useState(existing?.notes ?? '');
  const [counts, setCounts] = useState<Record<string, string>>(
    Object.fromEntries((existing?.attendance ?? []).map((a) => [a.staffGroupId, String(a.count)])),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    const attendance = [];
    for (const group of options.staffGroups) {
      const text = (counts[group.id] ?? '').trim();
      if (text === '') continue;
      if (!/^\d+$/.test(text)) {
        return form.set({ detail: null, fields: { attendance: `Enter the number of ${group.name} as a whole number, like 8` } });
      }
      attendance.push({ staffGroupId: group.id, count: Number(text) });
    }
    const parsed = ZCreateWorkshop.safeParse({
      title,
      heldOn,
      department: department.trim() || null,
      orgUnitId: orgUnitId || null,
      facilitator: facilitator.trim() || null,
      notes,
      attendance,
    });
    if (!parsed.success) return form.showZod(parsed.error);
    form.clear();
    const done = (w: Workshop, message: string) => navigate(paths.workshop(orgId, strategyId, w.id), { state: flashState(message) });
    if (existing) update.mutate(parsed.data, { onSuccess: (w) => done(w, 'The workshop has been saved.'), onError: form.showError });
    else create.mutate(parsed.data, { onSuccess: (w) => done(w, 'The workshop has been recorded.'), onError: form.showError });
  };

  const units = options.orgUnits.filter((u) => u.kind === 'department' || u.kind === 'division');
  return (
    <>
      <ErrorSummary problem={form.problem} fieldIds={fieldIds} />
      <form onSubmit={submit} noValidate>
        <TextInput id={fieldIds.title} label="Title" labelClassName="nhsuk-label--s" value={title} onChange={setTitle} error={form.field('title')} />
        <TextInput
          id={fieldIds.heldOn}
          type="date"
          label="Date"
          labelClassName="nhsuk-label--s"
          value={heldOn}
          onChange={setHeldOn}
          error={form.field('heldOn')}
          width={10}
        />
        <TextInput
          id={fieldIds.department}
          label="Department or team"
          labelClassName="nhsuk-label--s"
          hint="In the words the team uses, like “Chemotherapy day unit nurses”"
          value={department}
          onChange={setDepartment}
          error={form.field('department')}
        />
        {units.length > 0 && (
          <Select
            id={fieldIds.orgUnitId}
            label="Part of the organisation (optional)"
            labelClassName="nhsuk-label--s"
            hint="Links the workshop to a division or department of the workforce"
            options={[{ value: '', label: 'Not linked' }, ...units.map((u) => ({ value: u.id, label: u.name }))]}
            value={orgUnitId}
            onChange={setOrgUnitId}
            error={form.field('orgUnitId')}
          />
        )}
        <TextInput
          id={fieldIds.facilitator}
          label="Facilitator (optional)"
          labelClassName="nhsuk-label--s"
          value={facilitator}
          onChange={setFacilitator}
          error={form.field('facilitator')}
        />
        <div className={['nhsuk-form-group', form.field('attendance') ? 'nhsuk-form-group--error' : null].filter(Boolean).join(' ')}>
          <fieldset className="nhsuk-fieldset" aria-describedby="attendance-hint">
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Who came</legend>
            <div className="nhsuk-hint" id="attendance-hint">
              How many people of each staff group. Leave empty when not known. Names are never recorded.
            </div>
            {form.field('attendance') && (
              <span className="nhsuk-error-message">
                <span className="nhsuk-u-visually-hidden">Error:</span> {form.field('attendance')}
              </span>
            )}
            {options.staffGroups.length === 0 && (
              <p className="nhsuk-body">This organisation has no staff groups yet. Add them under Workforce to record attendance.</p>
            )}
            <div className="chorus-attendance">
              {options.staffGroups.map((group, index) => (
                <TextInput
                  key={group.id}
                  id={`attendance-${index}`}
                  label={group.name}
                  inputMode="numeric"
                  width={3}
                  value={counts[group.id] ?? ''}
                  onChange={(value) => setCounts({ ...counts, [group.id]: value })}
                />
              ))}
            </div>
          </fieldset>
        </div>
        <Textarea
          id={fieldIds.notes}
          label="Notes (optional)"
          labelClassName="nhsuk-label--s"
          hint="Markdown: ## for a heading, - for a list, **bold**."
          rows={6}
          maxLength={MAX_NOTES_LENGTH}
          value={notes}
          onChange={setNotes}
          error={form.field('notes')}
        />
        <Button type="submit" busy={pending}>
          {existing ? 'Save the workshop' : 'Record the workshop'}
        </Button>
      </form>
    </>
  );
}
