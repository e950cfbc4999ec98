import { z } from 'zod';
import { ZId } from './common.js';

export const REDACTION_KINDS = ['name', 'phone', 'email', 'nhs_number', 'postcode', 'address', 'date_of_birth', 'hospital_number', 'other'] as const;
export const REDACTION_KIND_LABELS: Record<string, string> = {
  name: 'Name',
  phone: 'Phone number',
  email: 'Email address',
  nhs_number: 'NHS number',
  postcode: 'Postcode',
  address: 'Address',
  date_of_birth: 'Date of birth',
  hospital_number: 'Hospital number',
  other: 'Other personal information',
};

export const ZRedactionStatusFilter = z.object({
  status: z.enum(['suggested', 'confirmed', 'reversed', 'manual'], { error: 'must be suggested, confirmed, reversed or manual' }).default('suggested'),
});

/**
 * One detected (or hand-marked) span, with only a few words either side of it: the reviewer
 * decides whether the span is personal information without the whole original leaving the library.
 */
export const ZRedaction = z.object({
  id: ZId,
  evidenceItemId: ZId,
  kind: z.string(),
  status: z.enum(['suggested', 'confirmed', 'reversed', 'manual']),
  /** The detected words themselves (the reviewer must see them to judge them). */
  span: z.string(),
  before: z.string(),
  after: z.string(),
  source: z.string(),
  decidedBy: z.string().nullable(),
});
export type Redaction = z.infer<typeof ZRedaction>;

export const ZRedactionQueue = z.object({
  redactions: z.array(ZRedaction),
  counts: z.object({ suggested: z.number().int(), confirmed: z.number().int(), reversed: z.number().int(), manual: z.number().int() }),
  /** Items still waiting for the on-machine analysis (their detections are not in the queue yet). */
  unanalysed: z.number().int(),
});
export type RedactionQueue = z.infer<typeof ZRedactionQueue>;

export const ZMarkRedaction = z.object({
  start: z.number({ error: 'Choose where the span starts' }).int().min(0, { error: 'The span cannot start before the text does' }),
  end: z.number({ error: 'Choose where the span ends' }).int().min(1, { error: 'Choose where the span ends' }),
  kind: z.enum(REDACTION_KINDS, { error: 'Choose what kind of personal information this is' }).default('other'),
});
export type MarkRedaction = z.infer<typeof ZMarkRedaction>;
