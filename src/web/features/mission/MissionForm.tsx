import { useState, type FormEvent } from 'react';
import { CHANGE_NOTE_MAX, MISSION_MAX, PRINCIPLES_MAX, VISION_MAX, ZCreateMissionVersion } from '../../../shared/contracts/mission.js';
import { Button } from '../../ui/Button.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { useFormProblem } from '../../ui/form-problem.js';
import { Textarea } from '../../ui/Textarea.js';
import { useCreateMissionVersion, useUpdateMissionVersion } from './api.js';

export interface MissionFormStart {
  /** The draft being changed in place; without it, the form writes a new version. */
  draftId?: string;
  number: number;
  mission: string;
  vision: string;
  principles: string;
  changeNote: string;
}

const fieldIds = { mission: 'mission-text', vision: 'mission-vision', principles: 'mission-principles', changeNote: 'mission-change-note' };

/** Writes a new version (blank, or a copy of the agreed text) or changes the current draft. */
export function MissionForm({ strategyId, start, onDone, onCancel }: { strategyId: string; start: MissionFormStart; onDone: (message: string) => void; onCancel: () => void }) {
  const [values, setValues] = useState({ mission: start.mission, vision: start.vision, principles: start.principles, changeNote: start.changeNote });
  const form = useFormProblem();
  const create = useCreateMissionVersion(strategyId);
  const update = useUpdateMissionVersion(strategyId);
  const busy = create.isPending || update.isPending;
  const set = (field: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const parsed = ZCreateMissionVersion.safeParse(values);
    if (!parsed.success) return form.showZod(parsed.error);
    form.clear();
    const handlers = { onError: form.showError };
    if (start.draftId) {
      update.mutate({ id: start.draftId, input: parsed.data }, { ...handlers, onSuccess: () => onDone(`Version ${start.number} has been saved.`) });
    } else {
      create.mutate(parsed.data, { ...handlers, onSuccess: (saved) => onDone(`Version ${saved.number} has been saved as a draft.`) });
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="mission-form-heading">
      <h2 className="nhsuk-heading-m" id="mission-form-heading">
        {start.draftId ? `Edit the draft (version ${start.number})` : `Write version ${start.number}`}
      </h2>
      <ErrorSummary problem={form.problem} fieldIds={fieldIds} />
      <Textarea
        id={fieldIds.mission}
        name="mission"
        label="Mission"
        labelClassName="nhsuk-label--s"
        hint="One or two sentences on what digital is for, in words staff would use."
        rows={3}
        maxLength={MISSION_MAX}
        value={values.mission}
        onChange={set('mission')}
        error={form.field('mission')}
      />
      <Textarea
        id={fieldIds.vision}
        name="vision"
        label="Vision (optional)"
        labelClassName="nhsuk-label--s"
        hint="What will be different by the end of the strategy."
        rows={4}
        maxLength={VISION_MAX}
        value={values.vision}
        onChange={set('vision')}
        error={form.field('vision')}
      />
      <Textarea
        id={fieldIds.principles}
        name="principles"
        label="Principles (optional)"
        labelClassName="nhsuk-label--s"
        hint="One principle a line, each starting with a dash and a space (- ), to show them as a list."
        rows={6}
        maxLength={PRINCIPLES_MAX}
        value={values.principles}
        onChange={set('principles')}
        error={form.field('principles')}
      />
      <Textarea
        id={fieldIds.changeNote}
        name="changeNote"
        label="What changed, and why (optional)"
        labelClassName="nhsuk-label--s"
        hint="Shown in the version history, so leaders can see why the text moved."
        rows={2}
        maxLength={CHANGE_NOTE_MAX}
        value={values.changeNote}
        onChange={set('changeNote')}
        error={form.field('changeNote')}
      />
      <div className="nhsuk-button-group">
        <Button type="submit" busy={busy}>
          {start.draftId ? 'Save the draft' : 'Save as a new draft'}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
