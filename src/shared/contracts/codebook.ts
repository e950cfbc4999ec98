import { z } from 'zod';
import { ZId } from './common.js';
import { EVIDENCE_SOURCE_KEYS, ZEvidenceFilter } from './evidence.js';

export const ZColour = z
  .string()
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, { error: 'must be a colour written as # and six hex digits, such as #005eb8' })
  .transform((v) => v.toLowerCase());

const ZTagName = z.string().trim().min(1, { error: 'Enter a name for the tag' }).max(80, { error: 'must be 80 characters or fewer' });
const ZDescription = z.string().trim().max(500, { error: 'must be 500 characters or fewer' });

export const ZCreateTag = z.object({
  name: ZTagName,
  description: ZDescription.optional(),
  colour: ZColour.optional(),
  parentId: ZId.nullable().optional(),
});
export type CreateTag = z.infer<typeof ZCreateTag>;

export const ZUpdateTag = z.object({
  name: ZTagName.optional(),
  description: ZDescription.optional(),
  colour: ZColour.optional(),
  parentId: ZId.nullable().optional(),
});
export type UpdateTag = z.infer<typeof ZUpdateTag>;

export const ZTagParams = z.object({ tagId: ZId });
export const ZEvidenceTagParams = z.object({ evidenceId: ZId, tagId: ZId });
export const ZApplyOne = z.object({ tagId: ZId });
export const ZMergeTag = z.object({ intoTagId: ZId });
export const ZBulkTag = z.object({ filter: ZEvidenceFilter.default({}) });

/** A count about people: null when it is hidden to protect a small group. */
export const ZGroupCount = z.object({
  staffGroupId: z.string().nullable(),
  staffGroup: z.string(),
  count: z.number().int().nullable(),
  hidden: z.enum(['small', 'complementary']).nullable(),
});

export const ZTag = z.object({
  id: ZId,
  name: z.string(),
  description: z.string(),
  colour: z.string(),
  /** The text colour that reaches 4.5:1 on the tag's colour. */
  textColour: z.enum(['#ffffff', '#000000']),
  parentId: ZId.nullable(),
  deleted: z.boolean(),
  count: z.number().int(),
  bySource: z.record(z.enum(EVIDENCE_SOURCE_KEYS), z.number().int()),
  /** People who said it, by staff group (survey answers only), through the suppression function. */
  byStaffGroup: z.array(ZGroupCount),
});
export type Tag = z.infer<typeof ZTag>;

export const ZTagList = z.object({
  tags: z.array(ZTag),
  threshold: z.number().int(),
  can: z.object({ change: z.boolean() }),
});
export type TagList = z.infer<typeof ZTagList>;

export const ZBulkResult = z.object({ matched: z.number().int(), changed: z.number().int() });
export const ZMergeResult = z.object({ moved: z.number().int(), collapsed: z.number().int() });
export const ZAppliedTag = z.object({
  tagId: ZId,
  name: z.string(),
  colour: z.string(),
  appliedBy: z.string().nullable(),
  appliedAt: z.string(),
});
export const ZAppliedTags = z.object({ tags: z.array(ZAppliedTag) });
