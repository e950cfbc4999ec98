import { desc, inArray } from 'drizzle-orm';
import type { PlaybackInsight } from '../../../../shared/contracts/playback.js';
import type { DocBlock, DocSection, StrategyDocument } from '../../../../shared/strategy-document.js';
import type { Db } from '../../../platform/db/client.js';
import type { Actor } from '../../../platform/http/access.js';
import { initiativeUpdates } from '../../delivery/index.js';
import { measuresOf } from '../../measures/index.js';
import { playbackPack } from '../../playback/index.js';
import { listPriorities, priorityVoices } from '../../priorities/index.js';
import { roadmapOf } from '../../roadmap/index.js';
import { bullets, count, heading, para, plural, quote, table } from '../compose/blocks.js';
import { measureValue, STATUS_WORDS } from '../compose/priorities.js';

const spreadLine = (i: PlaybackInsight) => {
  const s = i.strength.staffGroups;
  if (!s.named.length) return null;
  const named = s.named.map((g) => `${g.label} ${count(g.count)}`).join(', ');
  return `Survey answers by staff group: ${named}${s.other ? `, and ${count(s.other)} from smaller groups counted together` : ''}.`;
};

/**
 * "You said, we did": from what staff said (the insights behind each priority, their voices by
 * staff group through the suppression function, a masked quote) to what was decided (the
 * priorities, and what each answers) to what has been done (initiatives and their latest
 * delivery update, measures against their targets). Composed afresh on each read, so it moves
 * as delivery is recorded.
 */
export async function composeYouSaidWeDid(db: Db, actor: Actor, strategy: { id: string; name: string }, organisation: { name: string; accentColour: string | null }): Promise<StrategyDocument> {
  const [pack, list, roadmap] = await Promise.all([playbackPack(db, actor, strategy.id), listPriorities(db, actor, strategy.id), roadmapOf(db, actor, strategy.id)]);
  const voices = await Promise.all(list.priorities.map((p) => priorityVoices(db, actor, p.id)));
  const insightById = new Map(pack.insights.map((i) => [i.id, i]));
  const measures = await measuresOf(db, actor, { priorityIds: list.priorities.map((p) => p.id), initiativeIds: roadmap.initiatives.map((i) => i.id) });
  const latest = new Map<string, { percentComplete: number; recordedOn: string }>();
  if (roadmap.initiatives.length) {
    const rows = await db
      .select({ initiativeId: initiativeUpdates.initiativeId, percentComplete: initiativeUpdates.percentComplete, recordedOn: initiativeUpdates.recordedOn })
      .from(initiativeUpdates)
      .where(inArray(initiativeUpdates.initiativeId, roadmap.initiatives.map((i) => i.id)))
      .orderBy(desc(initiativeUpdates.recordedOn), desc(initiativeUpdates.createdAt));
    for (const row of rows) if (!latest.has(row.initiativeId)) latest.set(row.initiativeId, row);
  }

  const heardIds = [...new Set(voices.flatMap((v) => v.insights.map((i) => i.id)))].filter((id) => insightById.get(id)?.status !== 'draft');
  const said: DocBlock[] = [
    para(`We gathered ${plural(pack.heard.evidence.survey + pack.heard.evidence.interview + pack.heard.evidence.workshop + pack.heard.evidence.system, 'piece')} of evidence from staff and leaders. These are the things you told us that shaped the strategy. No group of fewer than ${pack.threshold} people is ever named, and quotes have personal details removed.`),
  ];
  if (!heardIds.length) said.push(para('No priority has been linked to what we heard yet.'));
  heardIds.forEach((id, n) => {
    const insight = insightById.get(id);
    if (!insight) return;
    said.push(heading(`${n + 1}. ${insight.statement}`));
    said.push(para(`${plural(insight.strength.items, 'piece')} of evidence from ${plural(insight.strength.sourceKinds, 'kind')} of source.`));
    const spread = spreadLine(insight);
    if (spread) said.push(para(spread));
    if (insight.voices.staff) said.push(quote(insight.voices.staff.text, `Staff, ${insight.voices.staff.whereFrom}`));
  });

  const decided: DocBlock[] = list.priorities.length ? [] : [para('No priority has been agreed yet.')];
  const done: DocBlock[] = [];
  list.priorities.forEach((p, n) => {
    const because = voices[n]!.insights.map((i) => i.statement);
    decided.push(heading(`${n + 1}. ${p.title}`));
    if (p.summary.trim()) decided.push(para(p.summary));
    decided.push(because.length ? para('Because you said:') : para('This priority came from the organisation’s own plans.'), ...(because.length ? [bullets(because)] : []));

    const programmes = new Set(roadmap.programmes.filter((g) => g.priorityId === p.id).map((g) => g.id));
    const initiatives = roadmap.initiatives.filter((i) => programmes.has(i.programmeId));
    const ids = new Set(initiatives.map((i) => i.id));
    const own = measures.filter((m) => m.priorityId === p.id || (m.initiativeId !== null && ids.has(m.initiativeId)));
    done.push(heading(`${n + 1}. ${p.title}`));
    const delivered = initiatives.filter((i) => i.status === 'done').length;
    done.push(para(initiatives.length ? `${count(delivered)} of ${plural(initiatives.length, 'initiative')} delivered.` : 'No initiative has been planned for this priority yet.'));
    if (initiatives.length) {
      done.push(
        table(
          `What we are doing for ${p.title}`,
          ['Initiative', 'Where it stands', 'Complete'],
          initiatives.map((i) => {
            const update = latest.get(i.id);
            return [i.title, i.status === 'done' ? 'Delivered' : STATUS_WORDS[i.status].replace(/^./, (c) => c.toUpperCase()), update ? `${update.percentComplete}%` : i.status === 'done' ? '100%' : 'Not reported yet'];
          }),
        ),
      );
    }
    if (own.length) {
      done.push(table(`How we know, for ${p.title}`, ['Measure', 'Where we started', 'Latest', 'Target'], own.map((m) => [m.name, measureValue(m, m.baseline), m.latest ? measureValue(m, m.latest) : 'No new value yet', measureValue(m, m.target)])));
    }
  });
  if (!done.length) done.push(para('Nothing has been planned yet.'));

  const sections: DocSection[] = [
    { key: 'you-said', title: 'You said', source: 'model', blocks: said },
    { key: 'we-decided', title: 'We decided', source: 'model', blocks: decided },
    { key: 'we-did', title: 'We did', source: 'model', blocks: done },
  ];
  return { title: `You said, we did: ${strategy.name}`, organisation: organisation.name, accentColour: organisation.accentColour, language: 'en-GB', version: null, composedAt: new Date().toISOString(), sections };
}
