import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { EVIDENCE_SOURCE_KEYS } from '../../../shared/contracts/evidence.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { Button } from '../../ui/Button.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { Select } from '../../ui/fields.js';
import { plural } from '../../ui/format.js';
import { filterOf } from '../codebook/BulkTagForm.js';
import { useInsights, useLinkMatching } from './api.js';
import './insights.scss';

const NEW = 'new';
const short = (s: string) => (s.length > 80 ? `${s.slice(0, 79)}…` : s);

/**
 * The evidence library's "Add to an insight": everything the current search and filters find (on
 * every page) goes to a new insight, or to one already written after a confirmation that says how many.
 */
/** `capped`: the library stopped counting at its limit, so `total` is a floor, not the number. */
export function AddToInsightForm({ strategyId, query, total, capped = false }: { strategyId: string; query: string; total: number; capped?: boolean }) {
  const orgId = useOrgId();
  const navigate = useNavigate();
  const list = useInsights(strategyId, '');
  const link = useLinkMatching();
  const [choice, setChoice] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<{ id: string; text: string } | null>(null);
  const evidenceQuery = new URLSearchParams([...new URLSearchParams(query)].filter(([k]) => k !== 'page')).toString();
  if (!list.data?.can.create || total === 0) return null;
  const chosen = list.data.insights.find((i) => i.id === choice);
  const count = capped ? `all ${total.toLocaleString('en-GB')} or more items` : plural(total, 'item');

  const go = () => {
    setResult(null);
    // An empty query would mean "no evidence" on the new insight's page: name every kind instead.
    const everything = new URLSearchParams(EVIDENCE_SOURCE_KEYS.map((k) => ['source', k])).toString();
    if (choice === NEW) navigate(paths.newInsight(orgId, strategyId, evidenceQuery || everything));
    else if (choice) setConfirming(true);
  };

  return (
    <div className="nhsuk-button-group chorus-add-to-insight">
      <Select
        id="add-to-insight"
        label="Add every item in this list to an insight"
        value={choice}
        onChange={setChoice}
        options={[
          { value: '', label: 'Choose an insight' },
          { value: NEW, label: 'A new insight' },
          ...list.data.insights.map((i) => ({ value: i.id, label: short(i.statement) })),
        ]}
      />
      <Button variant="secondary" small onClick={go}>
        {capped ? 'Add them all' : `Add all ${total.toLocaleString('en-GB')}`}
      </Button>
      {result && (
        <p className="nhsuk-body-s" role="status">
          {result.text} <Link to={paths.insight(orgId, strategyId, result.id)}>Open the insight</Link>
        </p>
      )}
      {link.isError && (
        <p className="nhsuk-error-message" role="alert">
          {link.error.message}
        </p>
      )}
      <ConfirmDialog
        open={confirming}
        title={`Add ${count} to “${short(chosen?.statement ?? '')}”?`}
        confirmLabel="Add them"
        destructive={false}
        busy={link.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          link.mutate(
            { insightId: choice, filter: filterOf(query) },
            {
              onSuccess: (r) => {
                setConfirming(false);
                setResult({ id: choice, text: `Added ${plural(r.added, 'item')} to the insight${r.matched > r.added ? ` (${r.matched - r.added} were there already)` : ''}.` });
              },
              onError: () => setConfirming(false),
            },
          )
        }
      >
        <p className="nhsuk-body">Every item this search and these filters find is added, on every page of the list. You can remove any of them on the insight’s page.</p>
      </ConfirmDialog>
    </div>
  );
}
