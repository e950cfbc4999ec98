import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { DocumentPage } from '../../../shared/contracts/documents.js';
import { Button } from '../../ui/Button.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { MoveFeedback, useMoveFeedback } from '../../ui/move-feedback.js';
import type { Notify } from '../../ui/SuccessBanner.js';
import { Tag } from '../../ui/Tag.js';
import { documentKeys, useDeleteSection, useUpdateDocument } from './api.js';
import { Checkbox } from './Checkbox.js';
import { moveInList } from './document-helpers.js';
import { FreeSectionForm } from './FreeSectionForm.js';

type Entry = DocumentPage['layout'][number];
const ID = 'document-section-';

/**
 * Every section of the document in reading order, hidden ones too. Moving and hiding save at
 * once (the whole order, so the server never guesses); the list is redrawn straight away, a
 * polite message says where the section went, and focus stays on the button that moved it.
 */
export function SectionList({ strategyId, page, notify }: { strategyId: string; page: DocumentPage; notify: Notify }) {
  const client = useQueryClient();
  const update = useUpdateDocument(strategyId);
  const remove = useDeleteSection(strategyId);
  const feedback = useMoveFeedback(ID, page.layout);
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Entry | null>(null);
  const layout = page.layout;

  const save = (next: Entry[], message: string, focusId: string) => {
    // Shown at once: waiting for the server before redrawing would make each press feel ignored.
    client.setQueryData<DocumentPage>(documentKeys.page(strategyId), { ...page, layout: next });
    feedback.focusAfterRedraw(focusId);
    update.mutate(
      { layout: next.map(({ key, hidden }) => ({ key, hidden })) },
      {
        onSuccess: () => feedback.announce(message),
        onError: (error) => {
          feedback.fail(error);
          void client.invalidateQueries({ queryKey: documentKeys.page(strategyId) });
        },
      },
    );
  };

  const move = (index: number, by: -1 | 1) => {
    const entry = layout[index]!;
    const to = index + by;
    // At either end the pressed button is no longer useful, so focus goes to its partner.
    const atEnd = to === 0 || to === layout.length - 1;
    const focus = `${atEnd ? (by < 0 ? 'down' : 'up') : by < 0 ? 'up' : 'down'}-${entry.key}`;
    save(moveInList(layout, index, to), `${entry.title} moved to position ${to + 1} of ${layout.length}.`, focus);
  };

  const toggle = (index: number, shown: boolean) => {
    const entry = layout[index]!;
    const next = layout.map((e, i) => (i === index ? { ...e, hidden: !shown } : e));
    save(next, shown ? `${entry.title} is shown in the document.` : `${entry.title} is hidden: it will not be in the document.`, `show-${entry.key}`);
  };

  return (
    <>
      <MoveFeedback announcement={feedback.announcement} error={feedback.error} />
      <ol className="chorus-document-layout">
        {layout.map((entry, i) => (
          <li key={entry.key} className={`chorus-document-layout__item${entry.hidden ? ' chorus-document-layout__item--hidden' : ''}`}>
            <div className="chorus-document-layout__head">
              <h3 className="nhsuk-heading-s chorus-document-layout__title chorus-break-anywhere">
                <span className="nhsuk-u-visually-hidden">{i + 1}. </span>
                {entry.title}
              </h3>
              {entry.source === 'model' ? <Tag colour="blue">From the plan</Tag> : <Tag colour="purple">Written by the team</Tag>}
              {entry.hidden && <Tag colour="grey">Hidden</Tag>}
            </div>
            <div className="chorus-document-layout__controls">
              <Checkbox
                id={`${ID}show-${entry.key}`}
                label={<>Show in the document<span className="nhsuk-u-visually-hidden"> – {entry.title}</span></>}
                checked={!entry.hidden}
                onChange={(shown) => toggle(i, shown)}
              />
              <div className="chorus-document-layout__actions">
                <Button id={`${ID}up-${entry.key}`} variant="secondary" small disabled={i === 0} busy={update.isPending} onClick={() => move(i, -1)}>
                  Move up<span className="nhsuk-u-visually-hidden"> {entry.title}</span>
                </Button>
                <Button id={`${ID}down-${entry.key}`} variant="secondary" small disabled={i === layout.length - 1} busy={update.isPending} onClick={() => move(i, 1)}>
                  Move down<span className="nhsuk-u-visually-hidden"> {entry.title}</span>
                </Button>
                {entry.freeId && editing !== entry.key && (
                  <>
                    <Button id={`${ID}edit-${entry.key}`} variant="secondary" small onClick={() => setEditing(entry.key)}>
                      Edit<span className="nhsuk-u-visually-hidden"> {entry.title}</span>
                    </Button>
                    <Button variant="warning" small onClick={() => setDeleting(entry)}>
                      Delete<span className="nhsuk-u-visually-hidden"> {entry.title}</span>
                    </Button>
                  </>
                )}
              </div>
            </div>
            {entry.freeId && editing === entry.key && (
              <FreeSectionForm
                strategyId={strategyId}
                section={{ id: entry.freeId, title: entry.title, body: entry.body }}
                onDone={(title) => {
                  setEditing(null);
                  notify(`“${title}” has been saved.`);
                }}
                onCancel={() => {
                  setEditing(null);
                  feedback.focusAfterRedraw(`edit-${entry.key}`);
                }}
              />
            )}
          </li>
        ))}
      </ol>
      <ConfirmDialog
        open={deleting !== null}
        title={`Delete “${deleting?.title ?? ''}”?`}
        confirmLabel="Delete the section"
        busy={remove.isPending}
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          if (!deleting?.freeId) return;
          const title = deleting.title;
          remove.mutate(deleting.freeId, {
            onSuccess: () => {
              setDeleting(null);
              notify(`“${title}” has been deleted. Versions already frozen keep it.`);
            },
            onError: (error) => {
              setDeleting(null);
              feedback.fail(error);
            },
          });
        }}
      >
        <p className="nhsuk-body">The section and its text will be deleted from the draft. Versions already frozen keep their own copy.</p>
      </ConfirmDialog>
    </>
  );
}
