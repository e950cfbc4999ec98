import type { StrengthLevel } from '../../../shared/contracts/insights.js';
import { Tag, type TagColour } from '../../ui/Tag.js';

const COLOURS: Record<StrengthLevel, TagColour> = { strong: 'green', moderate: 'blue', emerging: 'grey' };
const WORDS: Record<StrengthLevel, string> = { strong: 'Strong', moderate: 'Moderate', emerging: 'Emerging' };

/** The strength level in words (the colour only repeats them). */
export function StrengthTag({ level }: { level: StrengthLevel }) {
  return <Tag colour={COLOURS[level]}>{WORDS[level]}</Tag>;
}

export function StatusTag({ status }: { status: 'draft' | 'agreed' }) {
  return status === 'agreed' ? <Tag colour="green">Agreed</Tag> : <Tag colour="grey">Draft</Tag>;
}
