import type { Strategy } from '../../../shared/contracts/strategies.js';
import { Button } from '../../ui/Button.js';
import { ApiError } from '../../app/api.js';
import { useArchiveStrategy } from './api.js';

/** Restoring is safe (it undoes an archive), so it needs no confirmation. */
export function RestoreButton({ strategy, onRestored }: { strategy: Strategy; onRestored(strategy: Strategy): void }) {
  const restore = useArchiveStrategy(strategy);
  return (
    <>
      <Button variant="secondary" small busy={restore.isPending} onClick={() => restore.mutate(false, { onSuccess: onRestored })}>
        Restore<span className="nhsuk-u-visually-hidden"> {strategy.name}</span>
      </Button>
      {restore.isError && (
        <span className="nhsuk-error-message" role="alert">
          <span className="nhsuk-u-visually-hidden">Error:</span>{' '}
          {restore.error instanceof ApiError ? restore.error.message : 'The strategy could not be restored. Try again.'}
        </span>
      )}
    </>
  );
}
