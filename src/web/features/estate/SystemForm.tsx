import { useState, type FormEvent } from 'react';
import { FUNCTIONAL_FIT_DESCRIPTORS, MAX_TAGS, TECHNICAL_FIT_DESCRIPTORS, ZCreateSystem, type CreateSystem } from '../../../shared/contracts/estate.js';
import { MAX_NOTES_LENGTH } from '../../../shared/contracts/interviews.js';
import type { Workforce } from '../../../shared/contracts/workforce.js';
import { Button } from '../../ui/Button.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { Select, TextInput } from '../../ui/fields.js';
import { problemFromZod, useFormProblem } from '../../ui/form-problem.js';
import { Radios } from '../../ui/Radios.js';
import { Textarea } from '../../ui/Textarea.js';
import { timeQuadrant } from '../../../shared/estate-assessment.js';
import { criticalityOptions, hostingOptions, lifecycleOptions, TimeBadge } from './labels.js';
import type { SystemView } from './types.js';
import { UnitCheckboxes } from './UnitCheckboxes.js';

const fieldIds = {
  name: 'system-name',
  supplier: 'system-supplier',
  product: 'system-product',
  capability: 'system-capability',
  businessOwner: 'system-business-owner',
  technicalOwner: 'system-technical-owner',
  userCount: 'system-users',
  hosting: 'system-hosting',
  contractStart: 'system-contract-start',
  contractEnd: 'system-contract-end',
  annualCost: 'system-cost',
  lifecycle: 'system-lifecycle',
  criticality: 'system-criticality',
  holdsPatientData: 'system-patient-data',
  technicalFit: 'system-technical-fit',
  functionalFit: 'system-functional-fit',
  replacedById: 'system-replaced-by',
  unitIds: 'system-units',
  tags: 'system-tags',
  notes: 'system-notes',
};

const fitOptions = (descriptors: Record<1 | 2 | 3 | 4, string>) => [
  ...([1, 2, 3, 4] as const).map((n) => {
    const [label, hint] = descriptors[n].split(': ');
    return { value: String(n), label: `${n} – ${label}`, hint: hint ?? '' };
  }),
  { value: '', label: 'Not rated yet' },
];

/** A whole number typed by a person ("12,000" is fine), or a message saying what is wrong. */
function wholeNumber(text: string, what: string): number | null | string {
  const cleaned = text.replace(/[,£\s]/g, '');
  if (cleaned === '') return null;
  if (!/^\d+$/.test(cleaned)) return `Enter ${what} as a whole number, like 1200`;
  return Number(cleaned);
}

interface Props {
  existing: SystemView | undefined;
  workforce: Workforce;
  otherSystems: { id: string; name: string }[];
  busy: boolean;
  onSubmit(input: CreateSystem, onError: (error: unknown) => void): void;
}

