import { and, count, eq } from 'drizzle-orm';
import type { EvidenceSourceKey } from '../../../shared/contracts/evidence.js';
import type { SourceKind } from '../../../shared/contracts/insights.js';
import type { Playback } from '../../../shared/contracts/playback.js';
import type { Db } from '../../platform/db/client.js';
import type { Actor } from '../../platform/http/access.js';
import { can } from '../../platform/policy.js';
import { users } from '../accounts/index.js';
import { evidenceItems } from '../evidence/index.js';
import { interviews } from '../interviews/index.js';
import { organisations } from '../organisations/index.js';
import { workshops } from '../workshops/index.js';
import { estateHeadlines } from './estate.js';
import { playbackInsights } from './insights.js';
import { loadPlayback, seesUnshared } from './load.js';
import { latestMaturity } from './maturity.js';
import { surveyPart } from './surveys.js';

const KIND_OF: Record<EvidenceSourceKey, SourceKind> = {
  survey_answer: 'survey',
  system_comment: 'system',
  interview_note: 'interview',
  interview_excerpt: 'interview',
  sticky_note: 'workshop',
};

/** Pieces of evidence by kind of source, and how many interviews and workshops were held. */
async function heardCounts(db: Db, strategyId: string) {
  const [bySource, [held], [ran]] = await Promise.all([
    db.select({ source: evidenceItems.source, n: count() }).from(evidenceItems).where(eq(evidenceItems.strategyId, strategyId)).groupBy(evidenceItems.source),
    db.select({ n: count() }).from(interviews).where(eq(interviews.strategyId, strategyId)),
    db.select({ n: count() }).from(workshops).where(eq(workshops.strategyId, strategyId)),
  ]);
  const evidence = { survey: 0, interview: 0, workshop: 0, system: 0 };
  for (const row of bySource) evidence[KIND_OF[row.source]] += row.n;
  return { evidence, interviews: held?.n ?? 0, workshops: ran?.n ?? 0 };
}

/**
 * The playback pack: what we heard, from whom, the insights ranked by strength with their
 * quotes and reactions, survey charts, estate headlines and the maturity radar. Every figure about
 * people comes from the results module's suppressed cubes or the insights' suppressed strength.
 */
export async function playbackPack(db: Db, actor: Actor, strategyId: string): Promise<Playback> {
  const { strategy, playback } = await loadPlayback(db, actor, strategyId);
  const scope = { organisationId: strategy.organisationId, strategyId: strategy.id };
  const team = seesUnshared(actor);
  const [counts, survey, insightList, estate, maturity, [org], sharer] = await Promise.all([
    heardCounts(db, strategy.id),
    surveyPart(db, actor, strategy.id),
    playbackInsights(db, actor, scope, team),
    estateHeadlines(db, strategy.organisationId),
    latestMaturity(db, strategy.organisationId, strategy.id),
    db.select({ k: organisations.minGroupSize }).from(organisations).where(eq(organisations.id, strategy.organisationId)),
    playback.sharedByUserId ? db.select({ name: users.name }).from(users).where(and(eq(users.id, playback.sharedByUserId))) : Promise.resolve([]),
  ]);
  const open = !strategy.archivedAt;
  return {
    strategy: { id: strategy.id, name: strategy.name },
    intro: playback.intro,
    shared: playback.sharedAt ? { at: playback.sharedAt.toISOString(), by: sharer[0]?.name ?? null } : null,
    threshold: org?.k ?? 10,
    heard: { evidence: counts.evidence, surveys: survey.surveys, interviews: counts.interviews, workshops: counts.workshops },
    coverage: survey.coverage,
    insights: insightList,
    charts: survey.charts,
    estate,
    maturity,
    can: {
      update: open && can(actor.member.role, 'update', 'playback'),
      share: open && can(actor.member.role, 'update', 'playback'),
      react: open && can(actor.member.role, 'create', 'playback_reaction'),
      seeReactions: team,
    },
  };
}
