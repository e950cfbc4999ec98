import { z } from 'zod';
import { ZCalendarDate } from '../calendar-date.js';
import { ZId, ZOneLine, hasControlCharacters } from './common.js';
import { ZNotes } from './interviews.js';

/**
 * Workshops with wards and departments: who came (counts per staff group, never names) and
 * what they said, as sticky notes in columns such as "What works" and "Ideas".
 */

export const DEFAULT_COLUMNS = ['What works', 'What gets in the way', 'Ideas'] as const;
export const MAX_NOTE_LENGTH = 500;
export const MAX_COLUMNS = 12;
/** More people than any one workshop room holds, small enough to catch a typing slip. */
export const MAX_ATTENDANCE = 10_000;


const ZOptionalLine = (what: string, max: number) =>
  z
    .string({ error: `${what} must be text` })
    .trim()
    .max(max, { error: `${what} must be ${max} characters or fewer` })
    .refine((v) => !hasControlCharacters(v), { error: `${what} must be on one line, without tabs` })
    .nullish()
    .transform((v) => (v ? v : null));

export const ZAttendance = z
  .array(
    z.object({
      staffGroupId: ZId,
      count: z
        .number({ error: 'Attendance must be a whole number, like 8' })
        .int({ error: 'Attendance must be a whole number, like 8' })
        .min(0, { error: 'Attendance must be 0 or more' })
        .max(MAX_ATTENDANCE, { error: `Attendance must be ${MAX_ATTENDANCE.toLocaleString('en-GB')} or fewer` }),
    }),
    { error: 'Send attendance as a list of staff groups and counts' },
  )
  .max(200)
  .refine((rows) => new Set(rows.map((r) => r.staffGroupId)).size === rows.length, {
    error: 'Each staff group may appear only once in the attendance',
  });

const workshopFields = {
  title: ZOneLine('a title for the workshop', 200),
  heldOn: ZCalendarDate('workshop'),
  department: ZOptionalLine('Department or team', 200),
  orgUnitId: ZId.nullish(),
  facilitator: ZOptionalLine('Facilitator', 120),
  notes: ZNotes.optional(),
  attendance: ZAttendance.optional(),
};

export const ZCreateWorkshop = z.object(workshopFields);
export type CreateWorkshop = z.infer<typeof ZCreateWorkshop>;

export const ZUpdateWorkshop = z.object({
  title: workshopFields.title.optional(),
  heldOn: workshopFields.heldOn.optional(),
  department: workshopFields.department.optional(),
  orgUnitId: ZId.nullish(),
  facilitator: workshopFields.facilitator.optional(),
  notes: ZNotes.optional(),
  /** Replaces the whole attendance; groups left out have no figure. */
  attendance: ZAttendance.optional(),
});
export type UpdateWorkshop = z.infer<typeof ZUpdateWorkshop>;

export const ZColumnTitle = z.object({ title: ZOneLine('a name for the column', 60) });

export const ZDeleteColumnQuery = z.object({
  /** The column that receives the sticky notes of the removed one: the explicit confirmation. */
  moveNotesTo: ZId.optional(),
});

const ZNoteText = z
  .string({ error: 'Enter the text of the sticky note' })
  .trim()
  .min(1, { error: 'Enter the text of the sticky note' })
  .max(MAX_NOTE_LENGTH, { error: `A sticky note must be ${MAX_NOTE_LENGTH} characters or fewer` })
  .refine((v) => !v.includes('\u0000'), { error: 'The sticky note contains a character that cannot be stored (NUL)' });

export const ZCreateNote = z.object({ columnId: ZId, text: ZNoteText });
export const ZUpdateNote = z.object({ text: ZNoteText });
export const ZMoveNote = z.object({
  columnId: ZId,
  /** Zero-based place in the target column; past the end means "last". */
  index: z
    .number({ error: 'Index must be a whole number, like 0' })
    .int({ error: 'Index must be a whole number, like 0' })
    .min(0, { error: 'Index must be 0 or more' }),
});

export const ZStickyNote = z.object({
  id: ZId,
  columnId: ZId,
  text: z.string(),
  position: z.number().int(),
  updatedAt: z.string(),
});
export type StickyNote = z.infer<typeof ZStickyNote>;

export const ZColumn = z.object({
  id: ZId,
  title: z.string(),
  position: z.number().int(),
  notes: z.array(ZStickyNote),
});
export type Column = z.infer<typeof ZColumn>;

export const ZWorkshopSummary = z.object({
  id: ZId,
  strategyId: ZId,
  title: z.string(),
  heldOn: z.string(),
  department: z.string().nullable(),
  orgUnit: z.object({ id: ZId, name: z.string() }).nullable(),
  facilitator: z.string().nullable(),
  attendanceTotal: z.number().int(),
  noteCount: z.number().int(),
  updatedAt: z.string(),
});
export type WorkshopSummary = z.infer<typeof ZWorkshopSummary>;

export const ZWorkshop = ZWorkshopSummary.extend({
  notes: z.string(),
  attendance: z.array(z.object({ staffGroupId: ZId, name: z.string(), count: z.number().int() })),
  columns: z.array(ZColumn),
  createdAt: z.string(),
  can: z.object({ update: z.boolean(), delete: z.boolean() }),
});
export type Workshop = z.infer<typeof ZWorkshop>;

export const ZWorkshopList = z.object({
  workshops: z.array(ZWorkshopSummary),
  can: z.object({ create: z.boolean() }),
});
export type WorkshopList = z.infer<typeof ZWorkshopList>;

export const ZWorkshopOptions = z.object({
  staffGroups: z.array(z.object({ id: ZId, name: z.string() })),
  orgUnits: z.array(z.object({ id: ZId, name: z.string(), kind: z.string() })),
});
export type WorkshopOptions = z.infer<typeof ZWorkshopOptions>;

export const ZBoard = z.object({ columns: z.array(ZColumn) });
export type Board = z.infer<typeof ZBoard>;
