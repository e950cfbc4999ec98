import { and, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { EvidenceFilter } from '../../../shared/contracts/evidence.js';
import type { Db } from '../../platform/db/client.js';
import type { Scope } from './segments.js';
import { SegmentJudge } from './segments.js';
import { evidenceItems, evidenceTags, tags } from './tables.js';

/** The search query, or null when there is nothing worth searching for. */
export function searchQuery(filter: EvidenceFilter): SQL | null {
  const q = filter.q?.trim();
  return q ? sql`websearch_to_tsquery('english', ${q})` : null;
}

/** Every condition the filter names, all within the strategy. */
export function filterConditions(scope: Scope, filter: EvidenceFilter): SQL {
  const e = evidenceItems;
  const query = searchQuery(filter);
  const liveTag = sql`select 1 from ${evidenceTags} join ${tags} on ${tags.id} = ${evidenceTags.tagId} and ${tags.deletedAt} is null where ${evidenceTags.evidenceItemId} = ${e.id}`;
  return and(
    eq(e.organisationId, scope.organisationId),
    eq(e.strategyId, scope.strategyId),
    query ? sql`${e.search} @@ ${query}` : undefined,
    filter.source?.length ? inArray(e.source, filter.source) : undefined,
    filter.surveyId ? eq(e.surveyId, filter.surveyId) : undefined,
    filter.questionId ? eq(e.questionId, filter.questionId) : undefined,
    filter.interviewId ? eq(e.interviewId, filter.interviewId) : undefined,
    filter.workshopId ? eq(e.workshopId, filter.workshopId) : undefined,
    filter.systemId ? eq(e.systemId, filter.systemId) : undefined,
    filter.tagId ? sql`exists (${liveTag} and ${evidenceTags.tagId} = ${filter.tagId})` : undefined,
    filter.untagged ? sql`not exists (${liveTag})` : undefined,
    filter.sentiment?.length ? inArray(e.sentiment, filter.sentiment) : undefined,
    filter.from ? gte(e.saidOn, filter.from) : undefined,
    filter.to ? lte(e.saidOn, filter.to) : undefined,
    filter.divisionId ? eq(e.divisionId, filter.divisionId) : undefined,
    filter.staffGroupId ? eq(e.staffGroupId, filter.staffGroupId) : undefined,
  )!;
}

/**
 * A filter by division or staff group is allowed only where every survey it reaches shows that
 * group in its results; otherwise the list would show a small group's answers by elimination.
 * Returns the plain-English reason to refuse, or null.
 */
export async function refusalOf(db: Db, scope: Scope, filter: EvidenceFilter, judge?: SegmentJudge): Promise<string | null> {
  if (!filter.divisionId && !filter.staffGroupId) return null;
  const surveys = await db
    .selectDistinct({ surveyId: evidenceItems.surveyId })
    .from(evidenceItems)
    .where(and(eq(evidenceItems.strategyId, scope.strategyId), eq(evidenceItems.organisationId, scope.organisationId), sql`${evidenceItems.surveyId} is not null`, filter.surveyId ? eq(evidenceItems.surveyId, filter.surveyId) : undefined));
  const j = judge ?? (await SegmentJudge.forOrganisation(db, scope.organisationId));
  for (const { surveyId } of surveys) {
    if (!(await j.shows(surveyId!, filter))) {
      return 'Too few people in this group answered for their answers to be shown on their own, so nothing is listed. Choose a larger group, or remove the division or staff group filter.';
    }
  }
  return null;
}

/** Every matching id (for bulk tagging and theme runs), or the reason the filter is refused. */
export async function findEvidenceIds(db: Db, scope: Scope, filter: EvidenceFilter): Promise<{ ids: string[] } | { refused: string }> {
  const refused = await refusalOf(db, scope, filter);
  if (refused) return { refused };
  const rows = await db.select({ id: evidenceItems.id }).from(evidenceItems).where(filterConditions(scope, filter)).orderBy(evidenceItems.createdAt, evidenceItems.id);
  return { ids: rows.map((r) => r.id) };
}
