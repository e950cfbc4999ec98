import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { Tag, TagList } from '../../../shared/contracts/codebook.js';
import { EVIDENCE_SOURCE_KEYS, EVIDENCE_SOURCE_LABELS } from '../../../shared/contracts/evidence.js';
import { api } from '../../app/api.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { BackLink } from '../../ui/BackLink.js';
import { Button } from '../../ui/Button.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { Select } from '../../ui/fields.js';
import { Page } from '../../ui/Page.js';
import { LoadError, Loading } from '../../ui/status.js';
import { SuccessBanner } from '../../ui/SuccessBanner.js';
import { SummaryList } from '../../ui/SummaryList.js';
import { Table } from '../../ui/Table.js';
import { Swatch } from './Swatch.js';
import { TagEditForm } from './TagEditForm.js';

const HIDDEN: Record<string, string> = {
  small: 'Hidden: too few people to show',
  complementary: 'Hidden, so that a smaller group cannot be worked out',
};

/**
 * One tag: what it means, its colour and parent, how often it is used by kind of evidence and by
 * staff group (the server hides small groups), a way to its items in the evidence library, and the
 * changes: edit, merge into another tag (after a confirmation) and delete (after a confirmation,
 * with an Undo straight after).
 */
export function TagPage() {
  const orgId = useOrgId();
  const { strategyId = '', tagId = '' } = useParams();
  const navigate = useNavigate();
  const client = useQueryClient();
  const tag = useQuery({ queryKey: ['tags', tagId], queryFn: () => api.get<Tag>(`/tags/${tagId}`) });
  const list = useQuery({ queryKey: ['tags', strategyId], queryFn: () => api.get<TagList>(`/strategies/${strategyId}/tags`) });
  const [notice, setNotice] = useState<{ text: string; undo?: boolean } | null>(null);
  const [confirm, setConfirm] = useState<'delete' | 'merge' | null>(null);
  const [intoId, setIntoId] = useState('');
  const [intoMissing, setIntoMissing] = useState(false);
  const refresh = () => client.invalidateQueries({ queryKey: ['tags'] });

  const remove = useMutation({
    mutationFn: () => api.delete(`/tags/${tagId}`),
    onSuccess: () => {
      setConfirm(null);
      setNotice({ text: `Tag “${tag.data?.name ?? ''}” deleted.`, undo: true });
      void refresh();
    },
    onError: () => setConfirm(null),
  });
  const restore = useMutation({
    mutationFn: () => api.post<Tag>(`/tags/${tagId}/restore`, {}),
    onSuccess: (t) => {
      setNotice({ text: `Tag “${t.name}” restored.` });
      void refresh();
    },
  });
  const merge = useMutation({
    mutationFn: () => api.post<{ moved: number; collapsed: number }>(`/tags/${tagId}/merge`, { intoTagId: intoId }),
    onSuccess: () => {
      setConfirm(null);
      void refresh();
      navigate(paths.tag(orgId, strategyId, intoId));
    },
    onError: () => setConfirm(null),
  });
  const error = remove.error ?? restore.error ?? merge.error;

  const t = tag.data;
  const tags = list.data?.tags ?? [];
  const canChange = (list.data?.can.change ?? false) && t !== undefined && !t.deleted;
  const parent = t?.parentId ? tags.find((p) => p.id === t.parentId) : undefined;
  const children = t ? tags.filter((c) => c.parentId === t.id) : [];
  const into = tags.find((o) => o.id === intoId);
  const threshold = list.data?.threshold;

  return (
    <Page
      title={t ? `Tag: ${t.name}` : 'Tag'}
      heading={t?.name ?? 'Tag'}
      caption="Codebook"
      before={<BackLink to={paths.codebook(orgId, strategyId)}>Back to the codebook</BackLink>}
    >
      {notice && (
        <SuccessBanner key={notice.text}>
          {notice.text}{' '}
          {notice.undo && (
            <Button variant="secondary" small onClick={() => restore.mutate()} busy={restore.isPending}>
              Undo
            </Button>
          )}
        </SuccessBanner>
      )}
      {error && (
        <p className="nhsuk-error-message" role="alert">
          {error.message}
        </p>
      )}
      {tag.isPending && <Loading what="the tag" />}
      {tag.isError && <LoadError error={tag.error} what="The tag" />}
      {t && (
        <>
          {t.deleted && (
            <div className="nhsuk-inset-text">
              <p>This tag has been deleted: it no longer shows on evidence or in the codebook.</p>
              {list.data?.can.change && (
                <Button variant="secondary" small onClick={() => restore.mutate()} busy={restore.isPending}>
                  Restore it
                </Button>
              )}
            </div>
          )}
          <SummaryList
            rows={[
              { key: 'Description', value: t.description || 'No description yet.' },
              {
                key: 'Colour',
                value: (
                  <>
                    <Swatch colour={t.colour} /> {t.colour}
                  </>
                ),
              },
              { key: 'Under', value: parent ? <Link to={paths.tag(orgId, strategyId, parent.id)}>{parent.name}</Link> : 'Nothing: a top-level tag' },
              ...(children.length > 0 ? [{ key: 'Tags under it', value: children.map((c) => c.name).join(', ') }] : []),
              { key: 'Used on', value: `${t.count} ${t.count === 1 ? 'item' : 'items'}` },
            ]}
          />
          {t.count > 0 && !t.deleted && (
            <p className="nhsuk-body">
              <Link to={`${paths.evidence(orgId, strategyId)}?tagId=${t.id}`}>
                See the {t.count} {t.count === 1 ? 'item' : 'items'} tagged “{t.name}” in the evidence library
              </Link>{' '}
              (there you can also take the tag off every item in a list).
            </p>
          )}
          {t.count === 0 && <p className="nhsuk-body">Nothing is tagged with it yet. Apply it to evidence in the evidence library.</p>}
          <Table
            caption="Items by kind of evidence"
            columns={[
              { header: 'Kind of evidence', cell: (k: (typeof EVIDENCE_SOURCE_KEYS)[number]) => EVIDENCE_SOURCE_LABELS[k] },
              { header: 'Items', numeric: true, cell: (k) => t.bySource[k] ?? 0 },
            ]}
            rows={EVIDENCE_SOURCE_KEYS}
            rowKey={(k) => k}
          />
          <h2 className="nhsuk-heading-m">People by staff group</h2>
          <p className="nhsuk-body">
            Survey answers only, counted as people who answered. To protect anonymity, a group of fewer than {threshold ?? 'the minimum'} people is hidden,
            together with any figure that would let it be worked out.
          </p>
          {t.byStaffGroup.length === 0 ? (
            <p className="nhsuk-body">No survey answers carry this tag yet.</p>
          ) : (
            <Table
              caption="People by staff group"
              captionHidden
              columns={[
                { header: 'Staff group', cell: (g: Tag['byStaffGroup'][number]) => g.staffGroup },
                { header: 'People', numeric: true, cell: (g) => (g.count === null ? HIDDEN[g.hidden ?? 'small'] : g.count) },
              ]}
              rows={t.byStaffGroup}
              rowKey={(g) => g.staffGroupId ?? 'not-stated'}
            />
          )}
          {canChange && (
            <>
              <TagEditForm key={`${t.name}|${t.colour}|${t.parentId ?? ''}|${t.description}`} tag={t} tags={tags} onSaved={(s) => setNotice({ text: `Tag “${s.name}” saved.` })} />
              <h2 className="nhsuk-heading-m">Merge or delete</h2>
              <Select
                id="tag-merge-into"
                label={`Merge “${t.name}” into`}
                hint="Every item tagged with this tag gets the other tag instead, and this tag is deleted."
                value={intoId}
                onChange={setIntoId}
                error={intoMissing && !intoId ? 'Choose the tag to merge into' : undefined}
                options={[{ value: '', label: 'Choose a tag' }, ...tags.filter((o) => o.id !== t.id).map((o) => ({ value: o.id, label: o.name }))]}
              />
              <div className="nhsuk-button-group">
                <Button variant="secondary" onClick={() => (into ? setConfirm('merge') : setIntoMissing(true))}>
                  Merge…
                </Button>
                <Button variant="warning" onClick={() => setConfirm('delete')}>
                  Delete this tag…
                </Button>
              </div>
            </>
          )}
          <ConfirmDialog
            open={confirm === 'merge'}
            title={`Merge “${t.name}” into “${into?.name ?? ''}”?`}
            confirmLabel="Merge"
            destructive={false}
            busy={merge.isPending}
            onConfirm={() => merge.mutate()}
            onCancel={() => setConfirm(null)}
          >
            <p className="nhsuk-body">
              The {t.count} {t.count === 1 ? 'item' : 'items'} tagged “{t.name}” will be tagged “{into?.name ?? ''}” instead, and “{t.name}” will be deleted.
            </p>
          </ConfirmDialog>
          <ConfirmDialog
            open={confirm === 'delete'}
            title={`Delete the tag “${t.name}”?`}
            confirmLabel="Delete tag"
            busy={remove.isPending}
            onConfirm={() => remove.mutate()}
            onCancel={() => setConfirm(null)}
          >
            <p className="nhsuk-body">
              It comes off the {t.count} {t.count === 1 ? 'item' : 'items'} it is on{children.length > 0 ? ', and the tags under it are deleted too' : ''}. You can undo this
              straight after.
            </p>
          </ConfirmDialog>
        </>
      )}
    </Page>
  );
}
