import { CONSENT_LABELS, type Consent } from '../../../shared/contracts/interviews.js';
import type { TagColour } from '../../ui/Tag.js';

export const consentColour: Record<Consent, TagColour> = {
  notes: 'blue',
  notes_and_quotes: 'green',
  declined: 'grey',
};

export const consentLabel = (consent: Consent) => CONSENT_LABELS[consent];

/** "Medical Director (Dr Sam Whitfield)" or just the role. */
export const intervieweeOf = (i: { intervieweeRole: string; intervieweeName: string | null }) =>
  i.intervieweeName ? `${i.intervieweeRole} (${i.intervieweeName})` : i.intervieweeRole;
