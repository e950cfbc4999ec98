import { z } from 'zod';
import { ZCalendarDate } from '../calendar-date.js';
import { INITIATIVE_STATUSES } from './roadmap.js';

/** RAG: how an initiative's delivery stands, by its owner's judgement, with the reason for anything but green. */
export const RAGS = ['green', 'amber', 'red'] as const;
export type Rag = (typeof RAGS)[number];
export const RAG_LABELS: Record<Rag, string> = { green: 'Green: on track', amber: 'Amber: at risk', red: 'Red: off track' };

const ZText = (what: string, max: number) =>
  z
    .string({ error: `Enter ${what} as text` })
    .trim()
    .max(max, { error: `${what[0]!.toUpperCase()}${what.slice(1)} must be ${max.toLocaleString('en-GB')} characters or fewer` })
    .refine((v) => !v.includes('\u0000'), { error: `${what[0]!.toUpperCase()}${what.slice(1)} contains a character that cannot be stored (NUL): remove it` });

/**
 * One dated delivery update of an initiative ("you said, we did" starts here): where it stands
 * (status, RAG, percentage complete), why if it is not green, what happened and what blocks it.
 */
export const ZRecordUpdate = z
  .object({
    recordedOn: ZCalendarDate('update'),
    status: z.enum(INITIATIVE_STATUSES, { error: 'Choose the status of the initiative' }),
    rag: z.enum(RAGS, { error: 'Choose red, amber or green' }),
    ragReason: ZText('the reason for the RAG rating', 1_000).optional().default(''),
    percentComplete: z
      .number({ error: 'Enter the percentage complete as a whole number from 0 to 100' })
      .int({ error: 'Enter the percentage complete as a whole number from 0 to 100' })
      .min(0, { error: 'The percentage complete cannot be below 0' })
      .max(100, { error: 'The percentage complete cannot be above 100' }),
    note: ZText('what happened', 5_000).optional().default(''),
    blockers: ZText('the blockers', 2_000).optional().default(''),
  })
  // Run even when another field is wrong, so every problem is said at once; the values may then be
  // raw input, hence the checks of type.
  .superRefine(
    (u, context) => {
      const reason = typeof u.ragReason === 'string' ? u.ragReason.trim() : '';
      if ((u.rag === 'amber' || u.rag === 'red') && !reason) {
        context.addIssue({ code: 'custom', path: ['ragReason'], message: `Say why the initiative is ${u.rag}: a reason is needed for amber and red` });
      }
      if (u.status === 'done' && Number.isInteger(u.percentComplete) && u.percentComplete !== 100) {
        context.addIssue({ code: 'custom', path: ['percentComplete'], message: 'A done initiative is 100% complete: change the percentage or the status' });
      }
    },
    { when: () => true },
  );
export type RecordUpdate = z.infer<typeof ZRecordUpdate>;

export const ZInitiativeUpdate = z.object({
  id: z.uuid(),
  recordedOn: z.string(),
  recordedOnLabel: z.string(),
  status: z.enum(INITIATIVE_STATUSES),
  rag: z.enum(RAGS),
  ragReason: z.string(),
  percentComplete: z.number().int(),
  note: z.string(),
  blockers: z.string(),
  author: z.string(),
});
export type InitiativeUpdate = z.infer<typeof ZInitiativeUpdate>;

export const ZInitiativeDelivery = z.object({
  initiativeId: z.uuid(),
  /** Newest first: the first is where the initiative stands now. */
  updates: z.array(ZInitiativeUpdate),
  can: z.object({ record: z.boolean() }),
});
export type InitiativeDelivery = z.infer<typeof ZInitiativeDelivery>;

/** Days without an update after which an initiative in progress is listed as needing one. */
export const STALE_AFTER_DAYS = 45;

export const ZDeliveryDashboard = z.object({
  /** Initiatives by their latest RAG; `none` have no update yet. */
  rag: z.object({ green: z.number().int(), amber: z.number().int(), red: z.number().int(), none: z.number().int() }),
  priorities: z.array(
    z.object({
      priorityId: z.uuid(),
      title: z.string(),
      initiatives: z.number().int(),
      done: z.number().int(),
      /** Mean of the latest percentage complete over its initiatives (none reported counts as 0); null without initiatives. */
      percentComplete: z.number().nullable(),
    }),
  ),
  needUpdate: z.array(z.object({ initiativeId: z.uuid(), title: z.string(), lastUpdateLabel: z.string().nullable() })),
  measures: z.object({ target_met: z.number().int(), on_track: z.number().int(), not_yet: z.number().int(), no_data: z.number().int() }),
});
export type DeliveryDashboard = z.infer<typeof ZDeliveryDashboard>;
