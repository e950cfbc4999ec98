import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { CommitmentResult, PartnershipResults } from '../../../shared/contracts/partnership.js';
import type { QuestionResult } from '../../../shared/contracts/results.js';
import type { Db } from '../../platform/db/client.js';
import { conflict } from '../../platform/errors.js';
import type { Actor } from '../../platform/http/access.js';
import { ALL } from '../../platform/anonymity.js';
import { evidenceItems } from '../evidence/index.js';
import { loadResultsContext, present, questionResult } from '../results/index.js';
import { loadVersion } from './load.js';
import { ANSWER_NOT_QUITE, ANSWER_YES } from './survey-definition.js';
import { partnershipCommitments } from './tables.js';

type Item = QuestionResult['items'][number];
const share = (items: readonly Item[], key: string) => {
  const item = items.find((i) => i.key === key);
  return { count: item?.count ?? { value: null, suppressed: true }, percent: item?.percent ?? null };
};

/**
 * What staff said about each commitment, overall and by staff group. Every figure is read from
 * the results module's suppressed cubes (the same as the survey's own results pages), so a group
 * too small to show is hidden here exactly as it is there, with its complements.
 */
export async function partnershipResults(db: Db, actor: Actor, versionId: string): Promise<PartnershipResults> {
  const { version } = await loadVersion(db, actor, versionId);
  if (!version.surveyId) throw conflict(`Version ${version.number} has not been put to staff yet, so there are no results.`);
  const loaded = await loadResultsContext(db, actor, version.surveyId);
  const commitments = await db
    .select()
    .from(partnershipCommitments)
    .where(eq(partnershipCommitments.versionId, version.id))
    .orderBy(asc(partnershipCommitments.side), asc(partnershipCommitments.position));
  const commentIds = commitments.map((c) => c.commentQuestionId).filter((id): id is string => id !== null);
  const comments = commentIds.length
    ? await db
        .select({ questionId: evidenceItems.questionId, n: count() })
        .from(evidenceItems)
        .where(and(eq(evidenceItems.surveyId, version.surveyId), inArray(evidenceItems.questionId, commentIds)))
        .groupBy(evidenceItems.questionId)
    : [];
  const commentsOf = (id: string | null) => comments.find((c) => c.questionId === id)?.n ?? 0;
  const results: CommitmentResult[] = [];
  for (const c of commitments) {
    const question = loaded.definition.questions.find((q) => q.id === c.questionId);
    // A question removed from the survey by hand has nothing left to show.
    if (!question) continue;
    const result = await questionResult({
      db,
      surveyId: loaded.survey.id,
      question,
      profile: loaded.profile,
      cubes: loaded.cubes,
      filter: { compareBy: 'staff_group' },
      segmentLabels: loaded.segmentLabels,
    });
    results.push({
      commitmentId: c.id,
      side: c.side,
      text: c.text,
      respondents: result.respondents,
      yes: share(result.items, ANSWER_YES),
      notQuite: share(result.items, ANSWER_NOT_QUITE),
      byStaffGroup: result.comparison.map((g) => ({
        key: g.key,
        label: g.label,
        respondents: g.respondents,
        yes: share(g.items, ANSWER_YES),
        notQuite: share(g.items, ANSWER_NOT_QUITE),
      })),
      comments: commentsOf(c.commentQuestionId),
    });
  }
  return {
    versionId: version.id,
    surveyId: loaded.survey.id,
    threshold: loaded.cubes.threshold,
    respondents: present(loaded.cubes.respondents.get([ALL, ALL, ALL])),
    commitments: results,
    comments: results.reduce((sum, r) => sum + r.comments, 0),
  };
}
