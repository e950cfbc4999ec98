import type { MeasureStatus } from '../../../shared/contracts/measures.js';
import type { TagColour } from '../../ui/Tag.js';

const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** "55", "12.5", then the unit: "55 % of staff", "90 seconds". */
export const formatNumber = (value: number) => numberFormat.format(value);
export const withUnit = (value: number | null | undefined, unit: string) => (value === null || value === undefined ? 'Not set' : `${formatNumber(value)} ${unit}`);

export const STATUS_COLOURS: Record<MeasureStatus, TagColour> = { target_met: 'green', on_track: 'blue', not_yet: 'orange', no_data: 'grey' };

/** "Number typed in" → a number for the API; empty stays null; anything else goes as typed so the server names the field. */
export function numberOrText(text: string): number | string | null {
  const trimmed = text.trim().replace(/,/g, '');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : text;
}
