import { useState, type FormEvent } from 'react';
import type { InsightDetail } from '../../../shared/contracts/insights.js';
import { Button } from '../../ui/Button.js';
import { problemFromError } from '../../ui/form-problem.js';
import { Textarea } from '../../ui/Textarea.js';
import { useAddComment } from './api.js';

/** The team's conversation about the insight: who said what and when, oldest first. */
export function InsightComments({ insight }: { insight: InsightDetail }) {
  const add = useAddComment(insight.id);
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | undefined>();
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
    <section aria-labelledby="comments-heading">
      <h2 className="nhsuk-heading-m" id="comments-heading">
        Comments
      </h2>
      {insight.comments.length === 0 ? (
        <p className="nhsuk-body">No comments yet.</p>
      ) : (
        <ol className="nhsuk-list chorus-comments">
          {insight.comments.map((c) => (
            <li key={c.id} className="chorus-comment">
              <p className="nhsuk-body-s chorus-comment__meta">
                <span className="nhsuk-u-font-weight-bold">{c.author}</span> on <time dateTime={c.createdAt}>{c.createdOn}</time>
              </p>
              <p className="nhsuk-body chorus-evidence-text">{c.body}</p>
            </li>
          ))}
        </ol>
      )}
      {insight.can.comment && (
        <form onSubmit={submit} noValidate>
          <Textarea id="comment-body" label="Add a comment" labelClassName="nhsuk-label--s" rows={3} maxLength={5000} value={body} onChange={setBody} error={error} />
          <Button type="submit" variant="secondary" busy={add.isPending}>
            Add the comment
          </Button>
        </form>
      )}
    </section>
  );
}
