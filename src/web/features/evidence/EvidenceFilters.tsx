import { useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useParams } from 'react-router';
import type { TagList } from '../../../shared/contracts/codebook.js';
import { EVIDENCE_SOURCE_KEYS, EVIDENCE_SOURCE_LABELS, SENTIMENT_KEYS } from '../../../shared/contracts/evidence.js';
import type { Workforce } from '../../../shared/contracts/workforce.js';
import { SourceFilters } from './SourceFilters.js';
import { api } from '../../app/api.js';

interface Props {
  params: URLSearchParams;
  /** Undefined when the list stopped counting at its cap: then no count is shown beside each kind. */
  counts?: Record<string, number>;
  workforce: Workforce | undefined;
  onApply(next: URLSearchParams): void;
}

/**
 * The filters, in a <details> panel: open on a wide screen, one tap to open on a phone. Applying
 * writes them into the address, so the filtered list can be shared and the back button works.
 */
export function EvidenceFilters({ params, counts, workforce, onApply }: Props) {
  const sources = params.getAll('source');
  // The codebook, for the tag filter (a tag's page links here with ?tagId=, so the filter must keep it).
  const { strategyId = '' } = useParams();
  const codebook = useQuery({ queryKey: ['tags', strategyId], queryFn: () => api.get<TagList>(`/strategies/${strategyId}/tags`), enabled: strategyId !== '' });
  const tags = codebook.data?.tags ?? [];
  const tagId = params.get('tagId') ?? '';
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const [name, value] of new FormData(event.currentTarget)) if (typeof value === 'string' && value.trim()) next.append(name, value.trim());
    onApply(next);
  };
  return (
    <form className="chorus-evidence-filters" onSubmit={submit} role="search" aria-label="Search and filter the evidence" key={params.toString()}>
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor="evidence-q">
          Search what people said
        </label>
        <div className="nhsuk-hint" id="evidence-q-hint">
          Words, "an exact phrase", or -word to leave out.
        </div>
        <input className="nhsuk-input" id="evidence-q" name="q" type="search" defaultValue={params.get('q') ?? ''} aria-describedby="evidence-q-hint" />
      </div>
      <details className="nhsuk-details" open={params.size > 1 || undefined}>
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">Filters</span>
        </summary>
        <div className="nhsuk-details__text">
          <fieldset className="nhsuk-fieldset">
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Kind of evidence</legend>
            <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
              {EVIDENCE_SOURCE_KEYS.map((key) => (
                <div className="nhsuk-checkboxes__item" key={key}>
                  <input className="nhsuk-checkboxes__input" id={`source-${key}`} name="source" type="checkbox" value={key} defaultChecked={sources.includes(key)} />
                  <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`source-${key}`}>
                    {EVIDENCE_SOURCE_LABELS[key]}
                    {counts ? ` (${counts[key] ?? 0})` : ''}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
          <SourceFilters params={params} />
          <div className="nhsuk-form-group">
            <label className="nhsuk-label" htmlFor="evidence-sentiment">
              Sentiment
            </label>
            <select className="nhsuk-select" id="evidence-sentiment" name="sentiment" defaultValue={params.get('sentiment') ?? ''}>
              <option value="">Any</option>
              {SENTIMENT_KEYS.map((s) => (
                <option key={s} value={s}>
                  {s[0]!.toUpperCase() + s.slice(1)}
                </option>
              ))}
            </select>
          </div>
          <div className="nhsuk-form-group">
            <label className="nhsuk-label" htmlFor="evidence-division">
              Division (survey answers)
            </label>
            <select className="nhsuk-select" id="evidence-division" name="divisionId" defaultValue={params.get('divisionId') ?? ''}>
              <option value="">Any</option>
              {workforce?.divisions.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          </div>
          <div className="nhsuk-form-group">
            <label className="nhsuk-label" htmlFor="evidence-staff-group">
              Staff group (survey answers)
            </label>
            <select className="nhsuk-select" id="evidence-staff-group" name="staffGroupId" defaultValue={params.get('staffGroupId') ?? ''}>
              <option value="">Any</option>
              {workforce?.staffGroups.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </select>
          </div>
          <div className="nhsuk-form-group">
            <label className="nhsuk-label" htmlFor="evidence-from">
              Said on or after
            </label>
            <input className="nhsuk-input nhsuk-input--width-10" id="evidence-from" name="from" type="date" defaultValue={params.get('from') ?? ''} />
          </div>
          <div className="nhsuk-form-group">
            <label className="nhsuk-label" htmlFor="evidence-to">
              Said on or before
            </label>
            <input className="nhsuk-input nhsuk-input--width-10" id="evidence-to" name="to" type="date" defaultValue={params.get('to') ?? ''} />
          </div>
          {tags.length > 0 ? (
            <div className="nhsuk-form-group">
              <label className="nhsuk-label" htmlFor="evidence-tag">
                Tag
              </label>
              <select className="nhsuk-select" id="evidence-tag" name="tagId" defaultValue={tagId}>
                <option value="">Any</option>
                {tags.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
              </select>
            </div>
          ) : (
            tagId && <input type="hidden" name="tagId" value={tagId} />
          )}
          <div className="nhsuk-checkboxes nhsuk-checkboxes--small nhsuk-form-group">
            <div className="nhsuk-checkboxes__item">
              <input className="nhsuk-checkboxes__input" id="evidence-untagged" name="untagged" type="checkbox" value="true" defaultChecked={params.get('untagged') === 'true'} />
              <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor="evidence-untagged">
                Only evidence with no tags yet
              </label>
            </div>
          </div>
        </div>
      </details>
      <button className="nhsuk-button" type="submit">
        Search
      </button>
    </form>
  );
}
