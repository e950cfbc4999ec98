import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { TagList } from '../../../shared/contracts/codebook.js';
import { api } from '../../app/api.js';
import { Button } from '../../ui/Button.js';
import { Select } from '../../ui/fields.js';
import { formatDate } from '../../ui/format.js';

interface Applied {
  tagId: string;
  name: string;
  colour: string;
  appliedBy: string | null;
  appliedAt: string;
}

/**
 * One evidence item's tags, with who applied each and when; add one from the codebook or take
 * one off. For the evidence item page (and anywhere else one item is shown on its own).
 */
export function TagPicker({ strategyId, evidenceId }: { strategyId: string; evidenceId: string }) {
  const client = useQueryClient();
  const codebook = useQuery({ queryKey: ['tags', strategyId], queryFn: () => api.get<TagList>(`/strategies/${strategyId}/tags`) });
  const applied = useQuery({ queryKey: ['evidence-tags', evidenceId], queryFn: () => api.get<{ tags: Applied[] }>(`/evidence/${evidenceId}/tags`) });
  const [choice, setChoice] = useState('');
  const done = () => {
    void client.invalidateQueries({ queryKey: ['evidence-tags', evidenceId] });
    void client.invalidateQueries({ queryKey: ['tags', strategyId] });
    void client.invalidateQueries({ queryKey: ['evidence'] });
  };
  const add = useMutation({ mutationFn: (tagId: string) => api.post(`/evidence/${evidenceId}/tags`, { tagId }), onSuccess: () => { setChoice(''); done(); } });
  const remove = useMutation({ mutationFn: (tagId: string) => api.delete(`/evidence/${evidenceId}/tags/${tagId}`), onSuccess: done });
  const on = applied.data?.tags ?? [];
  const available = (codebook.data?.tags ?? []).filter((t) => !on.some((a) => a.tagId === t.id));
  const error = add.error ?? remove.error;

  return (
    <section aria-labelledby="tag-picker-heading">
      <h2 className="nhsuk-heading-m" id="tag-picker-heading">
        Tags
      </h2>
      {error && (
        <p className="nhsuk-error-message" role="alert">
          {error.message}
        </p>
      )}
      {on.length === 0 ? (
        <p className="nhsuk-body">No tags yet. Choose one from the codebook below.</p>
      ) : (
        <ul className="nhsuk-list">
          {on.map((t) => (
            <li key={t.tagId}>
              <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
                <circle cx="6" cy="6" r="6" fill={t.colour} />
              </svg>{' '}
              <strong>{t.name}</strong>, by {t.appliedBy ?? 'someone who has left'} on {formatDate(t.appliedAt.slice(0, 10))}{' '}
              <Button variant="secondary" small busy={remove.isPending} onClick={() => remove.mutate(t.tagId)}>
                Remove<span className="nhsuk-u-visually-hidden"> the tag {t.name}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      {codebook.data?.can.change && available.length > 0 && (
        <div className="nhsuk-button-group">
          <Select id="tag-picker-choice" label="Add a tag" value={choice} onChange={setChoice} options={[{ value: '', label: 'Choose a tag' }, ...available.map((t) => ({ value: t.id, label: t.name }))]} />
          <Button small busy={add.isPending} onClick={() => choice && add.mutate(choice)}>
            Add tag
          </Button>
        </div>
      )}
    </section>
  );
}
