import { z } from 'zod';
import type { StrategyDocument } from '../strategy-document.js';
import type { DiffPart } from '../text/word-diff.js';
import { ZId, ZOneLine } from './common.js';

export const DOCUMENT_TITLE_MAX = 200;
export const DOCUMENT_MARKDOWN_MAX = 20_000;
export const CHANGE_NOTE_MAX = 2_000;
export const OUTPUT_KINDS = ['pdf', 'docx', 'poster-a4', 'poster-a3'] as const;
export type OutputKind = (typeof OUTPUT_KINDS)[number];
export const OUTPUT_LABELS: Record<OutputKind, string> = {
  pdf: 'PDF (tagged for screen readers)',
  docx: 'Word document',
  'poster-a4': 'Strategy on a page, A4 PDF',
  'poster-a3': 'Strategy on a page, A3 PDF',
};

const ZMarkdown = (what: string) =>
  z
    .string({ error: `${what} must be text` })
    .max(DOCUMENT_MARKDOWN_MAX, { error: `${what} must be ${DOCUMENT_MARKDOWN_MAX.toLocaleString('en-GB')} characters or fewer` })
    .refine((v) => !v.includes('\u0000'), { error: `${what} contains a character that cannot be stored (NUL): remove it` });

export const ZDocumentVersionParams = z.object({ documentVersionId: ZId });
export const ZFreeSectionParams = z.object({ strategyId: ZId, sectionId: ZId });
export const ZCompareParams = z.object({ documentVersionId: ZId, otherId: z.union([ZId, z.literal('draft')]) });
export const ZOutputParams = z.object({ documentVersionId: ZId, kind: z.enum(OUTPUT_KINDS, { error: 'Choose pdf, docx, poster-a4 or poster-a3' }) });

export const ZLayoutEntry = z.object({ key: z.string().max(60), hidden: z.boolean() });
export const ZUpdateDocument = z.object({
  title: ZOneLine('a title for the document', DOCUMENT_TITLE_MAX).optional(),
  foreword: ZMarkdown('The foreword').optional(),
  governance: ZMarkdown('The governance text').optional(),
  layout: z.array(ZLayoutEntry).max(60, { error: 'A document has 60 sections or fewer' }).optional(),
  heardIsPublic: z.boolean().optional(),
});
export type UpdateDocument = z.infer<typeof ZUpdateDocument>;

export const ZFreeSectionInput = z.object({
  title: ZOneLine('a title for the section', DOCUMENT_TITLE_MAX),
  body: ZMarkdown('The section'),
});
export type FreeSectionInput = z.infer<typeof ZFreeSectionInput>;

export const ZFreezeVersion = z.object({
  changeNote: z
    .string()
    .trim()
    .max(CHANGE_NOTE_MAX, { error: `The note must be ${CHANGE_NOTE_MAX.toLocaleString('en-GB')} characters or fewer` })
    .refine((v) => !v.includes('\u0000'), { error: 'The note contains a character that cannot be stored (NUL): remove it' })
    .default(''),
});
export type FreezeVersion = z.infer<typeof ZFreezeVersion>;

/** The composed tree is built by the server from checked parts; the contract carries it as it is. */
export const ZStrategyDocumentTree = z.custom<StrategyDocument>((v) => typeof v === 'object' && v !== null);

export const VERSION_STATES = ['frozen', 'published', 'superseded'] as const;
export type VersionState = (typeof VERSION_STATES)[number];
export const VERSION_STATE_LABELS: Record<VersionState, string> = { frozen: 'Frozen', published: 'Published', superseded: 'Superseded' };

export const ZOutputSummary = z.object({ kind: z.enum(OUTPUT_KINDS), label: z.string(), size: z.number().int(), sha256: z.string() });
export const ZVersionSummary = z.object({
  id: ZId,
  number: z.number().int(),
  state: z.enum(VERSION_STATES),
  changeNote: z.string(),
  frozenAt: z.string(),
  frozenBy: z.string(),
});
export type VersionSummary = z.infer<typeof ZVersionSummary>;

export const ZDocumentPage = z.object({
  strategyId: ZId,
  settings: z.object({ title: z.string(), foreword: z.string(), governance: z.string(), heardIsPublic: z.boolean() }),
  /** The sections in order, hidden ones too, with the free sections' Markdown for editing. */
  layout: z.array(z.object({ key: z.string(), title: z.string(), source: z.enum(['model', 'free']), hidden: z.boolean(), freeId: ZId.nullable(), body: z.string() })),
  /**
   * The live draft as it would be frozen now (hidden sections left out): for the team only, since
   * it is composed from work leaders may not see yet (an unshared playback). Leaders read versions.
   */
  draft: ZStrategyDocumentTree.nullable(),
  versions: z.array(ZVersionSummary),
  can: z.object({ edit: z.boolean() }),
});
export type DocumentPage = z.infer<typeof ZDocumentPage>;

export const ZVersionDetail = ZVersionSummary.extend({
  strategyId: ZId,
  /** Where the public reads it, once published (the strategy's address, or its own for a superseded one). */
  publicAddress: z.string().nullable(),
  /** Whether the team may publish it now: signed off by every approver, and not the current published version. */
  canPublish: z.boolean(),
  document: ZStrategyDocumentTree,
  outputs: z.array(ZOutputSummary),
});
export type VersionDetail = z.infer<typeof ZVersionDetail>;

export const SECTION_CHANGES = ['added', 'removed', 'changed', 'unchanged'] as const;
export const ZSectionComparison = z.object({
  key: z.string(),
  title: z.string(),
  change: z.enum(SECTION_CHANGES),
  lines: z.custom<DiffPart[]>((v) => Array.isArray(v)),
});
export const ZVersionComparison = z.object({
  from: z.object({ id: ZId, number: z.number().int() }),
  to: z.object({ id: ZId.nullable(), number: z.number().int().nullable() }),
  sections: z.array(ZSectionComparison),
});
export type VersionComparison = z.infer<typeof ZVersionComparison>;
