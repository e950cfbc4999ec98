import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { EvidenceList } from '../../../shared/contracts/evidence.js';
import { api } from '../../app/api.js';
import { Button } from '../../ui/Button.js';
import { TextInput } from '../../ui/fields.js';
import { plural } from '../../ui/format.js';
import { LoadError, Loading } from '../../ui/status.js';
import { evidenceKeys } from '../evidence/api.js';
import { Pieces, QuoteMeta } from '../evidence/Quote.js';
import { useLinkEvidence, useLinkMatching } from './api.js';

const SHOWN = 10;

/**
 * Finds evidence from the insight's own page: a search of the evidence library (the same search,
 * masking and small-group refusal), adding one piece at a time or everything it finds.
 */
export function EvidenceFinder({ insightId, strategyId }: { insightId: string; strategyId: string }) {
  const [words, setWords] = useState('');
  const [q, setQ] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const query = new URLSearchParams({ q }).toString();
  const found = useQuery({
    queryKey: evidenceKeys.list(strategyId, query),
    queryFn: () => api.get<EvidenceList>(`/strategies/${strategyId}/evidence?${query}`),
    enabled: q !== '',
  });
  const one = useLinkEvidence(insightId);
  const all = useLinkMatching();
  const [added, setAdded] = useState<Set<string>>(new Set());
  const error = one.error ?? all.error;

  const search = (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    setAdded(new Set());
    setQ(words.trim());
  };
  const data = found.data;

  return (
    <section aria-labelledby="finder-heading" className="chorus-finder">
      <h2 className="nhsuk-heading-m" id="finder-heading">
        Add evidence
      </h2>
      <form onSubmit={search} noValidate role="search" aria-label="Search the evidence library">
        <div className="chorus-finder__row">
          <TextInput
            id="finder-q"
            label="Search the evidence library"
            hint="Words people used, such as: rota passwords. Personal information stays masked."
            value={words}
            onChange={setWords}
            width={20}
          />
          <Button type="submit" variant="secondary">
            Search
          </Button>
        </div>
      </form>
      {message && (
        <p className="nhsuk-body" role="status">
          {message}
        </p>
      )}
      {error && (
        <p className="nhsuk-error-message" role="alert">
          {error.message}
        </p>
      )}
      {found.isFetching && <Loading what="the evidence" />}
      {found.isError && <LoadError error={found.error} what="The evidence" />}
      {data?.refused && <p className="nhsuk-body">{data.refused}</p>}
      {data && !data.refused && q && (
        <>
          <p className="nhsuk-body" aria-live="polite">
            {data.total === 0 ? `Nothing in the library matches “${q}”. Try other words.` : `${plural(data.total, 'piece')} of evidence match “${q}”.`}
          </p>
          {data.total > 0 && (
            <Button
              variant="secondary"
              busy={all.isPending}
              onClick={() =>
                all.mutate(
                  { insightId, filter: { q } },
                  { onSuccess: (r) => setMessage(`Added ${plural(r.added, 'piece')} of evidence${r.matched > r.added ? ` (${r.matched - r.added} were already here)` : ''}.`) },
                )
              }
            >
              Add all {data.total.toLocaleString('en-GB')}
            </Button>
          )}
          <ol className="chorus-evidence-list">
            {data.items.slice(0, SHOWN).map((item) => (
              <li key={item.id} className="nhsuk-card chorus-evidence-card">
                <div className="nhsuk-card__content">
                  <QuoteMeta quote={item} />
                  <p className="nhsuk-body chorus-evidence-text">
                    <Pieces pieces={item.pieces} />
                  </p>
                  {added.has(item.id) ? (
                    <p className="nhsuk-body-s" role="status">
                      Added to this insight.
                    </p>
                  ) : (
                    <Button variant="secondary" small busy={one.isPending} onClick={() => one.mutate([item.id], { onSuccess: () => setAdded(new Set([...added, item.id])) })}>
                      Add<span className="nhsuk-u-visually-hidden"> the evidence from {item.whereFrom}</span>
                    </Button>
                  )}
                </div>
              </li>
            ))}
          </ol>
          {data.total > SHOWN && <p className="nhsuk-body-s">The first {SHOWN} are shown. Use more words to narrow the search, or add them all.</p>}
        </>
      )}
    </section>
  );
}
