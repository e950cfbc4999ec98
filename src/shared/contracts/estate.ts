import { z } from 'zod';
import { isCalendarDate } from '../calendar-date.js';
import { ZId, ZName, hasControlCharacters } from './common.js';
import { ZNotes } from './interviews.js';

/**
 * The digital estate: the systems register, the integrations between systems, the work already
 * in flight, and a strategy's frozen baseline of the register. See DOMAIN.md "The digital estate".
 *
 * API (all under /api/v1/orgs/:orgId, like every organisation route, unless said otherwise; output shapes
 * not defined here — list, overview, snapshots, import preview — are in estate-views.ts):
 *   GET    /systems?q&capability&lifecycle&criticality&hosting&division&time&tag&retired&sort&direction&page&pageSize
 *   POST   /systems                      GET/PATCH /systems/:systemId      POST /systems/:systemId/retire | /reinstate
 *   GET    /systems/export.csv?retired   POST /systems/import/preview (multipart file + mapping, or JSON with base64 content) → ZRegisterImportPreview
 *   POST   /systems/import (same body, commits all-or-nothing)
 *   GET    /estate/overview               (quadrant, lifecycle board, capability map, contract timeline, warnings)
 *   GET    /integrations?system           POST /integrations      PATCH/DELETE /integrations/:integrationId
 *   GET    /estate/map?division&criticality&lifecycle&interfaceType   → ZEstateMap (nodes + edges)
 *   GET/POST /projects                    GET/PATCH/DELETE /projects/:projectId
 *   GET/POST /api/v1/strategies/:strategyId/register-snapshots   GET …/register-snapshots/:snapshotId
 */

export const HOSTINGS = ['on_premises', 'cloud', 'saas'] as const;
export const LIFECYCLES = ['plan', 'phase_in', 'active', 'phase_out', 'end_of_life'] as const;
export const CRITICALITIES = ['low', 'medium', 'high', 'critical'] as const;
export const INTERFACE_TYPES = ['hl7v2', 'fhir', 'dicom', 'file_transfer', 'api', 'manual_rekeying'] as const;
export const FREQUENCIES = ['real_time', 'hourly', 'daily', 'weekly', 'monthly', 'ad_hoc'] as const;
export const PROJECT_STATUSES = ['proposed', 'in_progress', 'on_hold', 'completed', 'cancelled'] as const;
export const TIME_QUADRANTS = ['tolerate', 'invest', 'migrate', 'eliminate'] as const;

export type Hosting = (typeof HOSTINGS)[number];
export type Lifecycle = (typeof LIFECYCLES)[number];
export type Criticality = (typeof CRITICALITIES)[number];
export type InterfaceType = (typeof INTERFACE_TYPES)[number];
export type Frequency = (typeof FREQUENCIES)[number];
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
export type TimeQuadrant = (typeof TIME_QUADRANTS)[number];

export const HOSTING_LABELS: Record<Hosting, string> = { on_premises: 'On premises', cloud: 'Cloud (hosted)', saas: 'Software as a service' };
export const LIFECYCLE_LABELS: Record<Lifecycle, string> = {
  plan: 'Plan',
  phase_in: 'Phase in',
  active: 'Active',
  phase_out: 'Phase out',
  end_of_life: 'End of life',
};
export const CRITICALITY_LABELS: Record<Criticality, string> = { low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' };
export const INTERFACE_TYPE_LABELS: Record<InterfaceType, string> = {
  hl7v2: 'HL7 v2',
  fhir: 'FHIR',
  dicom: 'DICOM',
  file_transfer: 'File transfer',
  api: 'API',
  manual_rekeying: 'Manual re-keying',
};
export const FREQUENCY_LABELS: Record<Frequency, string> = {
  real_time: 'Real time',
  hourly: 'Hourly',
  daily: 'Daily',
  weekly: 'Weekly',
  monthly: 'Monthly',
  ad_hoc: 'Ad hoc',
};
export const PROJECT_STATUS_LABELS: Record<ProjectStatus, string> = {
  proposed: 'Proposed',
  in_progress: 'In progress',
  on_hold: 'On hold',
  completed: 'Completed',
  cancelled: 'Cancelled',
};
export const TIME_LABELS: Record<TimeQuadrant, string> = { tolerate: 'Tolerate', invest: 'Invest', migrate: 'Migrate', eliminate: 'Eliminate' };

/** Written descriptors for the 1–4 fit scales, shown beside every fit input. */
export const TECHNICAL_FIT_DESCRIPTORS: Record<1 | 2 | 3 | 4, string> = {
  1: 'Unsupported or failing: out of support, insecure or unreliable, hard to integrate',
  2: 'Weak: ageing technology, frequent incidents or costly to keep running',
  3: 'Sound: supported and reliable, with some limits in integration or scale',
  4: 'Strong: modern, supported, secure, integrates through standards',
};
export const FUNCTIONAL_FIT_DESCRIPTORS: Record<1 | 2 | 3 | 4, string> = {
  1: 'Does not meet the need: staff work around it',
  2: 'Meets some needs, with gaps that slow care or add double entry',
  3: 'Meets most needs, with minor gaps',
  4: 'Meets the need well and supports how care is given',
};

export const MAX_TAGS = 20;
export const MAX_IMPORT_ROWS = 5_000;

const oneLine = (what: string, max: number) =>
  z
    .string({ error: `${what} must be text` })
    .trim()
    .max(max, { error: `${what} must be ${max} characters or fewer` })
    .refine((v) => !hasControlCharacters(v), { error: `${what} must be on one line, without tabs` })
    .nullish()
    .transform((v) => (v ? v : null));

const optionalDate = (what: string) =>
  z
    .string({ error: `${what} must be a date` })
    .trim()
    .nullish()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || isCalendarDate(v), { error: `${what} must be a real date, like 2027-03-31` });

