import { useState, type FormEvent } from 'react';
import { ZUpdateSurvey, type SurveySummary } from '../../../shared/contracts/surveys.js';
import { Button } from '../../ui/Button.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { TextInput } from '../../ui/fields.js';
import { useFormProblem } from '../../ui/form-problem.js';
import { Radios } from '../../ui/Radios.js';
import { SuccessBanner } from '../../ui/SuccessBanner.js';
import { useUpdateSurvey } from './api.js';
import { TextArea } from './TextArea.js';

const ids = { title: 'survey-title', intro: 'survey-intro', thankYou: 'survey-thank-you', anonymous: 'survey-anonymous', opensAt: 'survey-opens', closesAt: 'survey-closes' };

/** `datetime-local` works in the browser's time (UK staff, UK time); the API takes instants. */
const toLocalInput = (iso: string | null) => {
  if (!iso) return '';
  const d = new Date(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}`;
};
const fromLocalInput = (value: string) => {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? value : d.toISOString();
};

export function SurveySettingsForm({ survey }: { survey: SurveySummary }) {
  const form = useFormProblem();
  const update = useUpdateSurvey(survey);
  const [title, setTitle] = useState(survey.title);
  const [intro, setIntro] = useState(survey.intro);
  const [thankYou, setThankYou] = useState(survey.thankYou);
  const [anonymous, setAnonymous] = useState(survey.anonymous ? 'yes' : 'no');
  const [opensAt, setOpensAt] = useState(toLocalInput(survey.opensAt));
  const [closesAt, setClosesAt] = useState(toLocalInput(survey.closesAt));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (update.isPending) return;
    update.reset();
    const input = {
      title,
      intro,
      thankYou,
      opensAt: fromLocalInput(opensAt),
      closesAt: fromLocalInput(closesAt),
      ...(survey.can.changeAnonymous ? { anonymous: anonymous === 'yes' } : {}),
    };
    const parsed = ZUpdateSurvey.safeParse(input);
    if (!parsed.success) return form.showZod(parsed.error);
    form.clear();
    update.mutate(parsed.data, { onError: form.showError });
  };

  return (
    <section aria-labelledby="settings-heading">
      <h2 className="nhsuk-heading-m" id="settings-heading">
        Settings
      </h2>
      {update.isSuccess && <SuccessBanner>The settings have been saved.</SuccessBanner>}
      <ErrorSummary problem={form.problem} fieldIds={ids} />
      <form onSubmit={submit} noValidate>
        <TextInput id={ids.title} label="Title" labelClassName="nhsuk-label--s" value={title} onChange={setTitle} error={form.field('title')} />
        <TextArea
          id={ids.intro}
          label="Introduction"
          hint="Shown before the first question: why you are asking, how long it takes, and how answers are used. You can use **bold**, *italic*, lists starting with - and links like [privacy notice](https://…)."
          value={intro}
          onChange={setIntro}
          error={form.field('intro')}
        />
        <TextArea id={ids.thankYou} label="Thank-you message" hint="Shown when someone has sent their answers." value={thankYou} onChange={setThankYou} error={form.field('thankYou')} rows={3} />
        {survey.can.changeAnonymous ? (
          <Radios
            id={ids.anonymous}
            name="anonymous"
            legend="Is the survey anonymous?"
            hint="Anonymous responses keep no link to the person or the invitation they used. This cannot change once anyone has answered."
            options={[
              { value: 'yes', label: 'Yes, anonymous' },
              { value: 'no', label: 'No, responses keep the invitation they came from' },
            ]}
            value={anonymous}
            onChange={setAnonymous}
            error={form.field('anonymous')}
          />
        ) : (
          <p className="nhsuk-body">
            {survey.anonymous ? 'This survey is anonymous.' : 'This survey is not anonymous.'} This cannot change now that people have answered.
          </p>
        )}
        <TextInput
          id={ids.opensAt}
          type="datetime-local"
          label="Opens (optional)"
          hint="Leave empty to take responses as soon as the survey is published."
          value={opensAt}
          onChange={setOpensAt}
          error={form.field('opensAt')}
        />
        <TextInput
          id={ids.closesAt}
          type="datetime-local"
          label="Closes (optional)"
          hint="Leave empty to keep the survey open until you close it."
          value={closesAt}
          onChange={setClosesAt}
          error={form.field('closesAt')}
        />
        <Button type="submit" variant="secondary" busy={update.isPending}>
          Save settings
        </Button>
      </form>
    </section>
  );
}
