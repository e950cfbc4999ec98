import { z } from 'zod';
import { parseMonthInput, monthLabel } from '../roadmap-months.js';
import { ZId, ZOneLine } from './common.js';

export const INITIATIVE_STATUSES = ['proposed', 'planned', 'in_progress', 'done', 'paused', 'stopped'] as const;
export const HORIZONS = ['now', 'next', 'later'] as const;
export const SYSTEM_CHANGES = ['introduce', 'improve', 'integrate', 'replace', 'retire'] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];
export type Horizon = (typeof HORIZONS)[number];
export type SystemChange = (typeof SYSTEM_CHANGES)[number];

export const STATUS_LABELS: Record<InitiativeStatus, string> = {
  proposed: 'Proposed', planned: 'Planned', in_progress: 'In progress', done: 'Done', paused: 'Paused', stopped: 'Stopped',
};
export const HORIZON_LABELS: Record<Horizon, string> = { now: 'Now', next: 'Next', later: 'Later' };
export const CHANGE_LABELS: Record<SystemChange, string> = {
  introduce: 'Introduce', improve: 'Improve (invest in)', integrate: 'Integrate', replace: 'Replace', retire: 'Retire',
};

export const ZProgrammeParams = z.object({ programmeId: ZId });
export const ZInitiativeParams = z.object({ initiativeId: ZId });
export const ZDependencyParams = z.object({ initiativeId: ZId, dependsOnId: ZId });

const ZLongText = (what: string, max: number) =>
  z
    .string({ error: `Enter ${what} as text` })
    .trim()
    .max(max, { error: `${what[0]!.toUpperCase()}${what.slice(1)} must be ${max.toLocaleString('en-GB')} characters or fewer` })
    .refine((v) => !v.includes('\u0000'), { error: `${what[0]!.toUpperCase()}${what.slice(1)} contains a character that cannot be stored (NUL): remove it` });

export const ZSaveProgramme = z.object({
  priorityId: ZId.describe('The priority theme the programme delivers'),
  name: ZOneLine('the programme name', 200),
  summary: ZLongText('the summary', 5_000).optional().default(''),
});
export type SaveProgramme = z.input<typeof ZSaveProgramme>;

/** A month like "2027-04" or a quarter like "2027-Q2"; a quarter starts on its first month and ends on its last. */
const ZMonthInput = (what: 'start' | 'end') =>
  z
    .string({ error: `Enter the ${what} month` })
    .trim()
    .min(1, { error: `Enter the ${what} month` })
    .transform((value, ctx) => {
      const month = parseMonthInput(value, what);
      if (!month) {
        ctx.addIssue({ code: 'custom', message: `Enter the ${what} as a month like 2027-04 or a quarter like 2027-Q2` });
        return z.NEVER;
      }
      return month;
    });

export const ZInitiativeSystem = z.object({
  systemId: ZId,
  change: z.enum(SYSTEM_CHANGES, { error: 'Choose what the initiative does to the system: introduce, improve, integrate, replace or retire' }),
  replacedBySystemId: ZId.nullable().optional(),
});
export type InitiativeSystemInput = z.infer<typeof ZInitiativeSystem>;

export const ZSaveInitiative = z
  .object({
    programmeId: ZId,
    title: ZOneLine('the initiative title', 200),
    summary: ZLongText('the summary', 5_000).optional().default(''),
    owner: ZLongText('the owner', 200).optional().default(''),
    start: ZMonthInput('start'),
    end: ZMonthInput('end'),
    status: z.enum(INITIATIVE_STATUSES, { error: 'Choose a status: proposed, planned, in progress, done, paused or stopped' }).optional().default('planned'),
    horizon: z.enum(HORIZONS, { error: 'Choose now, next or later' }).optional().default('next'),
    estimatedCost: z
      .number({ error: 'Enter the estimated cost in whole pounds, like 250000' })
      .int({ error: 'Enter the estimated cost in whole pounds, without pence' })
      .min(0, { error: 'The estimated cost cannot be negative' })
      .max(10_000_000_000, { error: 'The estimated cost must be £10 billion or less' })
      .nullable()
      .optional()
      .default(null),
    benefit: ZLongText('the benefit', 2_000).optional().default(''),
    systems: z.array(ZInitiativeSystem).max(50, { error: 'Link 50 systems or fewer' }).optional().default([]),
    projectIds: z.array(ZId).max(50, { error: 'Link 50 projects or fewer' }).optional().default([]),
    insightIds: z.array(ZId).max(100, { error: 'Link 100 insights or fewer' }).optional().default([]),
  })
  .superRefine((value, ctx) => {
    if (value.end < value.start) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: `The initiative ends (${monthLabel(value.end)}) before it starts (${monthLabel(value.start)})` });
    }
  });
