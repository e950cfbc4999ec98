import type { ImportColumnChoice, ImportPreview, InferredQuestion } from '../../../shared/contracts/imports.js';
import { QUESTION_TYPE_LABELS, QUESTION_TYPES, type QuestionType } from '../../../shared/contracts/survey-definition.js';
import { ScrollRegion } from '../../ui/ScrollRegion.js';
import { SummaryList } from '../../ui/SummaryList.js';
import { Table, type Column } from '../../ui/Table.js';
import { shownTarget, type TargetMapping } from './mapping.js';
import { TargetQuestionSelect } from './TargetQuestions.js';
import { plural } from '../../../shared/words.js';

interface Props {
  preview: ImportPreview;
  choices: Record<number, ImportColumnChoice>;
  keep: number[];
  onChoice(column: number, choice: Partial<ImportColumnChoice>): void;
  onKeep(column: number, keep: boolean): void;
  /** Adding to an existing survey: each column goes to one of its questions (instead of a type and a skip box). */
  target: TargetMapping | null;
}

/** What the file holds and what Chorus will make of it. All file content is rendered as text. */
export function PreviewDetails({ preview, choices, keep, onChoice, onKeep, target }: Props) {
  const format = preview.format === 'xlsx'
    ? 'Excel workbook (.xlsx)'
    : `CSV, ${preview.encoding}, ${preview.delimiter} separated, ${preview.lineEnding} line endings`;
  const firstRows = preview.firstRows.map((cells, i) => ({ key: String(i), cells }));
  // Dropped columns are listed above; a grid of "(dropped)" would only push the data out of view.
  const dropped = new Set(preview.identifying.map((c) => c.column).filter((c) => !keep.includes(c)));
  const shownColumns = preview.header.map((_, c) => c).filter((c) => !dropped.has(c));
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
      {preview.identifying.length > 0 && <IdentifyingColumns preview={preview} keep={keep} onKeep={onKeep} />}
      <h2 className="nhsuk-heading-m">{target ? 'Which question each column goes to' : 'Questions'}</h2>
      <Table
        caption={target ? 'The question of the survey that each column of the file goes to' : 'Questions found in the file'}
        captionHidden
        rows={preview.questions}
        rowKey={(q) => String(q.column)}
        columns={target ? mappingColumns(preview, target) : newSurveyColumns(choices, onChoice)}
      />
      <h2 className="nhsuk-heading-m">First rows</h2>
      {dropped.size > 0 && <p className="nhsuk-body-s">Without the {plural(dropped.size, 'column')} that will not be imported.</p>}
      <ScrollRegion label="The first rows of the file" stickyFirstColumn={false}>
        <Table
          caption={`The first ${firstRows.length} rows of the file`}
          captionHidden
          responsive={false}
          rows={firstRows}
          rowKey={(r) => r.key}
          columns={shownColumns.map((c) => ({ header: preview.header[c] ?? '', cell: (r: (typeof firstRows)[number]) => r.cells[c] ?? '' }))}
        />
      </ScrollRegion>
    </>
  );
}

/**
 * Columns that identify people are listed with the reason, and dropped. Keeping one is a choice
 * per column, offered only where the survey is not anonymous (or a new one that will not be).
 */
function IdentifyingColumns({ preview, keep, onKeep }: Pick<Props, 'preview' | 'keep' | 'onKeep'>) {
  const anonymousTarget = preview.target?.anonymous === true;
  return (
    <div className="nhsuk-form-group">
      <h2 className="nhsuk-heading-m">These columns will not be imported, because they identify people</h2>
      <ul className="nhsuk-list nhsuk-list--bullet">
        {preview.identifying.map((column) => (
          <li key={column.column}>"{column.title}" (column {column.column + 1}): {column.reason}</li>
        ))}
      </ul>
      {anonymousTarget ? (
        <p className="nhsuk-body">"{preview.target!.title}" is anonymous, so these columns cannot be kept in it.</p>
      ) : (
        /* Folded: keeping a column is the rare, deliberate choice. */
        <details className="nhsuk-details">
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">Keep a column that identifies people</span>
          </summary>
          <div className="nhsuk-details__text">
            <fieldset className="nhsuk-fieldset">
              <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Columns that could identify people: keep one only with a lawful reason</legend>
              <div className="nhsuk-warning-callout">
                <h3 className="nhsuk-warning-callout__label"><span role="text"><span className="nhsuk-u-visually-hidden">Important: </span>Dropped unless you keep them</span></h3>
                <p>Staff speak honestly only when they cannot be identified. A survey holding a kept column is not anonymous; the choice is recorded in the audit trail and the survey says &quot;identifying data kept&quot;.</p>
              </div>
              <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
                {preview.identifying.map((column) => (
                  <div className="nhsuk-checkboxes__item" key={column.column}>
                    <input className="nhsuk-checkboxes__input" id={`keep-${column.column}`} type="checkbox" checked={keep.includes(column.column)}
                      onChange={(e) => onKeep(column.column, e.target.checked)} />
                    <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`keep-${column.column}`}>Keep "{column.title}"</label>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
        </details>
      )}
    </div>
  );
}

const answersColumn: Column<InferredQuestion> = {
  header: 'Answers',
  cell: (q) => {
    if (q.options.length === 0) return `${q.answered} answered`;
    const counts = q.options.map((o) => `${o.label} (${o.count})`).join(', ');
    // The server counts a ranking's first choices, as results do.
    return q.type === 'ranking' ? `Ranked first: ${counts}` : counts;
  },
};

/** A new survey: each column's type (as inferred, or chosen) and whether it is skipped. */
function newSurveyColumns(choices: Props['choices'], onChoice: Props['onChoice']): Column<InferredQuestion>[] {
  const skipped = (q: InferredQuestion) => choices[q.column]?.skip ?? q.skipped;
  return [
    { header: 'Question', cell: (q) => q.title },
    {
      header: 'Type',
      cell: (q) => (
        <div className="nhsuk-form-group">
          <label className="nhsuk-label nhsuk-u-visually-hidden" htmlFor={`type-${q.column}`}>Type of "{q.title}"</label>
          <select className="nhsuk-select chorus-import-target" id={`type-${q.column}`} value={choices[q.column]?.type ?? q.type} disabled={skipped(q)}
            onChange={(e) => onChoice(q.column, { type: e.target.value as QuestionType })}>
            {QUESTION_TYPES.map((type) => <option key={type} value={type}>{QUESTION_TYPE_LABELS[type]}</option>)}
          </select>
        </div>
      ),
    },
    answersColumn,
    {
      header: 'Skip',
      cell: (q) => (
        <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
          <div className="nhsuk-checkboxes__item">
            <input className="nhsuk-checkboxes__input" id={`skip-${q.column}`} type="checkbox" checked={skipped(q)}
              onChange={(e) => onChoice(q.column, { skip: e.target.checked })} />
            <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`skip-${q.column}`}>Skip<span className="nhsuk-u-visually-hidden"> "{q.title}"</span></label>
          </div>
        </div>
      ),
    },
  ];
}

/** An existing survey: the question each column goes to, or "Skip this column". */
function mappingColumns(preview: ImportPreview, target: TargetMapping): Column<InferredQuestion>[] {
  return [
    { header: 'Column', cell: (q) => q.title },
    {
      header: 'Goes to question',
      cell: (q) => (
        <TargetQuestionSelect question={q} questions={target.questions} value={shownTarget(q, preview, target)}
          onChange={(value) => target.onChoose(q.column, value)} />
      ),
    },
    answersColumn,
  ];
}