const fit = (what: string) =>
  z
    .number({ error: `${what} must be a number from 1 to 4` })
    .int({ error: `${what} must be a whole number from 1 to 4` })
    .min(1, { error: `${what} must be from 1 to 4` })
    .max(4, { error: `${what} must be from 1 to 4` })
    .nullish()
    .transform((v) => v ?? null);

const wholeNumber = (what: string, max: number) =>
  z
    .number({ error: `${what} must be a number` })
    .int({ error: `${what} must be a whole number` })
    .min(0, { error: `${what} must be 0 or more` })
    .max(max, { error: `${what} must be ${max.toLocaleString('en-GB')} or less` })
    .nullish()
    .transform((v) => v ?? null);

export const ZTag = z
  .string()
  .trim()
  .min(1, { error: 'Tags cannot be empty' })
  .max(40, { error: 'Each tag must be 40 characters or fewer' })
  .refine((v) => !hasControlCharacters(v) && !v.includes(','), { error: 'Tags cannot contain commas or line breaks' });

const ZTagList = z.array(ZTag).max(MAX_TAGS, { error: `A system can have at most ${MAX_TAGS} tags` });

const systemFields = {
  name: ZName('the name of the system', 200).refine((v) => !hasControlCharacters(v), { error: 'Name must be on one line, without tabs' }),
  supplier: oneLine('Supplier', 200),
  product: oneLine('Product', 200),
  capability: oneLine('Capability', 120),
  businessOwner: oneLine('Business owner', 200),
  technicalOwner: oneLine('Technical owner', 200),
  userCount: wholeNumber('Number of users', 1_000_000),
  hosting: z.enum(HOSTINGS, { error: 'Choose on premises, cloud or software as a service' }).nullish().transform((v) => v ?? null),
  contractStart: optionalDate('Contract start'),
  contractEnd: optionalDate('Contract end'),
  annualCost: wholeNumber('Annual cost', 1_000_000_000),
  lifecycle: z.enum(LIFECYCLES, { error: 'Choose a lifecycle stage' }),
  criticality: z.enum(CRITICALITIES, { error: 'Choose a business criticality' }),
  holdsPatientData: z.boolean({ error: 'Say whether it holds patient-identifiable data' }),
  technicalFit: fit('Technical fit'),
  functionalFit: fit('Functional fit'),
  replacedById: ZId.nullish().transform((v) => v ?? null),
  /** Divisions and sites (org unit ids) that use it. */
  unitIds: z.array(ZId).max(500).default([]),
  tags: ZTagList.default([]).transform((tags) => [...new Set(tags)]),
  notes: ZNotes.optional(),
};

const contractOrder = (v: { contractStart?: string | null; contractEnd?: string | null }) =>
  !v.contractStart || !v.contractEnd || v.contractEnd >= v.contractStart;
const contractOrderIssue = { error: 'Contract end must be on or after contract start', path: ['contractEnd'] };

export const ZCreateSystem = z.object(systemFields).refine(contractOrder, contractOrderIssue);
export type CreateSystem = z.infer<typeof ZCreateSystem>;
/*
 * Without the defaults of unitIds and tags: in zod 4 a default inside `.partial()` still applies, so
 * a PATCH that did not mention them would have cleared the system's divisions and tags.
 */
export const ZUpdateSystem = z
  .object({ ...systemFields, unitIds: z.array(ZId).max(500), tags: ZTagList.transform((tags) => [...new Set(tags)]) })
  .partial()
  .refine(contractOrder, contractOrderIssue);
export type UpdateSystem = z.infer<typeof ZUpdateSystem>;

