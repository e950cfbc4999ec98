import { useState, type FormEvent } from 'react';
import { REACTION_COMMENT_MAX, REACTION_KEYS, REACTION_LABELS, ZReactionBody, type PlaybackInsight, type ReactionKey } from '../../../shared/contracts/playback.js';
import { Button } from '../../ui/Button.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { useFormProblem } from '../../ui/form-problem.js';
import { Radios } from '../../ui/Radios.js';
import { Textarea } from '../../ui/Textarea.js';
import { useReact } from './api.js';

/**
 * One person's reaction to one insight: three radios and an optional comment, saved with a
 * confirmation that stays beside the form (the page may hold a dozen of these, so no banner
 * steals focus from the next insight), and changeable by saving again.
 */
export function ReactionForm({ strategyId, insight }: { strategyId: string; insight: PlaybackInsight }) {
  const mine = insight.reactions.mine;
  const [reaction, setReaction] = useState<string>(mine?.reaction ?? '');
  const [comment, setComment] = useState(mine?.comment ?? '');
  const [saved, setSaved] = useState<ReactionKey | null>(null);
  const form = useFormProblem();
  const save = useReact(strategyId, insight.id);
  const id = `reaction-${insight.id}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    const parsed = ZReactionBody.safeParse({ reaction: reaction || undefined, comment });
    if (!parsed.success) return form.showZod(parsed.error);
    form.clear();
    save.mutate(parsed.data, { onSuccess: () => setSaved(parsed.data.reaction), onError: form.showError });
  };

  return (
    <form className="chorus-reaction" onSubmit={submit} noValidate aria-label={`Your reaction to: ${insight.statement}`}>
      <ErrorSummary problem={form.problem} fieldIds={{ reaction: id, comment: `${id}-comment` }} />
      <Radios
        id={id}
        name={id}
        legend="Your reaction"
        inline
        error={form.field('reaction')}
        options={REACTION_KEYS.map((key) => ({ value: key, label: REACTION_LABELS[key] }))}
        value={reaction}
        onChange={setReaction}
      />
      <Textarea
        id={`${id}-comment`}
        label="Comment (optional)"
        hint="What makes you say so, or what is missing."
        rows={3}
        maxLength={REACTION_COMMENT_MAX}
        error={form.field('comment')}
        value={comment}
        onChange={setComment}
      />
      <Button type="submit" variant="secondary" busy={save.isPending}>
        {mine ? 'Change your reaction' : 'Save your reaction'}
      </Button>
      <p className="nhsuk-body-s chorus-reaction__status" role="status">
        {saved ? `Saved: ${REACTION_LABELS[saved].toLowerCase()}.` : ''}
      </p>
    </form>
  );
}
