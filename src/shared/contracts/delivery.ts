import { z } from 'zod';
import { isCalendarDate, todayInLondon, ZCalendarDate } from '../calendar-date.js';
import { hasControlCharacters, ZId } from './common.js';
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

/** A milestone of an initiative as shown: due, and done or overdue (by today in London). */
export const ZMilestone = z.object({
  id: z.uuid(),
  title: z.string(),
  dueOn: z.string(),
  dueOnLabel: z.string(),
  doneOn: z.string().nullable(),
  doneOnLabel: z.string().nullable(),
  /** Not done and due before today. */
  overdue: z.boolean(),
});
export type Milestone = z.infer<typeof ZMilestone>;

export const ZInitiativeDelivery = z.object({
  initiativeId: z.uuid(),
  /** Newest first: the first is where the initiative stands now. */
  updates: z.array(ZInitiativeUpdate),
  /** By due date, earliest first. */
  milestones: z.array(ZMilestone),
  can: z.object({ record: z.boolean(), manageMilestones: z.boolean() }),
});
export type InitiativeDelivery = z.infer<typeof ZInitiativeDelivery>;

/** Days without an update after which an initiative in progress is listed as needing one. */
export const STALE_AFTER_DAYS = 45;

export const ZOverdueMilestone = z.object({
  milestoneId: z.uuid(),
  title: z.string(),
  initiativeId: z.uuid(),
  initiativeTitle: z.string(),
  dueOnLabel: z.string(),
  daysOverdue: z.number().int(),
});

/**
 * A measure against its trajectory: the straight line from the baseline (value and day) to the
 * target (value and day); each actual value with the value the line expects on its day (null
 * when the measure has no full baseline and target to draw the line from, or the value is hidden).
 */
export const ZTrajectory = z.object({
  measureId: z.uuid(),
  name: z.string(),
  unit: z.string(),
  ownerLabel: z.string(),
  statusWords: z.string(),
  /** From baseline (0) to target (1) by the latest value; null without one. */
  progress: z.number().nullable(),
  baseline: z.object({ value: z.number(), on: z.string(), onLabel: z.string() }).nullable(),
  target: z.object({ value: z.number(), on: z.string(), onLabel: z.string() }).nullable(),
  points: z.array(z.object({ on: z.string(), onLabel: z.string(), actual: z.number().nullable(), expected: z.number().nullable() })),
});
export type Trajectory = z.infer<typeof ZTrajectory>;

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
  /** Over every initiative, the same way; null without initiatives. */
  percentComplete: z.number().nullable(),
  needUpdate: z.array(z.object({ initiativeId: z.uuid(), title: z.string(), lastUpdateLabel: z.string().nullable() })),
  measures: z.object({ target_met: z.number().int(), on_track: z.number().int(), not_yet: z.number().int(), no_data: z.number().int() }),
  /** Initiatives whose latest update is red or amber, red first, with the reason given. */
  atRisk: z.array(z.object({ initiativeId: z.uuid(), title: z.string(), rag: z.enum(['amber', 'red']), reason: z.string(), recordedOnLabel: z.string() })),
  /** Milestones not done and due before the day the dashboard is for, most overdue first. */
  overdueMilestones: z.array(ZOverdueMilestone),
  trajectories: z.array(ZTrajectory),
  /** The day the figures are for ("as at"): today, or the end of a past quarter for a board report. */
  asOf: z.string(),
  asOfLabel: z.string(),
});
export type DeliveryDashboard = z.infer<typeof ZDeliveryDashboard>;

export const MILESTONE_TITLE_MAX = 200;
export const ZMilestoneParams = z.object({ milestoneId: ZId });

