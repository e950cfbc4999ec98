import { z } from 'zod';
import { ZId } from './common.js';

export const MISSION_MAX = 1_000;
export const VISION_MAX = 1_000;
export const PRINCIPLES_MAX = 5_000;
export const CHANGE_NOTE_MAX = 500;

/**
 * Free text kept exactly as written (no trimming: a reader sees what the author typed), refusing
 * only what PostgreSQL cannot store (NUL) and text over the limit, each naming the field.
 */
const ZText = (what: string, max: number) =>
  z
    .string({ error: `${what} must be text` })
    .max(max, { error: `${what} must be ${max.toLocaleString('en-GB')} characters or fewer` })
    .refine((v) => !v.includes('\u0000'), { error: `${what} contains a character that cannot be stored (NUL): remove it` });

const ZMission = ZText('The mission', MISSION_MAX).refine((v) => v.trim().length > 0, { error: 'Write the mission: one or two sentences on what digital is for' });

export const ZMissionVersionParams = z.object({ missionVersionId: ZId });
export const ZMissionCompareParams = z.object({ missionVersionId: ZId, otherId: ZId });

export const ZCreateMissionVersion = z.object({
  mission: ZMission,
  vision: ZText('The vision', VISION_MAX).optional(),
  /** Markdown: one principle a line, as a list. */
  principles: ZText('The principles', PRINCIPLES_MAX).optional(),
  changeNote: ZText('The change note', CHANGE_NOTE_MAX).optional(),
});
export type CreateMissionVersion = z.infer<typeof ZCreateMissionVersion>;

/** Any field given replaces what is there. */
export const ZUpdateMissionVersion = ZCreateMissionVersion.partial();
export type UpdateMissionVersion = z.infer<typeof ZUpdateMissionVersion>;

export const MISSION_VERSION_STATES = ['agreed', 'draft', 'superseded'] as const;
export type MissionVersionState = (typeof MISSION_VERSION_STATES)[number];

export const ZMissionVersion = z.object({
  id: ZId,
  number: z.number().int(),
  mission: z.string(),
  vision: z.string(),
  principles: z.string(),
  changeNote: z.string(),
  author: z.string().nullable(),
  createdAt: z.string(),
  createdOn: z.string(),
  /** Agreed: the text in force. Draft: the latest version, not yet agreed. Superseded: an earlier one. */
  state: z.enum(MISSION_VERSION_STATES),
  agreedBy: z.string().nullable(),
  agreedAt: z.string().nullable(),
  agreedOn: z.string().nullable(),
});
export type MissionVersion = z.infer<typeof ZMissionVersion>;

export const ZMissionPage = z.object({
  strategyId: ZId,
  /** Newest first. */
  versions: z.array(ZMissionVersion),
  agreedId: ZId.nullable(),
  draftId: ZId.nullable(),
  can: z.object({ create: z.boolean(), update: z.boolean(), delete: z.boolean(), agree: z.boolean(), comment: z.boolean() }),
});
export type MissionPage = z.infer<typeof ZMissionPage>;

export const MISSION_FIELDS = ['mission', 'vision', 'principles'] as const;
export type MissionField = (typeof MISSION_FIELDS)[number];
export const MISSION_FIELD_LABELS: Record<MissionField, string> = { mission: 'Mission', vision: 'Vision', principles: 'Principles' };

export const ZDiffPart = z.object({ kind: z.enum(['same', 'added', 'removed']), text: z.string() });

export const ZMissionComparison = z.object({
  from: z.object({ id: ZId, number: z.number().int() }),
  to: z.object({ id: ZId, number: z.number().int() }),
  fields: z.array(z.object({ field: z.enum(MISSION_FIELDS), label: z.string(), changed: z.boolean(), parts: z.array(ZDiffPart) })),
});
export type MissionComparison = z.infer<typeof ZMissionComparison>;
