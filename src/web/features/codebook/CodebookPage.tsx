import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import type { Tag, TagList } from '../../../shared/contracts/codebook.js';
import { api } from '../../app/api.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { BackLink } from '../../ui/BackLink.js';
import { Button } from '../../ui/Button.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { Select, TextInput } from '../../ui/fields.js';
import { Page } from '../../ui/Page.js';
import { EmptyState, LoadError, Loading } from '../../ui/status.js';
import { SuccessBanner } from '../../ui/SuccessBanner.js';
import { Swatch } from './Swatch.js';
import './codebook.scss';


/**
 * The codebook: a strategy's tags, children under their parent, with how often each is used.
 * Deleting asks first and can be undone from the message that follows; merging moves every
 * use of one tag onto another.
 */
export function CodebookPage() {
  const orgId = useOrgId();
  const { strategyId = '' } = useParams();
  const client = useQueryClient();
  const key = ['tags', strategyId];
  const list = useQuery({ queryKey: key, queryFn: () => api.get<TagList>(`/strategies/${strategyId}/tags`) });
  const refresh = () => client.invalidateQueries({ queryKey: ['tags', strategyId] });
  const [name, setName] = useState('');
  const [parentId, setParentId] = useState('');
  const [notice, setNotice] = useState<{ text: string; undo?: string } | null>(null);
  const [deleting, setDeleting] = useState<Tag | null>(null);
  const [mergeInto, setMergeInto] = useState<Record<string, string>>({});

  const add = useMutation({
    mutationFn: () => api.post<Tag>(`/strategies/${strategyId}/tags`, { name, ...(parentId ? { parentId } : {}) }),
    onSuccess: (tag) => {
      setName('');
      setNotice({ text: `Tag “${tag.name}” added.` });
      void refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (tag: Tag) => api.delete(`/tags/${tag.id}`),
    onSuccess: (_r, tag) => {
      setDeleting(null);
      setNotice({ text: `Tag “${tag.name}” deleted.`, undo: tag.id });
      void refresh();
    },
  });
  const restore = useMutation({
    mutationFn: (id: string) => api.post<Tag>(`/tags/${id}/restore`, {}),
    onSuccess: (tag) => {
      setNotice({ text: `Tag “${tag.name}” restored.` });
      void refresh();
    },
  });
  const merge = useMutation({
    mutationFn: ({ from, into }: { from: Tag; into: Tag }) => api.post<{ moved: number; collapsed: number }>(`/tags/${from.id}/merge`, { intoTagId: into.id }),
    onSuccess: (r, { from, into }) => {
      setNotice({ text: `“${from.name}” merged into “${into.name}”: ${r.moved} ${r.moved === 1 ? 'item' : 'items'} moved.` });
      void refresh();
    },
  });
  const error = add.error ?? remove.error ?? restore.error ?? merge.error;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate();
  };
  const tags = list.data?.tags ?? [];
  const parents = tags.filter((t) => !t.parentId);
  const ordered = parents.flatMap((p) => [p, ...tags.filter((c) => c.parentId === p.id)]);
  const canChange = list.data?.can.change ?? false;

  return (
    <Page title="Codebook" before={<BackLink to={paths.strategy(orgId, strategyId)}>Back to the strategy</BackLink>}>
      {notice && (
        <SuccessBanner key={notice.text}>
          {notice.text}{' '}
          {notice.undo && (
            <Button variant="secondary" small onClick={() => restore.mutate(notice.undo!)} busy={restore.isPending}>
              Undo
            </Button>
          )}
        </SuccessBanner>
      )}
      <p className="nhsuk-body">
        Tags name what people are talking about. Apply them to evidence in the evidence library, one item at a time or to every
        item in a list. A tag can sit under one other tag.
      </p>
      {error && (
        <p className="nhsuk-error-message" role="alert">
          {error.message}
        </p>
      )}
      {canChange && (
        <form onSubmit={submit} noValidate>
          <TextInput id="tag-name" label="Name of a new tag" value={name} onChange={setName} width={20} />
          <Select
            id="tag-parent"
            label="Put it under (optional)"
            value={parentId}
            onChange={setParentId}
            options={[{ value: '', label: 'Nothing: a top-level tag' }, ...parents.map((p) => ({ value: p.id, label: p.name }))]}
          />
          <Button type="submit" busy={add.isPending}>
            Add tag
          </Button>
        </form>
      )}
      {list.isPending && <Loading what="the codebook" />}
      {list.isError && <LoadError error={list.error} what="The codebook" />}
      {list.data && tags.length === 0 && (
        <EmptyState title="No tags yet">
          <p className="nhsuk-body">Add a tag above, then apply it to evidence in the evidence library.</p>
        </EmptyState>
      )}
      {ordered.length > 0 && (
        <ul className="nhsuk-list chorus-codebook">
          {ordered.map((tag) => (
            <li key={tag.id} className={tag.parentId ? 'chorus-codebook__child' : undefined}>
              <h2 className="nhsuk-heading-s">
                <Swatch colour={tag.colour} /> <Link to={paths.tag(orgId, strategyId, tag.id)}>{tag.name}</Link>
              </h2>
              <p className="nhsuk-body-s">
                Used on {tag.count} {tag.count === 1 ? 'item' : 'items'}. Colour {tag.colour}.
                {tag.description ? ` ${tag.description}` : ''}
              </p>
              {canChange && (
                <div className="nhsuk-button-group">
                  <Select
                    id={`merge-${tag.id}`}
                    label={`Merge “${tag.name}” into`}
                    value={mergeInto[tag.id] ?? ''}
                    onChange={(v) => setMergeInto({ ...mergeInto, [tag.id]: v })}
                    options={[{ value: '', label: 'Choose a tag' }, ...tags.filter((o) => o.id !== tag.id).map((o) => ({ value: o.id, label: o.name }))]}
                  />
                  <Button
                    variant="secondary"
                    small
                    busy={merge.isPending}
                    onClick={() => {
                      const into = tags.find((o) => o.id === mergeInto[tag.id]);
                      if (into) merge.mutate({ from: tag, into });
                    }}
                  >
                    Merge<span className="nhsuk-u-visually-hidden"> {tag.name}</span>
                  </Button>
                  <Button variant="warning" small onClick={() => setDeleting(tag)}>
                    Delete<span className="nhsuk-u-visually-hidden"> {tag.name}</span>
                  </Button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={`Delete the tag “${deleting?.name ?? ''}”?`}
        confirmLabel="Delete tag"
        busy={remove.isPending}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onCancel={() => setDeleting(null)}
      >
        <p className="nhsuk-body">It comes off the {deleting?.count ?? 0} items it is on, and any tags under it are deleted too. You can undo this straight after.</p>
      </ConfirmDialog>
    </Page>
  );
}
