import { useState, type FormEvent } from 'react';
import { QUESTION_TYPE_LABELS, QUESTION_TYPES, type QuestionType } from '../../../shared/contracts/survey-definition.js';
import type { BuilderQuestion, BuilderSection } from '../../../shared/contracts/surveys.js';
import { Button } from '../../ui/Button.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { Select, TextInput } from '../../ui/fields.js';
import type { BuilderRequest } from './api.js';
import { QuestionCard } from './QuestionCard.js';
import { TextArea } from './TextArea.js';

interface Props {
  section: BuilderSection;
  index: number;
  sectionCount: number;
  questions: BuilderQuestion[];
  all: BuilderQuestion[];
  canEdit: boolean;
  busy: boolean;
  editPath(questionId: string): string;
  send(request: BuilderRequest, done: string): void;
}

export function SectionBlock({ section, index, sectionCount, questions, all, canEdit, busy, editPath, send }: Props) {
  const [type, setType] = useState<QuestionType>('single_choice');
  const [title, setTitle] = useState(section.title);
  const [description, setDescription] = useState(section.description);
  const [confirming, setConfirming] = useState(false);
  const base = `/sections/${section.id}`;
  const headingId = `section-${section.id}`;

  const rename = (event: FormEvent) => {
    event.preventDefault();
    send({ method: 'PATCH', path: base, body: { title, description } }, `Section “${title.trim()}” saved.`);
  };
  const add = (event: FormEvent) => {
    event.preventDefault();
    send({ method: 'POST', path: '/questions', body: { sectionId: section.id, type } }, `${QUESTION_TYPE_LABELS[type]} question added to “${section.title}”. Edit it to write the question.`);
  };

  return (
    <section className="chorus-survey-section" aria-labelledby={headingId}>
      <h2 className="nhsuk-heading-m" id={headingId}>
        <span className="nhsuk-caption-m">Section {index + 1}</span>
        {section.title}
      </h2>
      {section.description && <p className="nhsuk-body chorus-pre-line">{section.description}</p>}
      {questions.length === 0 ? (
        <p className="nhsuk-body chorus-muted">No questions in this section yet.</p>
      ) : (
        <ol className="nhsuk-list chorus-question-list">
          {questions.map((q) => {
            const number = all.indexOf(q) + 1;
            return (
              <QuestionCard
                key={q.id}
                question={q}
                number={number}
                all={all}
                editTo={editPath(q.id)}
                canEdit={canEdit}
                isFirst={number === 1}
                isLast={number === all.length}
                busy={busy}
                send={send}
              />
            );
          })}
        </ol>
      )}
      {canEdit && (
        <>
          <form onSubmit={add} noValidate className="chorus-add-question">
            <Select
              id={`add-type-${section.id}`}
              label={`Add a question to section ${index + 1}`}
              labelClassName="nhsuk-label--s"
              value={type}
              onChange={(value) => setType(value as QuestionType)}
              options={QUESTION_TYPES.map((t) => ({ value: t, label: QUESTION_TYPE_LABELS[t] }))}
            />
            <Button type="submit" variant="secondary" busy={busy}>
              Add question
            </Button>
          </form>
          <details className="nhsuk-details">
            <summary className="nhsuk-details__summary">
              <span className="nhsuk-details__summary-text">Change, move or delete section {index + 1}</span>
            </summary>
            <div className="nhsuk-details__text">
              <form onSubmit={rename} noValidate>
                <TextInput id={`section-title-${section.id}`} label="Section title" labelClassName="nhsuk-label--s" value={title} onChange={setTitle} />
                <TextArea id={`section-description-${section.id}`} label="Description (optional)" value={description} onChange={setDescription} rows={3} />
                <Button type="submit" variant="secondary" busy={busy}>
                  Save section
                </Button>
              </form>
              <div className="chorus-row-actions">
                {index > 0 && (
                  <Button small variant="secondary" busy={busy} onClick={() => send({ method: 'POST', path: `${base}/move`, body: { direction: 'up' } }, `Section “${section.title}” moved up.`)}>
                    Move section up
                  </Button>
                )}
                {index < sectionCount - 1 && (
                  <Button small variant="secondary" busy={busy} onClick={() => send({ method: 'POST', path: `${base}/move`, body: { direction: 'down' } }, `Section “${section.title}” moved down.`)}>
                    Move section down
                  </Button>
                )}
                <Button small variant="warning" busy={busy} onClick={() => setConfirming(true)}>
                  Delete section
                </Button>
              </div>
            </div>
          </details>
          <ConfirmDialog
            open={confirming}
            title={`Delete section ${index + 1}?`}
            confirmLabel="Delete section"
            busy={busy}
            onCancel={() => setConfirming(false)}
            onConfirm={() => {
              setConfirming(false);
              send({ method: 'DELETE', path: base }, `Section “${section.title}” deleted.`);
            }}
          >
            <p>
              “{section.title}” and its {questions.length === 1 ? 'question' : `${questions.length} questions`} will be removed from the survey.
            </p>
          </ConfirmDialog>
        </>
      )}
    </section>
  );
}
