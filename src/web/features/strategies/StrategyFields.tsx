import { TextInput } from '../../ui/fields.js';

export const nameHint = 'For example, Digital Strategy 2026 to 2029';

/** An empty or non-numeric box becomes NaN so the contract says "must be a year". */
export function yearValue(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

interface Props {
  ids: { startYear: string; endYear: string };
  startYear: string;
  endYear: string;
  onStartYear(value: string): void;
  onEndYear(value: string): void;
  errors: { startYear?: string | undefined; endYear?: string | undefined };
}

/** The years a strategy covers, as two short year boxes inside one fieldset. */
export function HorizonFields({ ids, startYear, endYear, onStartYear, onEndYear, errors }: Props) {
  // Each year box carries its own error styling, so the surrounding group stays plain.
  return (
    <div className="nhsuk-form-group">
      <fieldset className="nhsuk-fieldset" aria-describedby={`${ids.startYear}-horizon-hint`}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Years the strategy covers</legend>
        <div className="nhsuk-hint" id={`${ids.startYear}-horizon-hint`}>
          Most digital strategies look three to five years ahead.
        </div>
        <div className="chorus-year-pair">
          <TextInput
            id={ids.startYear}
            label="Start year"
            inputMode="numeric"
            width={4}
            value={startYear}
            onChange={onStartYear}
            error={errors.startYear}
          />
          <TextInput
            id={ids.endYear}
            label="End year"
            inputMode="numeric"
            width={4}
            value={endYear}
            onChange={onEndYear}
            error={errors.endYear}
          />
        </div>
      </fieldset>
    </div>
  );
}

interface DetailsProps {
  ids: { name: string; startYear: string; endYear: string };
  name: string;
  onName(value: string): void;
  startYear: string;
  endYear: string;
  onStartYear(value: string): void;
  onEndYear(value: string): void;
  /** The message for a field, from the form's problem. */
  error(field: 'name' | 'startYear' | 'endYear'): string | undefined;
}

/** A strategy's name and years: the same fields when creating it and when editing it. */
export function StrategyDetailsFields({ ids, name, onName, error, ...years }: DetailsProps) {
  return (
    <>
      <TextInput id={ids.name} label="Name" labelClassName="nhsuk-label--s" hint={nameHint} value={name} onChange={onName} error={error('name')} />
      <HorizonFields ids={ids} {...years} errors={{ startYear: error('startYear'), endYear: error('endYear') }} />
    </>
  );
}
