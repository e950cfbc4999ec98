import { z } from 'zod';
import { ZId } from './common.js';
import { CRITICALITIES, INTERFACE_TYPES, LIFECYCLES, TIME_QUADRANTS, ZIntegrationView, ZProjectView, ZSystemView } from './estate.js';

/**
 * Output shapes of the estate API that `estate.ts` does not define yet: the paged register, the
 * assessment overview, register snapshots and the import preview. Added by the estate server
 * module; nothing in `estate.ts` is renamed. Routes live under `/api/v1/orgs/:orgId/…` (the
 * access gate resolves the organisation from `:orgId`, like every other organisation route).
 */

/** What the caller may do with the register; computed from the same policy as the routes. */
export const ZEstateAbilities = z.object({ manage: z.boolean() });

export const ZSystemList = z.object({
  systems: z.array(ZSystemView),
  /** Matching systems across all pages. */
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  can: ZEstateAbilities,
});
export type SystemList = z.infer<typeof ZSystemList>;

export const ZIntegrationList = z.object({ integrations: z.array(ZIntegrationView), can: ZEstateAbilities });
export type IntegrationList = z.infer<typeof ZIntegrationList>;

export const ZIntegrationListQuery = z.object({ system: ZId.optional() });

export const ZEstateMapQuery = z.object({
  division: ZId.optional(),
  criticality: z.enum(CRITICALITIES).optional(),
  lifecycle: z.enum(LIFECYCLES).optional(),
  interfaceType: z.enum(INTERFACE_TYPES).optional(),
});
export type EstateMapQuery = z.infer<typeof ZEstateMapQuery>;

export const ZProjectList = z.object({ projects: z.array(ZProjectView), can: ZEstateAbilities });
export type ProjectList = z.infer<typeof ZProjectList>;

const ZSystemRef = z.object({ id: ZId, name: z.string() });
const ZWarning = z.object({
  kind: z.enum(['critical_end_of_life', 'contract_ended', 'contract_ending_unplanned', 'patient_data_unowned', 'eliminate_unplanned']),
  systemId: ZId,
  systemName: z.string(),
  message: z.string(),
});
const ZBucket = z.object({
  key: z.string(),
  label: z.string(),
  systems: z.array(z.object({ id: ZId, name: z.string(), contractEnd: z.string(), annualCost: z.number().nullable() })),
  annualCost: z.number(),
});

/** Everything the assessment views show, computed by `shared/estate-assessment.ts` from the live register. */
export const ZEstateOverview = z.object({
  today: z.string(),
  totals: z.object({ systems: z.number(), integrations: z.number(), annualCost: z.number(), unrated: z.number() }),
  /** One point per live system with both fits rated. */
  quadrant: z.array(
    z.object({ id: ZId, name: z.string(), technicalFit: z.number(), functionalFit: z.number(), time: z.enum(TIME_QUADRANTS), criticality: z.enum(CRITICALITIES) }),
  ),
  /** Every lifecycle stage in order, empty or not. */
  lifecycle: z.array(z.object({ lifecycle: z.enum(LIFECYCLES), systems: z.array(ZSystemRef.extend({ criticality: z.enum(CRITICALITIES) })) })),
  /** Live systems grouped by capability; "Not recorded" last. `overlap` when 2+ live systems serve it. */
  capabilities: z.array(z.object({ capability: z.string().nullable(), overlap: z.boolean(), systems: z.array(ZSystemRef.extend({ lifecycle: z.enum(LIFECYCLES) })) })),
  contractTimeline: z.object({ from: z.string(), to: z.string(), months: z.array(ZBucket), quarters: z.array(ZBucket), totalAnnualCost: z.number() }),
  warnings: z.array(ZWarning),
  can: ZEstateAbilities,
});
export type EstateOverview = z.infer<typeof ZEstateOverview>;

export const ZCreateSnapshot = z.object({
  label: z
    .string({ error: 'Enter a label for the snapshot' })
    .trim()
    .min(1, { error: 'Enter a label for the snapshot, like "Baseline, March 2027"' })
    .max(200, { error: 'The label must be 200 characters or fewer' }),
});
export const ZSnapshotSummary = z.object({
  id: ZId,
  label: z.string(),
  takenAt: z.string(),
  takenBy: z.string().nullable(),
  systemCount: z.number(),
  integrationCount: z.number(),
});
export const ZSnapshotList = z.object({ snapshots: z.array(ZSnapshotSummary), can: z.object({ create: z.boolean() }) });
export const ZSnapshotView = ZSnapshotSummary.extend({
  content: z.object({ systems: z.array(ZSystemView), integrations: z.array(ZIntegrationView) }),
});
export type SnapshotView = z.infer<typeof ZSnapshotView>;

/** Register fields an import column can fill. */
export const IMPORT_FIELDS = [
  'name',
  'supplier',
  'product',
  'capability',
  'businessOwner',
  'technicalOwner',
  'userCount',
  'hosting',
  'contractStart',
  'contractEnd',
  'annualCost',
  'lifecycle',
  'criticality',
  'holdsPatientData',
  'technicalFit',
  'functionalFit',
  'tags',
  'notes',
  /** Names of divisions and sites, separated by ';' as the export writes them. */
  'units',
  /** The name of the system that will replace this one. */
  'replacedBy',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** What each import target is called, in problems and in the mapping preview. */
export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  name: 'Name',
  supplier: 'Supplier',
  product: 'Product',
  capability: 'Capability',
  businessOwner: 'Business owner',
  technicalOwner: 'Technical owner',
  userCount: 'Users',
  hosting: 'Hosting',
  contractStart: 'Contract start',
  contractEnd: 'Contract end',
  annualCost: 'Annual cost',
  lifecycle: 'Lifecycle',
  criticality: 'Criticality',
  holdsPatientData: 'Holds patient data',
  technicalFit: 'Technical fit',
  functionalFit: 'Functional fit',
  tags: 'Tags',
  notes: 'Notes',
  units: 'Divisions and sites',
  replacedBy: 'Replaced by',
};


/**
 * The multipart form's text fields beside `file`: `mapping` is JSON `{ "<column header>": field }`
 * (omit to accept the suggestion), `mode` says what to do with names already in the register.
 */
export const ZRegisterImportOptions = z.object({
  mapping: z.record(z.string(), z.enum(IMPORT_FIELDS).nullable()).optional(),
  mode: z.enum(['skip_existing', 'update_existing'], { error: 'Choose whether to update existing systems' }).default('skip_existing'),
});
export type RegisterImportOptions = z.infer<typeof ZRegisterImportOptions>;

export const ZImportProblem = z.object({ row: z.number().nullable(), column: z.string().nullable(), message: z.string() });

export const ZRegisterImportPreview = z.object({
  columns: z.array(z.object({ header: z.string(), field: z.enum(IMPORT_FIELDS).nullable(), samples: z.array(z.string()) })),
  rowCount: z.number(),
  /** The first rows as they would be saved. */
  rows: z.array(z.object({ row: z.number(), values: z.record(z.string(), z.unknown()), action: z.enum(['create', 'update', 'duplicate']) })),
  counts: z.object({ create: z.number(), update: z.number(), duplicate: z.number() }),
  problems: z.array(ZImportProblem),
});
export type RegisterImportPreview = z.infer<typeof ZRegisterImportPreview>;

export const ZRegisterImportResult = z.object({ created: z.number(), updated: z.number(), duplicates: z.number() });
