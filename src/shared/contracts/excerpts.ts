import { z } from 'zod';
import { ZId } from './common.js';

/** A passage of an interview's notes, as UTF-16 offsets (what a browser's textarea selection gives). */
export const ZCreateExcerpt = z.object({
  start: z.number({ error: 'Choose where the passage starts' }).int({ error: 'Choose where the passage starts' }).min(0, {
    error: 'The passage cannot start before the notes do',
  }),
  end: z.number({ error: 'Choose where the passage ends' }).int({ error: 'Choose where the passage ends' }).min(1, {
    error: 'Choose where the passage ends',
  }),
  tagIds: z.array(ZId).max(50).optional(),
});
export type CreateExcerpt = z.infer<typeof ZCreateExcerpt>;

export const ZExcerpt = z.object({
  id: ZId,
  interviewId: ZId,
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  /** The notes were edited after the passage was cut; the excerpt keeps the text it had. */
  sourceChanged: z.boolean(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});
export type Excerpt = z.infer<typeof ZExcerpt>;

export const ZExcerptList = z.object({
  excerpts: z.array(ZExcerpt),
  can: z.object({ create: z.boolean(), delete: z.boolean() }),
});
export type ExcerptList = z.infer<typeof ZExcerptList>;
