import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { TagList } from '../../../shared/contracts/codebook.js';
import type { EvidenceFilter } from '../../../shared/contracts/evidence.js';
import { api } from '../../app/api.js';
import { Button } from '../../ui/Button.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { Select } from '../../ui/fields.js';

/** The library's address query as the filter the API takes (lists repeat their key). */
export function filterOf(query: string): EvidenceFilter {
  const params = new URLSearchParams(query);
  const filter: Record<string, unknown> = {};
  for (const key of new Set(params.keys())) {
    if (key === 'page') continue;
    if (key === 'source' || key === 'sentiment') filter[key] = params.getAll(key);
    else if (key === 'untagged') filter[key] = params.get(key) === 'true' || params.get(key) === '1';
    else filter[key] = params.get(key);
  }
  return filter as EvidenceFilter;
}

/**
 * "Tag every item in this list" and its reverse: applies one tag to, or takes it off, everything
 * the library's current filter matches (not just the page shown), after a confirmation that says
 * how many items that is.
 */
export function BulkTagForm({ strategyId, query, total }: { strategyId: string; query: string; total: number }) {
  const filter = filterOf(query);
  const client = useQueryClient();
  const codebook = useQuery({ queryKey: ['tags', strategyId], queryFn: () => api.get<TagList>(`/strategies/${strategyId}/tags`) });
  const [tagId, setTagId] = useState('');
  const [confirming, setConfirming] = useState<'apply' | 'remove' | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const tag = codebook.data?.tags.find((t) => t.id === tagId);
  const apply = useMutation({
    mutationFn: (mode: 'apply' | 'remove') => api.post<{ matched: number; changed: number }>(`/tags/${tagId}/${mode}`, { filter }),
    onSuccess: (r, mode) => {
      setConfirming(null);
      const items = `${r.changed} ${r.changed === 1 ? 'item' : 'items'}`;
      const rest = r.matched - r.changed;
      setResult(
        mode === 'apply'
          ? `Tagged ${items} with “${tag?.name ?? ''}”${rest > 0 ? ` (${rest} already had it)` : ''}.`
          : `Took “${tag?.name ?? ''}” off ${items}${rest > 0 ? ` (${rest} did not have it)` : ''}.`,
      );
      void client.invalidateQueries({ queryKey: ['evidence'] });
      void client.invalidateQueries({ queryKey: ['tags'] });
    },
    onError: () => setConfirming(null),
  });
  if (!codebook.data?.can.change || total === 0) return null;
  if (codebook.data.tags.length === 0) return <p className="nhsuk-body-s">Add tags in the codebook to tag what this list shows.</p>;

  return (
    <div className="nhsuk-button-group">
      <Select
        id="bulk-tag"
        label="Tag every item in this list, or take a tag off them"
        value={tagId}
        onChange={setTagId}
        options={[{ value: '', label: 'Choose a tag' }, ...codebook.data.tags.map((t) => ({ value: t.id, label: t.name }))]}
      />
      <Button variant="secondary" small onClick={() => tagId && setConfirming('apply')}>
        Tag all {total}
      </Button>
      <Button variant="secondary" small onClick={() => tagId && setConfirming('remove')}>
        Remove from all {total}
      </Button>
      {result && (
        <p className="nhsuk-body-s" role="status">
          {result}
        </p>
      )}
      {apply.isError && (
        <p className="nhsuk-error-message" role="alert">
          {apply.error.message}
        </p>
      )}
      <ConfirmDialog
        open={confirming === 'apply'}
        title={`Tag ${total} ${total === 1 ? 'item' : 'items'} with “${tag?.name ?? ''}”?`}
        confirmLabel="Tag them"
        destructive={false}
        busy={apply.isPending}
        onConfirm={() => apply.mutate('apply')}
        onCancel={() => setConfirming(null)}
      >
        <p className="nhsuk-body">Every item this search and these filters find is tagged, on every page of the list. You can remove the tag the same way.</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirming === 'remove'}
        title={`Take “${tag?.name ?? ''}” off ${total} ${total === 1 ? 'item' : 'items'}?`}
        confirmLabel="Take it off"
        busy={apply.isPending}
        onConfirm={() => apply.mutate('remove')}
        onCancel={() => setConfirming(null)}
      >
        <p className="nhsuk-body">
          The tag comes off every item this search and these filters find, on every page of the list. The tag stays in the codebook, and you can apply
          it again the same way.
        </p>
      </ConfirmDialog>
    </div>
  );
}
