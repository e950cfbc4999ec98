import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ZCreateFramework, type Framework } from '../../../shared/contracts/maturity.js';
import { flashState, useFlash } from '../../app/flash.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { BackLink } from '../../ui/BackLink.js';
import { Button } from '../../ui/Button.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { Select, TextInput } from '../../ui/fields.js';
import { useFormProblem } from '../../ui/form-problem.js';
import { Page } from '../../ui/Page.js';
import { LoadError, Loading } from '../../ui/status.js';
import { useNotice } from '../../ui/SuccessBanner.js';
import { Textarea } from '../../ui/Textarea.js';
import { useCreateFramework, useDeleteFramework, useFrameworks, useUpdateFramework } from './api.js';

type MeasureDraft = { id?: string; name: string; description: string };

/** Creates an organisation's own framework, or edits one (`:frameworkId`). */
export function FrameworkFormPage() {
  const orgId = useOrgId();
  const { frameworkId } = useParams();
  const { banner } = useNotice(useFlash());
  const list = useFrameworks(orgId);
  const existing = frameworkId ? list.data?.frameworks.find((f) => f.id === frameworkId) : undefined;
  const title = frameworkId ? 'Edit the framework' : 'Create a framework';
  const before = <><BackLink to={paths.maturityFrameworks(orgId)}>Back to frameworks</BackLink>{banner}</>;
  if (!list.data || (frameworkId && !existing)) {
    return (
      <Page title={title} before={before}>
        {list.isPending && <Loading what="the framework" />}
        {list.isError && <LoadError error={list.error} what="The framework" />}
        {list.data && <p className="nhsuk-body">That framework was not found.</p>}
      </Page>
    );
  }
  return (
    <Page title={title} before={before}>
      <FrameworkForm orgId={orgId} existing={existing} />
      {existing?.can.delete && <DeleteFramework orgId={orgId} framework={existing} />}
    </Page>
  );
}

function FrameworkForm({ orgId, existing }: { orgId: string; existing: Framework | undefined }) {
  const navigate = useNavigate();
  const form = useFormProblem();
  const create = useCreateFramework(orgId);
  const update = useUpdateFramework(orgId, existing?.id ?? '');
  const [name, setName] = useState(existing?.name ?? '');
  const [description, setDescription] = useState(existing?.description ?? '');
  const [scaleMax, setScaleMax] = useState(String(existing?.scaleMax ?? 5));
  const [measures, setMeasures] = useState<MeasureDraft[]>(existing?.measures.map((m) => ({ id: m.id, name: m.name, description: m.description })) ?? [{ name: '', description: '' }]);
  const change = (i: number, next: Partial<MeasureDraft>) => setMeasures(measures.map((m, j) => (j === i ? { ...m, ...next } : m)));
  const move = (i: number, by: number) => {
    const next = [...measures];
    const [item] = next.splice(i, 1);
    next.splice(i + by, 0, item!);
    setMeasures(next);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = ZCreateFramework.safeParse({
      name,
      description,
      scaleMax: Number(scaleMax),
      measures: measures.map((m) => ({ ...(m.id ? { id: m.id } : {}), name: m.name, description: m.description })),
    });
    if (!parsed.success) return form.showZod(parsed.error);
    form.clear();
    const done = (f: Framework, message: string) => navigate(paths.maturityFrameworks(orgId), { state: flashState(`“${f.name}” ${message}`) });
    if (existing) update.mutate(parsed.data, { onSuccess: (f) => done(f, 'has been saved.'), onError: form.showError });
    else create.mutate(parsed.data, { onSuccess: (f) => done(f, 'has been created.'), onError: form.showError });
  };

  return (
    <>
      <ErrorSummary problem={form.problem} fieldIds={{ name: 'framework-name', description: 'framework-description', scaleMax: 'framework-scale', measures: 'measure-0-name' }} />
      <form onSubmit={submit} noValidate>
        <TextInput id="framework-name" label="Name" labelClassName="nhsuk-label--s" value={name} onChange={setName} error={form.field('name')} />
        <Textarea id="framework-description" label="Description (optional)" labelClassName="nhsuk-label--s" rows={3} value={description} onChange={setDescription} error={form.field('description')} />
        <Select
          id="framework-scale"
          label="Top of the scale"
          labelClassName="nhsuk-label--s"
          hint="Scores go from 1 to this number"
          options={[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }))}
          value={scaleMax}
          onChange={setScaleMax}
          error={form.field('scaleMax')}
          className="nhsuk-input--width-3"
        />
        <div className={['nhsuk-form-group', form.field('measures') ? 'nhsuk-form-group--error' : null].filter(Boolean).join(' ')}>
          <fieldset className="nhsuk-fieldset">
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">Measures, in order</legend>
            {form.field('measures') && (
              <span className="nhsuk-error-message">
                <span className="nhsuk-u-visually-hidden">Error:</span> {form.field('measures')}
              </span>
            )}
            {measures.map((m, i) => (
              <div className="nhsuk-card" key={m.id ?? `new-${i}`}>
                <div className="nhsuk-card__content">
                  <TextInput id={`measure-${i}-name`} label={`Measure ${i + 1} name`} labelClassName="nhsuk-label--s" value={m.name} onChange={(v) => change(i, { name: v })} />
                  <Textarea id={`measure-${i}-description`} label={`Measure ${i + 1} description (optional)`} rows={3} value={m.description} onChange={(v) => change(i, { description: v })} />
                  <div className="nhsuk-button-group">
                    {i > 0 && <Button variant="secondary" small onClick={() => move(i, -1)}>Move up<span className="nhsuk-u-visually-hidden"> measure {i + 1}</span></Button>}
                    {i < measures.length - 1 && <Button variant="secondary" small onClick={() => move(i, 1)}>Move down<span className="nhsuk-u-visually-hidden"> measure {i + 1}</span></Button>}
                    {measures.length > 1 && <Button variant="secondary" small onClick={() => setMeasures(measures.filter((_, j) => j !== i))}>Remove<span className="nhsuk-u-visually-hidden"> measure {i + 1}</span></Button>}
                  </div>
                </div>
              </div>
            ))}
            <Button variant="secondary" onClick={() => setMeasures([...measures, { name: '', description: '' }])}>Add a measure</Button>
          </fieldset>
        </div>
        <Button type="submit" busy={create.isPending || update.isPending}>
          {existing ? 'Save the framework' : 'Create the framework'}
        </Button>
      </form>
    </>
  );
}

function DeleteFramework({ orgId, framework }: { orgId: string; framework: Framework }) {
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();
  const remove = useDeleteFramework(orgId);
  return (
    <section aria-labelledby="delete-framework-heading">
      <h2 className="nhsuk-heading-m" id="delete-framework-heading">Delete the framework</h2>
      <Button variant="warning" onClick={() => setOpen(true)}>Delete the framework</Button>
      {remove.isError && <p className="nhsuk-error-message">{remove.error.message}</p>}
      <ConfirmDialog
        open={open}
        title={`Delete “${framework.name}”?`}
        confirmLabel="Delete the framework"
        busy={remove.isPending}
        onCancel={() => setOpen(false)}
        onConfirm={() =>
          remove.mutate(framework.id, {
            onSuccess: () => navigate(paths.maturityFrameworks(orgId), { state: flashState(`“${framework.name}” has been deleted.`) }),
            onSettled: () => setOpen(false),
          })
        }
      >
        No assessment uses it. This cannot be undone.
      </ConfirmDialog>
    </section>
  );
}
