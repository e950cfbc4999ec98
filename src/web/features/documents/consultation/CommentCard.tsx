import { useState, type FormEvent } from 'react';
import { CONSULTATION_REPLY_MAX, HANDLING_LABELS, HANDLINGS, ZRecordHandling, ZReplyToComment, type ConsultationComment } from '../../../../shared/contracts/consultation.js';
import { formatDate } from '../../../../shared/dates.js';
import { Button } from '../../../ui/Button.js';
import { ErrorSummary } from '../../../ui/ErrorSummary.js';
import { useFormProblem } from '../../../ui/form-problem.js';
import { Radios } from '../../../ui/Radios.js';
import type { Notify } from '../../../ui/SuccessBanner.js';
import { Textarea } from '../../../ui/Textarea.js';
import { useRecordHandling, useReply } from './api.js';

interface Props {
  versionId: string;
  comment: ConsultationComment;
  /** Which comment of its section, for names that tell one form from another. */
  label: string;
  canRespond: boolean;
  notify: Notify;
}

/** One comment as the evidence library gives it (masked), the team's reply to it and what came of it. */
export function CommentCard({ versionId, comment, label, canRespond, notify }: Props) {
  return (
    <li className="nhsuk-card chorus-consultation__comment">
      <div className="nhsuk-card__content">
        <h4 className="nhsuk-heading-xs">{label}</h4>
        <blockquote className="chorus-consultation__said">
          <p className="nhsuk-body chorus-break-anywhere chorus-pre-wrap">{comment.text}</p>
        </blockquote>
        <p className="nhsuk-body-s chorus-muted">
          {comment.staffGroup ? `${comment.staffGroup}, ` : ''}
          {formatDate(comment.saidOn)}
        </p>
        {comment.reply && (
          <p className="nhsuk-body chorus-break-anywhere">
            <strong>We replied{comment.repliedOn ? ` on ${formatDate(comment.repliedOn)}` : ''}:</strong> {comment.reply}
          </p>
        )}
        <p className="nhsuk-body">
          <strong>What we did:</strong> {comment.handling ? `${HANDLING_LABELS[comment.handling]}.` : 'Not recorded yet.'}
          {comment.reason && <span className="chorus-break-anywhere"> {comment.reason}</span>}
        </p>
        {canRespond && (
          <>
            <ReplyForm versionId={versionId} comment={comment} label={label} notify={notify} />
            <HandlingForm versionId={versionId} comment={comment} label={label} notify={notify} />
          </>
        )}
      </div>
    </li>
  );
}

function ReplyForm({ versionId, comment, label, notify }: Omit<Props, 'canRespond'>) {
  const form = useFormProblem();
  const send = useReply(versionId, comment.id);
  const [reply, setReply] = useState(comment.reply ?? '');
  const id = `reply-${comment.id}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (send.isPending) return;
    const parsed = ZReplyToComment.safeParse({ reply });
    if (!parsed.success) return form.showZod(parsed.error);
    form.clear();
    send.mutate(parsed.data.reply, { onSuccess: () => notify('Reply saved. Staff see it under the section on the draft’s pages.'), onError: form.showError });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={`Reply: ${label}`}>
      <ErrorSummary problem={form.problem} fieldIds={{ reply: id }} />
      <Textarea id={id} label="Your public reply" hint="Shown on the draft’s pages as “You said / We replied”." rows={3} maxLength={CONSULTATION_REPLY_MAX} value={reply} onChange={setReply} error={form.field('reply')} />
      <Button type="submit" variant="secondary" busy={send.isPending}>{comment.reply ? 'Change the reply' : 'Reply'}</Button>
    </form>
  );
}

function HandlingForm({ versionId, comment, label, notify }: Omit<Props, 'canRespond'>) {
  const form = useFormProblem();
  const record = useRecordHandling(versionId, comment.id);
  const [handling, setHandling] = useState<string>(comment.handling ?? '');
  const [reason, setReason] = useState(comment.reason);
  const ids = { handling: `handling-${comment.id}`, reason: `reason-${comment.id}` };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (record.isPending) return;
    const parsed = ZRecordHandling.safeParse({ handling, reason });
    if (!parsed.success) return form.showZod(parsed.error);
    if (parsed.data.handling === 'not_changed' && !parsed.data.reason) {
      return form.set({ detail: null, fields: { reason: 'Enter the reason the text did not change' } });
    }
    form.clear();
    record.mutate(parsed.data, { onSuccess: () => notify('What you did with the comment is recorded.'), onError: form.showError });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={`What we did: ${label}`}>
      <ErrorSummary problem={form.problem} fieldIds={ids} />
      <Radios
        id={ids.handling}
        name={ids.handling}
        legend="What did you do with this comment?"
        value={handling}
        onChange={setHandling}
        error={form.field('handling')}
        options={HANDLINGS.map((h) => ({ value: h, label: HANDLING_LABELS[h] }))}
      />
      <Textarea id={ids.reason} label={handling === 'not_changed' ? 'Why not?' : 'Why (optional)'} rows={2} maxLength={2000} value={reason} onChange={setReason} error={form.field('reason')} />
      <Button type="submit" variant="secondary" busy={record.isPending}>Record what we did</Button>
    </form>
  );
}
