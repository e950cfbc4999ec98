import { useState, type FormEvent } from 'react';
import { DOCUMENT_MARKDOWN_MAX, DOCUMENT_TITLE_MAX, ZFreeSectionInput } from '../../../shared/contracts/documents.js';
import { Button, ButtonGroup } from '../../ui/Button.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { TextInput } from '../../ui/fields.js';
import { useFormProblem } from '../../ui/form-problem.js';
import { Textarea } from '../../ui/Textarea.js';
import { useAddSection, useUpdateSection } from './api.js';
import { MarkdownHint } from './MarkdownHint.js';

interface Props {
  strategyId: string;
  /** The section being edited, or none for a new one. */
  section?: { id: string; title: string; body: string };
  onDone(title: string): void;
  onCancel?: () => void;
}

/**
 * A section the team writes in Markdown: a new one (added at the end of the document) or an
 * edit of one. What was typed stays in the form when the server refuses it.
 */
export function FreeSectionForm({ strategyId, section, onDone, onCancel }: Props) {
  const [title, setTitle] = useState(section?.title ?? '');
  const [body, setBody] = useState(section?.body ?? '');
  const problem = useFormProblem();
  const add = useAddSection(strategyId);
  const update = useUpdateSection(strategyId);
  const prefix = section ? `edit-section-${section.id}` : 'new-section';
  const busy = add.isPending || update.isPending;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = ZFreeSectionInput.safeParse({ title, body });
    if (!parsed.success) return problem.showZod(parsed.error);
    problem.clear();
    const done = {
      onSuccess: () => {
        if (!section) {
          setTitle('');
          setBody('');
        }
        onDone(parsed.data.title);
      },
      onError: problem.showError,
    };
    if (section) update.mutate({ id: section.id, input: parsed.data }, done);
    else add.mutate(parsed.data, done);
  };

  return (
    <form onSubmit={submit} noValidate aria-label={section ? `Edit “${section.title}”` : 'Add a section'}>
      <ErrorSummary problem={problem.problem} fieldIds={{ title: `${prefix}-title`, body: `${prefix}-body` }} />
      <TextInput id={`${prefix}-title`} label="Section title" value={title} onChange={setTitle} error={problem.field('title')} maxLength={DOCUMENT_TITLE_MAX} />
      <Textarea id={`${prefix}-body`} label="What the section says" hint={<MarkdownHint />} rows={8} value={body} onChange={setBody} error={problem.field('body')} maxLength={DOCUMENT_MARKDOWN_MAX} />
      <ButtonGroup>
        <Button type="submit" busy={busy}>
          {section ? 'Save the section' : 'Add the section'}
        </Button>
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </ButtonGroup>
    </form>
  );
}