export const ZSystemView = z.object({
  id: ZId,
  name: z.string(),
  supplier: z.string().nullable(),
  product: z.string().nullable(),
  capability: z.string().nullable(),
  businessOwner: z.string().nullable(),
  technicalOwner: z.string().nullable(),
  userCount: z.number().nullable(),
  hosting: z.enum(HOSTINGS).nullable(),
  contractStart: z.string().nullable(),
  contractEnd: z.string().nullable(),
  annualCost: z.number().nullable(),
  lifecycle: z.enum(LIFECYCLES),
  criticality: z.enum(CRITICALITIES),
  holdsPatientData: z.boolean(),
  technicalFit: z.number().nullable(),
  functionalFit: z.number().nullable(),
  /** Computed from the two fits; null until both are rated. */
  time: z.enum(TIME_QUADRANTS).nullable(),
  replacedBy: z.object({ id: ZId, name: z.string() }).nullable(),
  units: z.array(z.object({ id: ZId, name: z.string(), kind: z.enum(['division', 'department', 'site']) })),
  tags: z.array(z.string()),
  notes: z.string(),
  retiredAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type SystemView = z.infer<typeof ZSystemView>;

export const SYSTEM_SORTS = ['name', 'capability', 'lifecycle', 'criticality', 'contractEnd', 'annualCost', 'userCount', 'time'] as const;
export const ZSystemListQuery = z.object({
  q: z.string().trim().max(200).optional(),
  capability: z.string().trim().max(120).optional(),
  lifecycle: z.enum(LIFECYCLES).optional(),
  criticality: z.enum(CRITICALITIES).optional(),
  hosting: z.enum(HOSTINGS).optional(),
  division: ZId.optional(),
  time: z.enum(TIME_QUADRANTS).optional(),
  tag: z.string().trim().max(40).optional(),
  retired: z.enum(['exclude', 'include', 'only']).default('exclude'),
  sort: z.enum(SYSTEM_SORTS).default('name'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type SystemListQuery = z.infer<typeof ZSystemListQuery>;

const integrationFields = {
  sourceSystemId: ZId,
  targetSystemId: ZId,
  interfaceType: z.enum(INTERFACE_TYPES, { error: 'Choose an interface type' }),
  frequency: z.enum(FREQUENCIES, { error: 'Choose how often data moves' }).nullish().transform((v) => v ?? null),
  notes: ZNotes.optional(),
};
export const SELF_INTEGRATION = 'A system cannot integrate with itself: choose two different systems';
const differentEnds = (v: { sourceSystemId?: string; targetSystemId?: string }) =>
  v.sourceSystemId === undefined || v.targetSystemId === undefined || v.sourceSystemId !== v.targetSystemId;

export const ZIntegrationInput = z.object(integrationFields).refine(differentEnds, { error: SELF_INTEGRATION, path: ['targetSystemId'] });
export type IntegrationInput = z.infer<typeof ZIntegrationInput>;
/** A PATCH changes only the fields it names; the ends are checked again against the stored ones. */
export const ZUpdateIntegration = z.object(integrationFields).partial().refine(differentEnds, { error: SELF_INTEGRATION, path: ['targetSystemId'] });
export type UpdateIntegration = z.infer<typeof ZUpdateIntegration>;

export const ZIntegrationView = z.object({
  id: ZId,
  source: z.object({ id: ZId, name: z.string() }),
  target: z.object({ id: ZId, name: z.string() }),
  interfaceType: z.enum(INTERFACE_TYPES),
  frequency: z.enum(FREQUENCIES).nullable(),
  notes: z.string(),
});
export type IntegrationView = z.infer<typeof ZIntegrationView>;

/** The map's data: compact on purpose (thousands of nodes and edges go to the browser at once). */
export const ZEstateMap = z.object({
  nodes: z.array(
    z.object({
      id: ZId,
      name: z.string(),
      capability: z.string().nullable(),
      lifecycle: z.enum(LIFECYCLES),
      criticality: z.enum(CRITICALITIES),
      divisionIds: z.array(ZId),
    }),
  ),
  edges: z.array(z.object({ id: ZId, source: ZId, target: ZId, interfaceType: z.enum(INTERFACE_TYPES), frequency: z.enum(FREQUENCIES).nullable() })),
});
export type EstateMap = z.infer<typeof ZEstateMap>;

const projectFields = {
  name: ZName('the name of the project', 200),
  sponsor: oneLine('Sponsor', 200),
  status: z.enum(PROJECT_STATUSES, { error: 'Choose a status' }),
  startOn: optionalDate('Start date'),
  endOn: optionalDate('End date'),
  notes: ZNotes.optional(),
};
export const PROJECT_DATE_ORDER = 'End date must be on or after the start date';
const datesInOrder = (v: { startOn?: string | null; endOn?: string | null }) => !v.startOn || !v.endOn || v.endOn >= v.startOn;

export const ZProjectInput = z
  .object({ ...projectFields, systemIds: z.array(ZId).max(500).default([]) })
  .refine(datesInOrder, { error: PROJECT_DATE_ORDER, path: ['endOn'] });
export type ProjectInput = z.infer<typeof ZProjectInput>;
/** A PATCH changes only the fields it names (no default for systemIds, which would clear them). */
export const ZUpdateProject = z
  .object({ ...projectFields, systemIds: z.array(ZId).max(500) })
  .partial()
  .refine(datesInOrder, { error: PROJECT_DATE_ORDER, path: ['endOn'] });
export type UpdateProject = z.infer<typeof ZUpdateProject>;

export const ZProjectView = z.object({
  id: ZId,
  name: z.string(),
  sponsor: z.string().nullable(),
  status: z.enum(PROJECT_STATUSES),
  startOn: z.string().nullable(),
  endOn: z.string().nullable(),
  systems: z.array(z.object({ id: ZId, name: z.string() })),
  notes: z.string(),
  updatedAt: z.string(),
});
export type ProjectView = z.infer<typeof ZProjectView>;
