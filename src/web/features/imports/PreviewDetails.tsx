import type { ImportColumnChoice, ImportPreview } from '../../../shared/contracts/imports.js';
import { QUESTION_TYPE_LABELS, QUESTION_TYPES, type QuestionType } from '../../../shared/contracts/survey-definition.js';
import { SummaryList } from '../../ui/SummaryList.js';
import { Table } from '../../ui/Table.js';

interface Props {
  preview: ImportPreview;
  choices: Record<number, ImportColumnChoice>;
  keep: number[];
  onChoice(column: number, choice: Partial<ImportColumnChoice>): void;
  onKeep(column: number, keep: boolean): void;
}

/** What the file holds and what Chorus will make of it. All file content is rendered as text. */
export function PreviewDetails({ preview, choices, keep, onChoice, onKeep }: Props) {
  const format = preview.format === 'xlsx'
    ? 'Excel workbook (.xlsx)'
    : `CSV, ${preview.encoding}, ${preview.delimiter} separated, ${preview.lineEnding} line endings`;
  const firstRows = preview.firstRows.map((cells, i) => ({ key: String(i), cells }));
  return (
    <>
      <h2 className="nhsuk-heading-m">What the file holds</h2>
      <SummaryList
        rows={[
          { key: 'File', value: preview.fileName },
          { key: 'Exported from', value: `${preview.toolLabel} (${preview.headerRows} header ${preview.headerRows === 1 ? 'row' : 'rows'})` },
          { key: 'Format', value: format },
          { key: 'Responses', value: preview.rowCount.toLocaleString('en-GB') },
          { key: 'Into', value: preview.target ? `The survey "${preview.target.title}"` : 'A new survey' },
        ]}
      />
      {preview.identifying.length > 0 && (
        <fieldset className="nhsuk-fieldset">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Columns that could identify people</legend>
          <div className="nhsuk-warning-callout">
            <h3 className="nhsuk-warning-callout__label"><span role="text"><span className="nhsuk-u-visually-hidden">Important: </span>Dropped unless you keep them</span></h3>
            <p>Staff speak honestly only when they cannot be identified. Keep a column only if you have a lawful reason; the survey then stops being anonymous.</p>
          </div>
          <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
            {preview.identifying.map((column) => (
              <div className="nhsuk-checkboxes__item" key={column.column}>
                <input className="nhsuk-checkboxes__input" id={`keep-${column.column}`} type="checkbox" checked={keep.includes(column.column)}
                  onChange={(e) => onKeep(column.column, e.target.checked)} />
                <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`keep-${column.column}`}>
                  Keep "{column.title}" ({column.reason})
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      )}
      <h2 className="nhsuk-heading-m">Questions</h2>
      <Table
        caption="Questions found in the file"
        captionHidden
        rows={preview.questions}
        rowKey={(q) => String(q.column)}
        columns={[
          { header: 'Question', cell: (q) => q.title },
          {
            header: 'Type',
            cell: (q) => (
              <div className="nhsuk-form-group">
                <label className="nhsuk-label nhsuk-u-visually-hidden" htmlFor={`type-${q.column}`}>Type of "{q.title}"</label>
                <select className="nhsuk-select" id={`type-${q.column}`} value={choices[q.column]?.type ?? q.type} disabled={q.skipped || preview.target !== null}
                  onChange={(e) => onChoice(q.column, { type: e.target.value as QuestionType })}>
                  {QUESTION_TYPES.map((type) => <option key={type} value={type}>{QUESTION_TYPE_LABELS[type]}</option>)}
                </select>
              </div>
            ),
          },
          { header: 'Answers', cell: (q) => (q.options.length > 0 ? q.options.map((o) => `${o.label} (${o.count})`).join(', ') : `${q.answered} answered`) },
          {
            header: 'Skip',
            cell: (q) => (
              <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
                <div className="nhsuk-checkboxes__item">
                  <input className="nhsuk-checkboxes__input" id={`skip-${q.column}`} type="checkbox" checked={q.skipped}
                    onChange={(e) => onChoice(q.column, { skip: e.target.checked })} />
                  <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`skip-${q.column}`}>Skip<span className="nhsuk-u-visually-hidden"> "{q.title}"</span></label>
                </div>
              </div>
            ),
          },
        ]}
      />
      <h2 className="nhsuk-heading-m">First rows</h2>
      <div className="chorus-scroll" role="region" aria-label="The first rows of the file" tabIndex={0}>
        <Table
          caption={`The first ${firstRows.length} rows of the file`}
          captionHidden
          rows={firstRows}
          rowKey={(r) => r.key}
          columns={preview.header.map((header, c) => ({ header, cell: (r: (typeof firstRows)[number]) => r.cells[c] ?? '' }))}
        />
      </div>
    </>
  );
}
