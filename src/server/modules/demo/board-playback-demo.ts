import { and, desc, eq } from 'drizzle-orm';
import type { Actor } from '../../platform/http/access.js';
import type { AppContext } from '../../platform/module.js';
import { addCards, boardCards, createCluster, moveCard } from '../board/index.js';
import { findEvidenceIds } from '../evidence/index.js';
import { insights } from '../insights/index.js';
import { reactToInsight, setPlaybackShared, updatePlaybackIntro } from '../playback/index.js';
import { demoActor } from './define-demo.js';

/** Clusters the team has started on the board, each gathering the cards a search finds. */
const CLUSTERS = [
  { name: 'Consent and forms still on paper', search: 'consent or forms' },
  { name: 'New starters and students wait for access', search: 'students or "new starters" or placement' },
  { name: 'Patients could do more themselves', search: 'portal or app or "symptom reporting" or text' },
];

const INTRO = `This pack plays back what we heard in Discover, before we agree priorities.

- **Surveys**, **leader interviews**, **workshops** and **comments on systems** are counted together.
- Groups smaller than our anonymity threshold are never named.

Please react to each insight: *agree*, *surprised* or *disagree*, with a comment if you can.`;

/** Leaders' reactions: by insight position (strongest first), who, what and why. */
const REACTIONS: { insight: number; by: string; reaction: 'agree' | 'surprised' | 'disagree'; comment: string }[] = [
  { insight: 0, by: 'leader@northbridge.example', reaction: 'agree', comment: 'We have said this for years; the evidence makes it undeniable.' },
  { insight: 0, by: 'claire.ashby@northbridge.example', reaction: 'agree', comment: '' },
  { insight: 0, by: 'marcus.hale@northbridge.example', reaction: 'surprised', comment: 'I had not realised how much time this costs. Can we put a figure on it?' },
  { insight: 1, by: 'claire.ashby@northbridge.example', reaction: 'agree', comment: 'The day unit Wi-Fi is a patient safety issue.' },
  { insight: 1, by: 'marcus.hale@northbridge.example', reaction: 'disagree', comment: 'The network was upgraded last year; this may be devices, not Wi-Fi.' },
  { insight: 2, by: 'leader@northbridge.example', reaction: 'surprised', comment: '' },
];

/**
 * The demo's affinity board (sticky notes and a few answers, three clusters started, the rest
 * unsorted) and its playback to leaders: shared, with an introduction and leaders' reactions.
 */
export async function seedBoardAndPlaybackDemo(ctx: AppContext, organisationId: string, strategyId: string): Promise<void> {
  const team = await demoActor(ctx, organisationId, 'strategy@northbridge.example');
  const scope = { organisationId, strategyId };
  await ctx.db.transaction(async (tx) => {
    await addCards(tx, team, strategyId, { filter: { source: ['sticky_note'] } });
    const answers = await findEvidenceIds(tx, scope, { q: 'consent or students or portal or paper', source: ['survey_answer'] });
    if ('ids' in answers && answers.ids.length) await addCards(tx, team, strategyId, { evidenceIds: answers.ids.slice(0, 40) });
    const onBoard = new Set((await tx.select({ id: boardCards.evidenceItemId }).from(boardCards).where(eq(boardCards.strategyId, strategyId))).map((r) => r.id));
    const moved = new Set<string>();
    for (const cluster of CLUSTERS) {
      const created = await createCluster(tx, team, strategyId, cluster.name);
      const found = await findEvidenceIds(tx, scope, { q: cluster.search });
      const ids = 'ids' in found ? found.ids.filter((id) => onBoard.has(id) && !moved.has(id)).slice(0, 6) : [];
      for (const [position, evidenceId] of ids.entries()) {
        await moveCard(tx, team, strategyId, { evidenceId, clusterId: created.id, position });
        moved.add(evidenceId);
      }
    }
  });

  await ctx.db.transaction(async (tx) => {
    await updatePlaybackIntro(tx, team, strategyId, { intro: INTRO });
    await setPlaybackShared(tx, team, strategyId, true);
  });
  // Leaders reacted to the agreed insights (taken in a fixed order, so the demo is the same each time).
  const agreed = await ctx.db
    .select({ id: insights.id })
    .from(insights)
    .where(and(eq(insights.strategyId, strategyId), eq(insights.status, 'agreed')))
    .orderBy(desc(insights.statement));
  for (const reaction of REACTIONS) {
    const insight = agreed[reaction.insight];
    if (!insight) continue;
    const leader: Actor = await demoActor(ctx, organisationId, reaction.by);
    await ctx.db.transaction((tx) => reactToInsight(tx, leader, insight.id, { reaction: reaction.reaction, comment: reaction.comment }));
  }
}
