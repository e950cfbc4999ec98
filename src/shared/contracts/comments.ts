import { z } from 'zod';
import { ZId } from './common.js';

/** The Develop items anyone on the strategy may discuss (leaders and the team). */
export const COMMENT_SUBJECTS = ['mission', 'priority', 'programme', 'initiative', 'measure', 'partnership'] as const;
export type CommentSubject = (typeof COMMENT_SUBJECTS)[number];

export const ZCommentSubject = z.enum(COMMENT_SUBJECTS, { error: 'must be a mission, priority, programme, initiative, measure or partnership' });

export const ZCommentQuery = z.object({ subjectType: ZCommentSubject, subjectId: ZId });

export const ZAddDevelopComment = z.object({
  subjectType: ZCommentSubject,
  subjectId: ZId,
  body: z
    .string({ error: 'Write the comment as text' })
    .trim()
    .min(1, { error: 'Write a comment before adding it' })
    .max(5_000, { error: 'Comments must be 5,000 characters or fewer' })
    .refine((v) => !v.includes('\u0000'), { error: 'The comment contains a character that cannot be stored (NUL): remove it' }),
});
export type AddDevelopComment = z.infer<typeof ZAddDevelopComment>;

export const ZDevelopComment = z.object({
  id: ZId,
  author: z.string(),
  /** The author's role, so a reader can tell a leader's view from the team's. */
  authorRole: z.string(),
  body: z.string(),
  createdAt: z.string(),
  createdOn: z.string(),
});
export type DevelopComment = z.infer<typeof ZDevelopComment>;

export const ZDevelopComments = z.object({
  comments: z.array(ZDevelopComment),
  can: z.object({ comment: z.boolean() }),
});
export type DevelopComments = z.infer<typeof ZDevelopComments>;
