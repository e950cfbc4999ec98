import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { TagList } from '../../../shared/contracts/codebook.js';
import { api } from '../../app/api.js';
import { Button } from '../../ui/Button.js';

/**
 * Offered just after an excerpt is saved: tag it from the strategy's codebook, one tag at a time.
 * Shown only when the codebook has tags and the person may apply them; the excerpt is saved either way.
 */
export function ExcerptTagPicker({ strategyId, excerptId, onDone }: { strategyId: string; excerptId: string; onDone: () => void }) {
  const id = useId();
  const codebook = useQuery({ queryKey: ['tags', strategyId, 'picker'], queryFn: () => api.get<TagList>(`/strategies/${strategyId}/tags`) });
  const [tagId, setTagId] = useState('');
  const [applied, setApplied] = useState<string[]>([]);
  const apply = useMutation({ mutationFn: (chosen: string) => api.post(`/evidence/${excerptId}/tags`, { tagId: chosen }) });
  const tags = (codebook.data?.tags ?? []).filter((t) => !t.deleted);
  if (!codebook.data?.can.change || tags.length === 0) return null;
  const nameOf = (chosen: string) => tags.find((t) => t.id === chosen)?.name ?? '';
  return (
    <div className="chorus-excerpt-tagger">
      <div className="nhsuk-form-group">
        <label className="nhsuk-label nhsuk-label--s" htmlFor={id}>
          Tag the excerpt you saved
        </label>
        <select className="nhsuk-select" id={id} value={tagId} onChange={(e) => setTagId(e.target.value)}>
          <option value="">Choose a tag</option>
          {tags.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
      {applied.length > 0 && (
        <p className="nhsuk-body-s" role="status">
          Tagged: {applied.map(nameOf).join(', ')}
        </p>
      )}
      {apply.isError && (
        <p className="nhsuk-error-message" role="alert">
          {apply.error.message}
        </p>
      )}
      <div className="nhsuk-button-group">
        <Button
          variant="secondary"
          busy={apply.isPending}
          onClick={() => tagId && apply.mutate(tagId, { onSuccess: () => setApplied((a) => (a.includes(tagId) ? a : [...a, tagId])) })}
        >
          Add the tag
        </Button>
        <Button variant="secondary" onClick={onDone}>
          Done tagging
        </Button>
      </div>
    </div>
  );
}
