import { useState } from 'react';
import { Link } from 'react-router';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { Button } from '../../ui/Button.js';
import { plural } from '../../ui/format.js';
import { filterOf } from '../codebook/BulkTagForm.js';
import { useAddToBoard } from './api.js';

/**
 * "Put these on the board" for the evidence library: every item its current search and filters
 * find (not only the page shown) goes to the board's unsorted pile, once.
 */
export function AddToBoard({ strategyId, query, total, capped = false }: { strategyId: string; query: string; total: number; capped?: boolean }) {
  const orgId = useOrgId();
  const add = useAddToBoard(strategyId);
  const [result, setResult] = useState<string | null>(null);
  const put = () =>
    add.mutate(filterOf(query), {
      onSuccess: (r) => {
        const parts = [`Put ${plural(r.added, 'card')} on the board.`];
        if (r.alreadyOnBoard) parts.push(`${plural(r.alreadyOnBoard, 'item was', 'items were')} already there.`);
        if (r.notQuotable) parts.push(`${plural(r.notQuotable, 'interview note')} left off: the leader agreed to notes but not quotes.`);
        setResult(parts.join(' '));
      },
    });
  if (total === 0) return null;
  return (
    <div className="nhsuk-button-group">
      <Button variant="secondary" small busy={add.isPending} onClick={put}>
        {/* A capped count is a floor: saying "2,000" would be untrue. */}
        Put these {capped ? 'items' : plural(total, 'item')} on the board
      </Button>
      <Link to={paths.board(orgId, strategyId)}>Open the board</Link>
      {result && (
        <p className="nhsuk-body-s" role="status">
          {result}
        </p>
      )}
      {add.isError && (
        <p className="nhsuk-error-message" role="alert">
          {add.error.message}
        </p>
      )}
    </div>
  );
}
