import { useState, type FormEvent } from 'react';
import { MIN_GROUP_SIZE_FLOOR, ZUpdateOrganisation, type Organisation } from '../../../shared/contracts/organisations.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { Button } from '../../ui/Button.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { TextInput } from '../../ui/fields.js';
import { useFormProblem } from '../../ui/form-problem.js';
import { Page } from '../../ui/Page.js';
import { LoadError, Loading } from '../../ui/status.js';
import { useNotice, type Notify } from '../../ui/SuccessBanner.js';
import { AccentColourField } from './AccentColourField.js';
import { useOrganisation, useUpdateOrganisation } from './api.js';

const fieldIds = { name: 'organisation-name', minGroupSize: 'min-group-size', accentColour: 'accent-colour' };

export function SettingsPage() {
  const orgId = useOrgId();
  const organisation = useOrganisation(orgId);
  const { notify, banner } = useNotice();
  return (
    <Page title="Organisation settings" caption={organisation.data?.name} before={banner}>
      {organisation.isPending && <Loading what="the settings" />}
      {organisation.isError && <LoadError error={organisation.error} what="The settings" />}
      {organisation.data &&
        (organisation.data.can.update ? (
          <SettingsForm organisation={organisation.data} notify={notify} />
        ) : (
          <p className="nhsuk-body">Only admins can change the settings of {organisation.data.name}.</p>
        ))}
    </Page>
  );
}

function SettingsForm({ organisation, notify }: { organisation: Organisation; notify: Notify }) {
  const form = useFormProblem();
  const update = useUpdateOrganisation(organisation.id);
  const [name, setName] = useState(organisation.name);
  const [minGroupSize, setMinGroupSize] = useState(String(organisation.minGroupSize));
  const [accentColour, setAccentColour] = useState(organisation.accentColour);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (update.isPending) return;
    notify(null);
    const size = minGroupSize.trim() === '' ? Number.NaN : Number(minGroupSize);
    const parsed = ZUpdateOrganisation.safeParse({ name, minGroupSize: size, accentColour });
    if (!parsed.success) return form.showZod(parsed.error);
    form.clear();
    update.mutate(parsed.data, { onSuccess: () => notify('The settings have been saved.'), onError: form.showError });
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ErrorSummary problem={form.problem} fieldIds={fieldIds} />
        <form onSubmit={submit} noValidate>
          <TextInput
            id={fieldIds.name}
            label="Organisation name"
            labelClassName="nhsuk-label--s"
            autoComplete="organization"
            value={name}
            onChange={setName}
            error={form.field('name')}
          />
          <TextInput
            id={fieldIds.minGroupSize}
            label="Minimum group size for anonymity"
            labelClassName="nhsuk-label--s"
            hint={
              <>
                Chorus never shows results for a group of people smaller than this, such as the survey answers of one
                small team, so that nobody can be identified from what they said. It must be {MIN_GROUP_SIZE_FLOOR} or
                more; many trusts use 10 for staff surveys.
              </>
            }
            inputMode="numeric"
            width={3}
            value={minGroupSize}
            onChange={setMinGroupSize}
            error={form.field('minGroupSize')}
          />
          <AccentColourField id={fieldIds.accentColour} value={accentColour} onChange={setAccentColour} error={form.field('accentColour')} />
          <Button type="submit" busy={update.isPending}>
            Save settings
          </Button>
        </form>
      </div>
    </div>
  );
}
