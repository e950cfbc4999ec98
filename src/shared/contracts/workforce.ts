import { z } from 'zod';
import { ZId, ZName, hasControlCharacters } from './common.js';

/**
 * The organisation's shape and headcounts: the denominators that tell the strategy team
 * who has and has not been heard.
 */

/** The staff groups of the NHS Electronic Staff Record, in ESR's own spelling and order. */
export const ESR_STAFF_GROUPS = [
  'Add Prof Scientific and Technic',
  'Additional Clinical Services',
  'Administrative and Clerical',
  'Allied Health Professionals',
  'Estates and Ancillary',
  'Healthcare Scientists',
  'Medical and Dental',
  'Nursing and Midwifery Registered',
  'Students',
] as const;

export const UNIT_KINDS = ['division', 'department', 'site'] as const;
export const ZUnitKind = z.enum(UNIT_KINDS, { error: 'Kind must be one of division, department or site' });
export type UnitKind = z.infer<typeof ZUnitKind>;
export const UNIT_KIND_LABELS: Record<UnitKind, string> = { division: 'division', department: 'department', site: 'site' };

/** The most people one cell may hold: larger than any NHS organisation, small enough to catch typing slips. */
export const MAX_HEADCOUNT = 200_000;

export const ZHeadcountValue = z
  .number({ error: 'Headcount must be a whole number, like 12' })
  .int({ error: 'Headcount must be a whole number, like 12' })
  .min(0, { error: 'Headcount must be 0 or more' })
  .max(MAX_HEADCOUNT, { error: `Headcount must be ${MAX_HEADCOUNT.toLocaleString('en-GB')} or fewer` });

// Tabs, line breaks and other control characters: invisible in a table, and PostgreSQL refuses some.
export { hasControlCharacters };

/** The longest name of a division, department, site or staff group. */
export const MAX_NAME_LENGTH = 120;

const ZWorkforceName = (what: string) =>
  ZName(what, MAX_NAME_LENGTH).refine((name) => !hasControlCharacters(name), {
    error: 'Name must not contain tabs, line breaks or other control characters',
  });

// --- Organisation units ------------------------------------------------------------------

export const ZCreateOrgUnit = z
  .object({
    kind: ZUnitKind,
    name: ZWorkforceName('a name'),
    /** A department's division; nothing for divisions and sites. */
    parentId: ZId.nullish(),
  })
  .refine((v) => v.kind !== 'department' || !!v.parentId, {
    error: 'Choose the division this department belongs to',
    path: ['parentId'],
  })
  .refine((v) => v.kind === 'department' || !v.parentId, {
    error: 'Only a department belongs to a division; leave the division empty for a division or a site',
    path: ['parentId'],
  });
export type CreateOrgUnit = z.infer<typeof ZCreateOrgUnit>;

export const ZUpdateOrgUnit = z.object({
  name: ZWorkforceName('a name').optional(),
  /** Moves a department to another division. */
  parentId: ZId.optional(),
});

export const ZDeleteQuery = z.object({
  force: z.enum(['true', 'false'], { error: 'Force must be true or false' }).optional(),
});

export const ZOrgUnit = z.object({
  id: ZId,
  kind: ZUnitKind,
  name: z.string(),
  parentId: ZId.nullable(),
});
export type OrgUnit = z.infer<typeof ZOrgUnit>;

export const ZDivision = ZOrgUnit.extend({ departments: z.array(ZOrgUnit) });
export type Division = z.infer<typeof ZDivision>;

// --- Staff groups ------------------------------------------------------------------------

export const ZCreateStaffGroup = z.object({ name: ZWorkforceName('a name for the staff group') });
export const ZRenameStaffGroup = z.object({ name: ZWorkforceName('a name for the staff group') });
export const ZReorderStaffGroups = z.object({
  staffGroupIds: z.array(ZId, { error: 'List the staff groups in their new order' }).max(200),
});

export const ZStaffGroup = z.object({ id: ZId, name: z.string(), position: z.number().int() });
export type StaffGroup = z.infer<typeof ZStaffGroup>;

// --- Headcounts ----------------------------------------------------------------------------

