import { useState, type FormEvent } from 'react';
import { TOO_FEW_ANSWERS, type MeasureDetail, type MeasurePoint } from '../../../shared/contracts/measures.js';
import { todayInLondon } from '../../../shared/calendar-date.js';
import { Button } from '../../ui/Button.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { TextInput } from '../../ui/fields.js';
import { useFormProblem } from '../../ui/form-problem.js';
import type { Notify } from '../../ui/SuccessBanner.js';
import { Table } from '../../ui/Table.js';
import { useDeleteValue, useRecordValue } from './api.js';
import { numberOrText, withUnit } from './words.js';

const FIELD_IDS = { value: 'value-value', recordedOn: 'value-recorded-on', source: 'value-source', note: 'value-note' };

/** The series as a table (the chart's data, with hidden waves said in words), and for typed-in measures the form to add a value. */
export function MeasureValues({ measure, notify }: { measure: MeasureDetail; notify: Notify }) {
  const remove = useDeleteValue(measure.id);
  const [deleting, setDeleting] = useState<MeasurePoint | null>(null);
  const canDelete = measure.can.addValue;
  return (
    <>
      {measure.series.length === 0 ? (
        <p className="nhsuk-body">
          {measure.source === 'manual'
            ? measure.can.addValue
              ? 'No values yet. Add the first below when it is measured.'
              : 'No values yet. The strategy team adds them as they are measured.'
            : measure.source === 'survey'
              ? 'No values yet. Each wave of the survey adds one when it has responses.'
              : 'No values yet. Each completed maturity assessment that scores this measure adds one.'}
        </p>
      ) : (
        <Table
          caption={`Values of ${measure.name}`}
          captionHidden
          rows={measure.series}
          rowKey={(p) => p.valueId ?? `${p.on}-${p.label}`}
          columns={[
            { header: 'Date', cell: (p) => p.onLabel },
            { header: 'Value', cell: (p) => (p.value === null ? TOO_FEW_ANSWERS : withUnit(p.value, measure.unit)) },
            { header: 'From', cell: (p) => <span className="chorus-break-anywhere">{[p.label, p.value === null ? '' : p.note].filter(Boolean).join(' – ') || '—'}</span> },
            ...(canDelete
              ? [
                  {
                    header: 'Actions',
                    headerHidden: true,
                    cell: (p: MeasurePoint) =>
                      p.valueId && (
                        <Button variant="secondary" small onClick={() => setDeleting(p)}>
                          Delete<span className="nhsuk-u-visually-hidden"> the value of {p.onLabel}</span>
                        </Button>
                      ),
                  },
                ]
              : []),
          ]}
        />
      )}
      {remove.error && (
        <p className="nhsuk-error-message" role="alert">
          {remove.error.message}
        </p>
      )}
      {measure.can.addValue && <AddValue measure={measure} notify={notify} />}
      <ConfirmDialog
        open={deleting !== null}
        title="Delete this value?"
        confirmLabel="Delete it"
        busy={remove.isPending}
        onCancel={() => setDeleting(null)}
        onConfirm={() =>
          remove.mutate(deleting!.valueId!, {
            onSuccess: () => {
              notify(`The value of ${deleting!.onLabel} has been deleted.`);
              setDeleting(null);
            },
            onError: () => setDeleting(null),
          })
        }
      >
        <p className="nhsuk-body">{deleting && `${withUnit(deleting.value, measure.unit)} on ${deleting.onLabel} is removed from the measure. This cannot be undone.`}</p>
      </ConfirmDialog>
    </>
  );
}

function AddValue({ measure, notify }: { measure: MeasureDetail; notify: Notify }) {
  const record = useRecordValue(measure.id);
  const problems = useFormProblem();
  const [value, setValue] = useState('');
  const [recordedOn, setRecordedOn] = useState(todayInLondon());
  const [source, setSource] = useState('');
  const [note, setNote] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    problems.clear();
    record.mutate(
      { value: numberOrText(value) as number, recordedOn, source, note },
      {
        onSuccess: () => {
          notify('The value has been added.');
          setValue('');
          setNote('');
        },
        onError: problems.showError,
      },
    );
  };
  return (
    <section aria-labelledby="add-value-heading">
      <h3 className="nhsuk-heading-s" id="add-value-heading">
        Add a value
      </h3>
      <form onSubmit={submit} noValidate>
        <ErrorSummary problem={problems.problem} fieldIds={FIELD_IDS} />
        <TextInput id={FIELD_IDS.value} label={`Value (${measure.unit})`} inputMode="decimal" width={10} value={value} onChange={setValue} error={problems.field('value')} />
        <TextInput id={FIELD_IDS.recordedOn} label="Date measured" type="date" width={10} value={recordedOn} onChange={setRecordedOn} error={problems.field('recordedOn')} />
        <TextInput id={FIELD_IDS.source} label="Source (optional)" hint="Like “Service desk report”." value={source} onChange={setSource} error={problems.field('source')} />
        <TextInput id={FIELD_IDS.note} label="Note (optional)" value={note} onChange={setNote} error={problems.field('note')} />
        <Button type="submit" variant="secondary" busy={record.isPending}>
          Add the value
        </Button>
      </form>
    </section>
  );
}
