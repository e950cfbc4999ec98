export const DEFAULT_TARGET_PERCENT = 30;

/** The target response rate as typed (a percentage), or the message NHS.UK's pattern shows beside the field. */
export function parseTargetPercent(text: string): { percent: number } | { error: string } {
  const trimmed = text.trim().replace(/%$/, '').trim();
  if (!trimmed) return { error: 'Enter a target response rate' };
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return { error: 'Target response rate must be a number, like 30' };
  const percent = Number(trimmed);
  if (percent < 1 || percent > 100) return { error: 'Target response rate must be between 1% and 100%' };
  return { percent };
}
