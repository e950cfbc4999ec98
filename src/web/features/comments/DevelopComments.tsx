import { useId, useState, type FormEvent } from 'react';
import type { CommentSubject } from '../../../shared/contracts/comments.js';
import { Button } from '../../ui/Button.js';
import { problemFromError } from '../../ui/form-problem.js';
import { Textarea } from '../../ui/Textarea.js';
import { useAddDevelopComment, useDevelopComments } from './api.js';
import './comments.scss';

interface Props {
  strategyId: string;
  subjectType: CommentSubject;
  subjectId: string;
}

/**
 * Leaders' and the team's conversation about one Develop item (a mission version, priority,
 * initiative, measure or partnership version): who said what, in which role, and when, oldest
 * first. Everyone who may read the item may comment; the form is hidden from anyone else.
 */
export function DevelopComments({ strategyId, subjectType, subjectId }: Props) {
  const comments = useDevelopComments(strategyId, subjectType, subjectId);
  const add = useAddDevelopComment(strategyId, subjectType, subjectId);
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | undefined>();
  // Unique per instance, so two comment sections on one page keep their labels apart.
  const id = useId().replace(/:/g, '');
  const headingId = `comments-heading-${id}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (add.isPending) return;
    if (!body.trim()) return setError('Write a comment before adding it');
    setError(undefined);
    add.mutate(body, {
      onSuccess: () => setBody(''),
      onError: (e) => {
        const problem = problemFromError(e);
        setError(problem.fields.body ?? problem.detail ?? 'The comment could not be added. Try again.');
      },
    });
  };

  return (
    <section aria-labelledby={headingId}>
      <h2 className="nhsuk-heading-m" id={headingId}>
        Comments
      </h2>
      {comments.isPending ? (
        <p className="nhsuk-body" role="status">
          Loading comments…
        </p>
      ) : comments.isError ? (
        <p className="nhsuk-error-message" role="alert">
          The comments could not be loaded. {problemFromError(comments.error).detail ?? 'Try again.'}
        </p>
      ) : comments.data.comments.length === 0 ? (
        <p className="nhsuk-body">
          No comments yet.{comments.data.can.comment ? ' Add the first one below.' : ''}
        </p>
      ) : (
        <ol className="nhsuk-list">
          {comments.data.comments.map((c) => (
            <li key={c.id} className="chorus-develop-comment">
              <p className="nhsuk-body-s chorus-develop-comment__meta">
                <span className="nhsuk-u-font-weight-bold">{c.author}</span>
                {c.authorRole ? `, ${c.authorRole},` : ''} on <time dateTime={c.createdAt}>{c.createdOn}</time>
              </p>
              <p className="nhsuk-body chorus-develop-comment__body">{c.body}</p>
            </li>
          ))}
        </ol>
      )}
      {comments.data?.can.comment && (
        <form onSubmit={submit} noValidate>
          <Textarea
            id={`comment-body-${id}`}
            label="Add a comment"
            labelClassName="nhsuk-label--s"
            rows={3}
            maxLength={5000}
            value={body}
            onChange={setBody}
            error={error}
          />
          <Button type="submit" variant="secondary" busy={add.isPending}>
            Add comment
          </Button>
        </form>
      )}
    </section>
  );
}