export function SystemForm({ existing, workforce, otherSystems, busy, onSubmit }: Props) {
  const form = useFormProblem();
  const text = (v: string | null | undefined) => v ?? '';
  const [v, setV] = useState({
    name: text(existing?.name),
    supplier: text(existing?.supplier),
    product: text(existing?.product),
    capability: text(existing?.capability),
    businessOwner: text(existing?.businessOwner),
    technicalOwner: text(existing?.technicalOwner),
    userCount: existing?.userCount?.toString() ?? '',
    hosting: text(existing?.hosting),
    contractStart: text(existing?.contractStart),
    contractEnd: text(existing?.contractEnd),
    annualCost: existing?.annualCost?.toString() ?? '',
    lifecycle: existing?.lifecycle ?? 'active',
    criticality: existing?.criticality ?? 'medium',
    holdsPatientData: existing ? String(existing.holdsPatientData) : '',
    technicalFit: existing?.technicalFit?.toString() ?? '',
    functionalFit: existing?.functionalFit?.toString() ?? '',
    replacedById: existing?.replacedBy?.id ?? '',
    tags: (existing?.tags ?? []).join(', '),
    notes: existing?.notes ?? '',
  });
  const [unitIds, setUnitIds] = useState<string[]>(existing?.units.map((u) => u.id) ?? []);
  const set = (name: keyof typeof v) => (value: string) => setV((old) => ({ ...old, [name]: value }));
  const fit = (value: string) => (value === '' ? null : Number(value));
  // The server's own rule, shared: the live preview can never disagree with the saved quadrant.
  const quadrant = timeQuadrant(fit(v.technicalFit), fit(v.functionalFit));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const userCount = wholeNumber(v.userCount, 'the number of users');
    const annualCost = wholeNumber(v.annualCost, 'the annual cost in pounds');
    const numberProblems: Record<string, string> = {};
    if (typeof userCount === 'string') numberProblems.userCount = userCount;
    if (typeof annualCost === 'string') numberProblems.annualCost = annualCost;
    if (v.holdsPatientData === '') numberProblems.holdsPatientData = 'Say whether it holds patient-identifiable data';
    const parsed = ZCreateSystem.safeParse({
      ...v,
      hosting: v.hosting || null,
      // A number already refused above is checked no further, so each field has one message.
      userCount: typeof userCount === 'string' ? null : userCount,
      annualCost: typeof annualCost === 'string' ? null : annualCost,
      holdsPatientData: v.holdsPatientData === 'true',
      technicalFit: fit(v.technicalFit),
      functionalFit: fit(v.functionalFit),
      replacedById: v.replacedById || null,
      unitIds,
      tags: v.tags
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    });
    // Every problem at once: the checks above and the contract's, so nobody fixes one field,
    // submits, and only then learns of the next.
    const fields = { ...(parsed.success ? {} : problemFromZod(parsed.error).fields), ...numberProblems };
    if (!parsed.success || Object.keys(fields).length > 0) return form.set({ detail: null, fields });
    form.clear();
    onSubmit(parsed.data, form.showError);
  };

  return (
    <>
      <ErrorSummary problem={form.problem} fieldIds={fieldIds} />
      <form onSubmit={submit} noValidate className="chorus-system-form">
        <h2 className="nhsuk-heading-m">About the system</h2>
        <TextInput id={fieldIds.name} label="Name" labelClassName="nhsuk-label--s" value={v.name} onChange={set('name')} error={form.field('name')} />
        <TextInput id={fieldIds.supplier} label="Supplier (optional)" value={v.supplier} onChange={set('supplier')} error={form.field('supplier')} />
        <TextInput id={fieldIds.product} label="Product (optional)" value={v.product} onChange={set('product')} error={form.field('product')} />
        <TextInput
          id={fieldIds.capability}
          label="Capability (optional)"
          hint="What it is for, in the words used across the register, like “Electronic patient record” or “Imaging”"
          value={v.capability}
          onChange={set('capability')}
          error={form.field('capability')}
        />
        <TextInput id={fieldIds.businessOwner} label="Business owner (optional)" value={v.businessOwner} onChange={set('businessOwner')} error={form.field('businessOwner')} />
        <TextInput id={fieldIds.technicalOwner} label="Technical owner (optional)" value={v.technicalOwner} onChange={set('technicalOwner')} error={form.field('technicalOwner')} />
        <TextInput id={fieldIds.userCount} label="Number of users (optional)" inputMode="numeric" width={10} value={v.userCount} onChange={set('userCount')} error={form.field('userCount')} />
        <Select id={fieldIds.hosting} label="Hosting (optional)" options={hostingOptions('Not recorded')} value={v.hosting} onChange={set('hosting')} error={form.field('hosting')} />
        <Radios id={fieldIds.lifecycle} name="lifecycle" legend="Lifecycle" options={lifecycleOptions()} value={v.lifecycle} onChange={set('lifecycle')} error={form.field('lifecycle')} />
        <Radios id={fieldIds.criticality} name="criticality" legend="Business criticality" options={criticalityOptions()} value={v.criticality} onChange={set('criticality')} error={form.field('criticality')} inline />
        <Radios
          id={fieldIds.holdsPatientData}
          name="holdsPatientData"
          legend="Does it hold patient-identifiable data?"
          options={[{ value: 'true', label: 'Yes' }, { value: 'false', label: 'No' }]}
          value={v.holdsPatientData}
          onChange={set('holdsPatientData')}
          error={form.field('holdsPatientData')}
          inline
        />

        <h2 className="nhsuk-heading-m">Contract</h2>
        <TextInput id={fieldIds.contractStart} type="date" label="Contract start (optional)" width={10} value={v.contractStart} onChange={set('contractStart')} error={form.field('contractStart')} />
        <TextInput id={fieldIds.contractEnd} type="date" label="Contract end (optional)" width={10} value={v.contractEnd} onChange={set('contractEnd')} error={form.field('contractEnd')} />
        <TextInput
          id={fieldIds.annualCost}
          label="Annual cost in pounds (optional)"
          inputMode="numeric"
          width={10}
          value={v.annualCost}
          onChange={set('annualCost')}
          error={form.field('annualCost')}
        />

        <h2 className="nhsuk-heading-m">Fit</h2>
        <p className="nhsuk-body">The architects’ judgement. Together the two fits place the system in a TIME quadrant.</p>
        <Radios id={fieldIds.technicalFit} name="technicalFit" legend="Technical fit" options={fitOptions(TECHNICAL_FIT_DESCRIPTORS)} value={v.technicalFit} onChange={set('technicalFit')} error={form.field('technicalFit')} />
        <Radios id={fieldIds.functionalFit} name="functionalFit" legend="Functional fit" options={fitOptions(FUNCTIONAL_FIT_DESCRIPTORS)} value={v.functionalFit} onChange={set('functionalFit')} error={form.field('functionalFit')} />
        <div className="nhsuk-inset-text" aria-live="polite">
          <p className="nhsuk-body">
            TIME quadrant: <TimeBadge time={quadrant} />
            {!quadrant && ' (rate both fits to place it)'}
          </p>
        </div>

        <h2 className="nhsuk-heading-m">Where it is used</h2>
        <UnitCheckboxes id={fieldIds.unitIds} workforce={workforce} value={unitIds} onChange={setUnitIds} error={form.field('unitIds')} />
        <Select
          id={fieldIds.replacedById}
          label="Planned replacement (optional)"
          hint="The system that will take over from this one"
          options={[{ value: '', label: 'None planned' }, ...otherSystems.map((s) => ({ value: s.id, label: s.name }))]}
          value={v.replacedById}
          onChange={set('replacedById')}
          error={form.field('replacedById')}
        />
        <TextInput
          id={fieldIds.tags}
          label="Tags (optional)"
          hint={`Separate tags with commas, like “pathology, shared with ICS”. Up to ${MAX_TAGS}.`}
          value={v.tags}
          onChange={set('tags')}
          error={form.field('tags')}
        />
        <Textarea id={fieldIds.notes} label="Notes (optional)" rows={5} maxLength={MAX_NOTES_LENGTH} value={v.notes} onChange={set('notes')} error={form.field('notes')} />
        <Button type="submit" busy={busy}>
          {existing ? 'Save the system' : 'Add the system'}
        </Button>
      </form>
    </>
  );
}
