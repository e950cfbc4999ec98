import { useState, type FormEvent } from 'react';
import { DOCUMENT_MARKDOWN_MAX, DOCUMENT_TITLE_MAX, ZUpdateDocument, type DocumentPage } from '../../../shared/contracts/documents.js';
import { Button } from '../../ui/Button.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { TextInput } from '../../ui/fields.js';
import { useFormProblem } from '../../ui/form-problem.js';
import type { Notify } from '../../ui/SuccessBanner.js';
import { Textarea } from '../../ui/Textarea.js';
import { useUpdateDocument } from './api.js';
import { Checkbox } from './Checkbox.js';
import { MarkdownHint } from './MarkdownHint.js';

/** The document's own words: its title, the foreword, the governance text, and whether "What we heard" is public. */
export function SettingsForm({ strategyId, settings, notify }: { strategyId: string; settings: DocumentPage['settings']; notify: Notify }) {
  const [title, setTitle] = useState(settings.title);
  const [foreword, setForeword] = useState(settings.foreword);
  const [governance, setGovernance] = useState(settings.governance);
  const [heardIsPublic, setHeardIsPublic] = useState(settings.heardIsPublic);
  const problem = useFormProblem();
  const update = useUpdateDocument(strategyId);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = ZUpdateDocument.safeParse({ title, foreword, governance, heardIsPublic });
    if (!parsed.success) return problem.showZod(parsed.error);
    problem.clear();
    update.mutate(parsed.data, { onSuccess: () => notify('The title, foreword and governance text have been saved.'), onError: problem.showError });
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="document-words-heading">
      <ErrorSummary problem={problem.problem} fieldIds={{ title: 'document-title', foreword: 'document-foreword', governance: 'document-governance' }} />
      <TextInput id="document-title" label="Title of the document" value={title} onChange={setTitle} error={problem.field('title')} maxLength={DOCUMENT_TITLE_MAX} />
      <Textarea
        id="document-foreword"
        label="Foreword"
        hint={<>Usually from the chief executive or the board. <MarkdownHint /></>}
        rows={6}
        value={foreword}
        onChange={setForeword}
        error={problem.field('foreword')}
        maxLength={DOCUMENT_MARKDOWN_MAX}
      />
      <Textarea
        id="document-governance"
        label="Governance"
        hint={<>Who oversees the strategy and how progress is reported; a table of every measure follows it in the document. <MarkdownHint /></>}
        rows={6}
        value={governance}
        onChange={setGovernance}
        error={problem.field('governance')}
        maxLength={DOCUMENT_MARKDOWN_MAX}
      />
      <div className="nhsuk-form-group">
        <Checkbox
          id="document-heard-public"
          label="Show ‘What we heard’ on the public pages"
          hint="Quotes are always masked. Leave this unticked to keep what staff said to the printed and downloaded document."
          checked={heardIsPublic}
          onChange={setHeardIsPublic}
        />
      </div>
      <Button type="submit" busy={update.isPending}>
        Save the title and texts
      </Button>
    </form>
  );
}