export type SaveInitiative = z.input<typeof ZSaveInitiative>;
export type SavedInitiative = z.output<typeof ZSaveInitiative>;

export const ZAddDependency = z.object({ dependsOnId: ZId });
export const ZMoveInitiative = z.object({
  horizon: z.enum(HORIZONS, { error: 'Choose now, next or later' }),
  position: z.number({ error: 'Give the position as a number' }).int().min(0, { error: 'The position cannot be negative' }),
});
export const ZRoadmapImport = z.object({
  csv: z.string({ error: 'Choose a CSV file to import' }).min(1, { error: 'Choose a CSV file to import' }).max(5_000_000, { error: 'The file must be 5 MB or smaller' }),
});

export const ZFlag = z.object({ kind: z.enum(['schedule', 'time']), message: z.string() });
export type Flag = z.infer<typeof ZFlag>;

export const ZRoadmapInitiative = z.object({
  id: ZId,
  programmeId: ZId,
  title: z.string(),
  owner: z.string(),
  status: z.enum(INITIATIVE_STATUSES),
  horizon: z.enum(HORIZONS),
  position: z.number().int(),
  /** "2027-04": what a month input and the CSV use. */
  start: z.string(),
  end: z.string(),
  startLabel: z.string(),
  endLabel: z.string(),
  months: z.number().int(),
  estimatedCost: z.number().nullable(),
  benefit: z.string(),
  dependsOn: z.array(ZId),
  flags: z.array(ZFlag),
  critical: z.boolean(),
});
export type RoadmapInitiative = z.infer<typeof ZRoadmapInitiative>;

export const ZRoadmapProgramme = z.object({ id: ZId, name: z.string(), summary: z.string(), priorityId: ZId, priorityTitle: z.string(), position: z.number().int() });
export type RoadmapProgramme = z.infer<typeof ZRoadmapProgramme>;

export const ZRoadmap = z.object({
  strategy: z.object({ id: ZId, name: z.string(), startYear: z.number().int(), endYear: z.number().int() }),
  today: z.string(),
  todayLabel: z.string(),
  priorities: z.array(z.object({ id: ZId, title: z.string() })),
  programmes: z.array(ZRoadmapProgramme),
  initiatives: z.array(ZRoadmapInitiative),
  dependencies: z.array(z.object({ initiativeId: ZId, dependsOnId: ZId })),
  criticalPath: z.object({ chain: z.array(ZId), months: z.number().int() }),
  can: z.object({ edit: z.boolean() }),
});
export type Roadmap = z.infer<typeof ZRoadmap>;

const ZLinkedInitiative = z.object({ id: ZId, title: z.string(), startLabel: z.string(), endLabel: z.string() });
export const ZInitiativeDetail = ZRoadmapInitiative.extend({
  strategyId: ZId,
  summary: z.string(),
  programme: z.object({ id: ZId, name: z.string() }),
  dependsOnItems: z.array(ZLinkedInitiative),
  dependedOnBy: z.array(ZLinkedInitiative),
  systems: z.array(z.object({
    systemId: ZId,
    name: z.string(),
    change: z.enum(SYSTEM_CHANGES),
    replacedBy: z.object({ id: ZId, name: z.string() }).nullable(),
    time: z.enum(['invest', 'tolerate', 'migrate', 'eliminate']).nullable(),
    warning: z.string().nullable(),
  })),
  projects: z.array(z.object({ id: ZId, name: z.string() })),
  insights: z.array(z.object({ id: ZId, statement: z.string() })),
  can: z.object({ edit: z.boolean() }),
});
export type InitiativeDetail = z.infer<typeof ZInitiativeDetail>;

/** What the initiative form offers to link: the register's systems, projects in flight, the strategy's insights. */
export const ZRoadmapOptions = z.object({
  systems: z.array(z.object({ id: ZId, name: z.string(), time: z.enum(['invest', 'tolerate', 'migrate', 'eliminate']).nullable() })),
  projects: z.array(z.object({ id: ZId, name: z.string() })),
  insights: z.array(z.object({ id: ZId, statement: z.string() })),
});
export type RoadmapOptions = z.infer<typeof ZRoadmapOptions>;

export const ZSavedInitiativeResponse = z.object({ id: ZId, warnings: z.array(z.string()) });
export const ZImportResult = z.object({ programmes: z.number().int(), initiatives: z.number().int(), dependencies: z.number().int() });