/** A day typed in a milestone's form, said in its own words ("the due date", "the done date"). */
const ZDay = (what: string) =>
  z
    .string({ error: `Enter ${what}` })
    .trim()
    // One message at a time: an empty date is not also "not a real date".
    .min(1, { error: `Enter ${what}`, abort: true })
    .refine(isCalendarDate, { error: `${what[0]!.toUpperCase()}${what.slice(1)} must be a real date, like 2026-03-14`, abort: true })
    .refine((v) => !isCalendarDate(v) || (v >= '2000-01-01' && v <= '2100-12-31'), { error: `${what[0]!.toUpperCase()}${what.slice(1)} must be between the years 2000 and 2100` });

const ZMilestoneTitle = z
  .string({ error: 'Enter the milestone as text' })
  .trim()
  .min(1, { error: 'Enter what the milestone is, like “Go-live in outpatients”', abort: true })
  .max(MILESTONE_TITLE_MAX, { error: `The milestone must be ${MILESTONE_TITLE_MAX} characters or fewer` })
  // NUL first and alone: it is the one character PostgreSQL cannot store, so it gets its own words.
  .refine((v) => !v.includes('\u0000'), { error: 'The milestone contains a character that cannot be stored (NUL): remove it', abort: true })
  .refine((v) => !hasControlCharacters(v), { error: 'The milestone must be on one line, without tabs' });

/** Done is a day that has happened: a future one is a plan, and belongs in the due date. */
const ZDoneOn = ZDay('the done date')
  .refine((v) => !isCalendarDate(v) || v <= todayInLondon(), { error: 'The done date cannot be in the future' })
  .nullable();

export const ZAddMilestone = z.object({ title: ZMilestoneTitle, dueOn: ZDay('the due date') });
export type AddMilestone = z.infer<typeof ZAddMilestone>;

/** Any of the fields; `doneOn: null` reopens a milestone marked done by mistake. */
export const ZUpdateMilestone = z
  .object({ title: ZMilestoneTitle, dueOn: ZDay('the due date'), doneOn: ZDoneOn })
  .partial()
  .refine((m) => Object.keys(m).length > 0, { error: 'Change the title, the due date or the done date' });
export type UpdateMilestone = z.infer<typeof ZUpdateMilestone>;

/**
 * A calendar quarter for the board report, written "2026-Q4" (October to December 2026).
 * Calendar quarters, not the NHS financial year's, because the label says the months anyway.
 */
export const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/;
const QUARTER_MONTHS = [['January', 'March'], ['April', 'June'], ['July', 'September'], ['October', 'December']] as const;

export interface Quarter {
  key: string;
  /** "October to December 2026" */
  label: string;
  /** First and last day, YYYY-MM-DD. */
  from: string;
  to: string;
}

export function quarterOf(key: string): Quarter | null {
  const match = QUARTER_PATTERN.exec(key);
  if (!match) return null;
  const year = Number(match[1]);
  const q = Number(match[2]);
  if (year < 2000 || year > 2100) return null;
  const firstMonth = (q - 1) * 3 + 1;
  const lastDay = new Date(Date.UTC(year, firstMonth + 2, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  const [first, last] = QUARTER_MONTHS[q - 1]!;
  return { key, label: `${first} to ${last} ${year}`, from: `${year}-${pad(firstMonth)}-01`, to: `${year}-${pad(firstMonth + 2)}-${pad(lastDay)}` };
}

/** The quarter a day falls in: "2026-11-30" → "2026-Q4". */
export const quarterKeyOf = (day: string) => `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;

/** The quarter a day falls in and the `count - 1` before it, newest first: the web's choice of reports. */
export function recentQuarters(day: string, count: number): Quarter[] {
  const out: Quarter[] = [];
  let [year, q] = [Number(day.slice(0, 4)), Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1];
  for (let i = 0; i < count; i++) {
    out.push(quarterOf(`${year}-Q${q}`)!);
    [year, q] = q === 1 ? [year - 1, 4] : [year, q - 1];
  }
  return out;
}

export const ZBoardReportQuery = z.object({
  quarter: z
    .string()
    .trim()
    .refine((v) => quarterOf(v) !== null, { error: 'Choose a quarter written like 2026-Q4 (a year from 2000 to 2100, then Q1 to Q4)' })
    .optional(),
});