export const ZHeadcountCell = z.object({
  divisionId: ZId,
  staffGroupId: ZId,
  /** Nothing for a figure that covers the whole division. */
  siteId: ZId.nullable(),
  headcount: z.number().int(),
});
export type HeadcountCell = z.infer<typeof ZHeadcountCell>;

export const ZSetHeadcounts = z.object({
  cells: z
    .array(
      z.object({
        divisionId: ZId,
        staffGroupId: ZId,
        siteId: ZId.nullish(),
        /** Blank (null) removes the figure. */
        headcount: ZHeadcountValue.nullable(),
      }),
      { error: 'Send the headcounts as a list of cells' },
    )
    .max(20_000, { error: 'Send at most 20,000 cells at a time' }),
});
export type SetHeadcounts = z.infer<typeof ZSetHeadcounts>;

const ZTotals = z.record(z.string(), z.number().int());

export const ZWorkforce = z.object({
  divisions: z.array(ZDivision),
  sites: z.array(ZOrgUnit),
  staffGroups: z.array(ZStaffGroup),
  headcounts: z.object({
    cells: z.array(ZHeadcountCell),
    totals: z.object({
      /** Division id → people in it, across staff groups and sites. */
      byDivision: ZTotals,
      byStaffGroup: ZTotals,
      /** Site id → people counted at that site (figures for a whole division count at no site). */
      bySite: ZTotals,
      overall: z.number().int(),
    }),
  }),
  can: z.object({ manage: z.boolean() }),
});
export type Workforce = z.infer<typeof ZWorkforce>;

// --- Importing headcounts from CSV ------------------------------------------------------------

/** About 1 MB of text: tens of thousands of rows, far more than any trust's grid. */
export const MAX_CSV_CHARACTERS = 1_000_000;

export const ZHeadcountImport = z.object({
  csv: z
    .string({ error: 'Choose a CSV file to import' })
    .max(MAX_CSV_CHARACTERS, { error: 'The file is larger than 1 MB. Split it into smaller files and import each.' }),
});

export const IMPORT_COLUMNS = ['division', 'staffGroup', 'site', 'headcount'] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
export const IMPORT_COLUMN_LABELS: Record<ImportColumn, string> = {
  division: 'division',
  staffGroup: 'staff group',
  site: 'site',
  headcount: 'headcount',
};

export const ZImportProblem = z.object({
  /** The row in the file as a spreadsheet numbers it (the header is row 1); null for the file as a whole. */
  row: z.number().int().nullable(),
  column: z.enum(IMPORT_COLUMNS).nullable(),
  message: z.string(),
});
export type ImportProblem = z.infer<typeof ZImportProblem>;

export const ZImportRowOutcome = z.enum(['create', 'update', 'unchanged']);

export const ZImportRow = z.object({
  row: z.number().int(),
  division: z.string(),
  staffGroup: z.string(),
  site: z.string().nullable(),
  headcount: z.number().int().nullable(),
  /** What importing does to this cell; null while the row has a problem. */
  outcome: ZImportRowOutcome.nullable(),
  /** The figure held now, for updates. */
  before: z.number().int().nullable(),
});
export type ImportRow = z.infer<typeof ZImportRow>;

export const ZImportPreview = z.object({
  delimiter: z.enum([',', ';', '\t', '|']),
  ignoredColumns: z.array(z.string()),
  rows: z.array(ZImportRow),
  problems: z.array(ZImportProblem),
  newDivisions: z.array(z.string()),
  newSites: z.array(z.string()),
  /** Figures held now that the file replaces (a whole-division figure replaced by figures per site, or the reverse). */
  removed: z.array(z.object({ division: z.string(), staffGroup: z.string(), site: z.string().nullable(), headcount: z.number().int() })),
  summary: z.object({
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    removed: z.number().int(),
    totalHeadcount: z.number().int(),
  }),
});
export type ImportPreview = z.infer<typeof ZImportPreview>;

export const ZImportResult = z.object({
  summary: ZImportPreview.shape.summary,
  newDivisions: z.array(z.string()),
  newSites: z.array(z.string()),
});
export type ImportResult = z.infer<typeof ZImportResult>;
