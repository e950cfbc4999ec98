import { useState } from 'react';
import { Link } from 'react-router';
import { LIKERT_LABELS, QUESTION_TYPE_LABELS } from '../../../shared/contracts/survey-definition.js';
import type { BuilderQuestion } from '../../../shared/contracts/surveys.js';
import { conditionValues, OPERATOR_LABELS, PROFILE_DIMENSION_LABELS } from '../../../shared/survey-builder.js';
import { Button } from '../../ui/Button.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { Tag } from '../../ui/Tag.js';
import type { BuilderRequest } from './api.js';
import { questionAnchor } from './labels.js';

interface Props {
  question: BuilderQuestion;
  number: number;
  /** Every question, to describe the condition in words. */
  all: BuilderQuestion[];
  editTo: string;
  canEdit: boolean;
  isFirst: boolean;
  isLast: boolean;
  busy: boolean;
  send(request: BuilderRequest, done: string): void;
}

/** One question in the builder: what it asks, and the buttons to edit, move, copy or delete it. */
export function QuestionCard({ question, number, all, editTo, canEdit, isFirst, isLast, busy, send }: Props) {
  const [confirming, setConfirming] = useState(false);
  const parentIndex = question.showIf ? all.findIndex((q) => q.id === question.showIf!.questionId) : -1;
  const parent = all[parentIndex];
  const conditionValue = parent && question.showIf ? (conditionValues(parent).find((v) => v.key === question.showIf!.value)?.label ?? question.showIf.value) : null;
  const path = `/questions/${question.id}`;
  const short = question.title.length > 50 ? `${question.title.slice(0, 47)}…` : question.title;

  return (
    <li className="nhsuk-card chorus-question">
      <div className="nhsuk-card__content">
        <h3 className="nhsuk-card__heading nhsuk-heading-s" id={questionAnchor(question.id)} tabIndex={-1}>
          <span className="chorus-muted">Question {number}: </span>
          {question.title}
        </h3>
        <p className="nhsuk-body-s">
          {question.type === 'profile' && question.dimension
            ? `About you: ${PROFILE_DIMENSION_LABELS[question.dimension].toLowerCase()}`
            : QUESTION_TYPE_LABELS[question.type]}
          {question.required && (
            <>
              {' '}
              <Tag colour="white">Required</Tag>
            </>
          )}
        </p>
        {question.help && <p className="nhsuk-hint chorus-pre-line">{question.help}</p>}
        {question.options.length > 0 && (
          <ul className="nhsuk-list nhsuk-list--bullet nhsuk-body-s">
            {question.options.map((o) => <li key={o.key}>{o.label}</li>)}
          </ul>
        )}
        {question.rows.length > 0 && (
          <ul className="nhsuk-list nhsuk-list--bullet nhsuk-body-s">
            {question.rows.map((o) => <li key={o.key}>{o.label}</li>)}
          </ul>
        )}
        {question.type === 'likert' && <p className="nhsuk-body-s chorus-muted">{LIKERT_LABELS.join(', ')}</p>}
        {parent && question.showIf && (
          <p className="nhsuk-body-s">
            Shown only if the answer to question {parentIndex + 1} {OPERATOR_LABELS[question.showIf.operator]} “{conditionValue}”.
          </p>
        )}
        {question.answered && <p className="nhsuk-body-s chorus-muted">People have answered this question: you can reword it, but not delete it or change its type.</p>}
        {canEdit && (
          <div className="chorus-row-actions">
            <Link className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" to={editTo}>
              Edit<span className="nhsuk-u-visually-hidden"> question {number}</span>
            </Link>
            {!isFirst && (
              <Button small variant="secondary" busy={busy} onClick={() => send({ method: 'POST', path: `${path}/move`, body: { direction: 'up' } }, `Question “${short}” moved up.`)}>
                Move up<span className="nhsuk-u-visually-hidden"> question {number}</span>
              </Button>
            )}
            {!isLast && (
              <Button small variant="secondary" busy={busy} onClick={() => send({ method: 'POST', path: `${path}/move`, body: { direction: 'down' } }, `Question “${short}” moved down.`)}>
                Move down<span className="nhsuk-u-visually-hidden"> question {number}</span>
              </Button>
            )}
            {question.type !== 'profile' && (
              <Button small variant="secondary" busy={busy} onClick={() => send({ method: 'POST', path: `${path}/duplicate` }, `Question “${short}” duplicated below itself.`)}>
                Duplicate<span className="nhsuk-u-visually-hidden"> question {number}</span>
              </Button>
            )}
            {!question.answered && (
              <Button small variant="warning" busy={busy} onClick={() => setConfirming(true)}>
                Delete<span className="nhsuk-u-visually-hidden"> question {number}</span>
              </Button>
            )}
          </div>
        )}
        <ConfirmDialog
          open={confirming}
          title={`Delete question ${number}?`}
          confirmLabel="Delete question"
          busy={busy}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            send({ method: 'DELETE', path }, `Question “${short}” deleted.`);
          }}
        >
          <p>“{question.title}” will be removed from the survey.</p>
        </ConfirmDialog>
      </div>
    </li>
  );
}
