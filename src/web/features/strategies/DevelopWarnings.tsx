import { LoadError } from '../../ui/status.js';
import { usePriorityWarnings } from '../priorities/api.js';
import { PriorityWarningsPanel } from '../priorities/PriorityWarningsPanel.js';

/**
 * The two Develop warnings on the strategy overview, where the people who sign a strategy off look
 * first: strong insights no priority answers, and priorities resting on little or one-sided
 * evidence. Nothing at all when there is nothing to warn about.
 */
export function DevelopWarnings({ orgId, strategyId }: { orgId: string; strategyId: string }) {
  const warnings = usePriorityWarnings(strategyId);
  if (warnings.isError) return <LoadError error={warnings.error} what="What the priorities do not cover yet" />;
  if (!warnings.data) return null;
  return <PriorityWarningsPanel orgId={orgId} strategyId={strategyId} warnings={warnings.data} />;
}
