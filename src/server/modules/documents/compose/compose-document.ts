import { eq } from 'drizzle-orm';
import type { MeasureSummary } from '../../../../shared/contracts/measures.js';
import type { PriorityVoices } from '../../../../shared/contracts/priorities.js';
import { MODEL_SECTION_KEYS, type DocSection, type ModelSectionKey, type StrategyDocument, type StrategyPoster } from '../../../../shared/strategy-document.js';
import type { Db } from '../../../platform/db/client.js';
import type { Actor } from '../../../platform/http/access.js';
import { measuresOf } from '../../measures/index.js';
import { missionPage } from '../../mission/index.js';
import { organisations } from '../../organisations/index.js';
import { partnershipOverview } from '../../partnership/index.js';
import { playbackPack } from '../../playback/index.js';
import { listPriorities, priorityVoices } from '../../priorities/index.js';
import { roadmapOf } from '../../roadmap/index.js';
import { documentFreeSections, type strategyDocuments } from '../tables.js';
import { markdown, para, table } from './blocks.js';
import { missionSection, partnershipSection } from './commitments.js';
import { measureRow, prioritiesSection } from './priorities.js';
import { roadmapSection } from './roadmap.js';
import { whatWeHeard } from './what-we-heard.js';
import { whereWeAre } from './where-we-are.js';

export const MODEL_SECTION_TITLES: Record<ModelSectionKey, string> = {
  foreword: 'Foreword',
  mission: 'Our mission',
  'where-we-are': 'Where we are',
  'what-we-heard': 'What we heard',
  priorities: 'Our priorities',
  roadmap: 'Roadmap',
  partnership: 'Our partnership with staff',
  governance: 'Governance and measures',
};

type Settings = typeof strategyDocuments.$inferSelect;
export type FreeSection = typeof documentFreeSections.$inferSelect;
export const freeKey = (id: string) => `free-${id}`;

/** Every section key in reading order: the saved layout first, then anything it does not name yet (new free sections). */
export function orderedKeys(settings: Pick<Settings, 'layout'>, free: FreeSection[]): { key: string; hidden: boolean }[] {
  const known = new Set<string>([...MODEL_SECTION_KEYS, ...free.map((f) => freeKey(f.id))]);
  const saved = settings.layout.filter((l) => known.has(l.key));
  const named = new Set(saved.map((l) => l.key));
  return [...saved, ...[...known].filter((k) => !named.has(k)).map((key) => ({ key, hidden: false }))];
}

/**
 * The whole document composed from the model as it stands now: every section, hidden ones
 * included (the caller drops them), and the poster. Frozen versions keep the result; the draft
 * is composed afresh each time it is read, so it cannot drift from the evidence.
 */
export async function composeDocument(db: Db, actor: Actor, settings: Settings, publicUrl: string): Promise<{ document: StrategyDocument; poster: StrategyPoster; hidden: Set<string> }> {
  const strategyId = settings.strategyId;
  const [pack, mission, partnership, list, roadmap, free, [org]] = await Promise.all([
    playbackPack(db, actor, strategyId),
    missionPage(db, actor, strategyId),
    partnershipOverview(db, actor, strategyId, publicUrl).then(async (p) => {
      const agreed = p.versions.find((v) => v.status === 'agreed');
      return agreed && agreed.id !== p.current?.id ? partnershipOverview(db, actor, strategyId, publicUrl, agreed.id) : p;
    }),
    listPriorities(db, actor, strategyId),
    roadmapOf(db, actor, strategyId),
    db.select().from(documentFreeSections).where(eq(documentFreeSections.strategyId, strategyId)).orderBy(documentFreeSections.createdAt),
    db.select({ name: organisations.name, accent: organisations.accentColour }).from(organisations).where(eq(organisations.id, settings.organisationId)),
  ]);
  const voices = new Map<string, PriorityVoices>();
  for (const p of list.priorities) voices.set(p.id, await priorityVoices(db, actor, p.id));
  const measures: MeasureSummary[] = await measuresOf(db, actor, { priorityIds: list.priorities.map((p) => p.id), initiativeIds: roadmap.initiatives.map((i) => i.id) });

  const model: Record<ModelSectionKey, () => DocSection['blocks']> = {
    foreword: () => (settings.foreword.trim() ? markdown(settings.foreword) : [para('The foreword has not been written yet.')]),
    mission: () => missionSection(mission),
    'where-we-are': () => whereWeAre(pack),
    'what-we-heard': () => whatWeHeard(pack),
    priorities: () => prioritiesSection(list, voices, roadmap, measures),
    roadmap: () => roadmapSection(roadmap),
    partnership: () => partnershipSection(partnership),
    governance: () => [
      ...markdown(settings.governance),
      measures.length ? table('Every measure', ['Measure', 'Baseline', 'Target', 'Where it stands'], measures.map(measureRow)) : para('No measure has been set yet.'),
    ],
  };
  const freeById = new Map(free.map((f) => [freeKey(f.id), f]));
  const layout = orderedKeys(settings, free);
  const sections: DocSection[] = layout.map(({ key }) => {
    const own = freeById.get(key);
    if (own) return { key, title: own.title, source: 'free', blocks: markdown(own.body) };
    return { key, title: MODEL_SECTION_TITLES[key as ModelSectionKey], source: 'model', blocks: model[key as ModelSectionKey]() };
  });
  const agreedMission = mission.versions.find((v) => v.state === 'agreed')?.mission ?? '';
  const document: StrategyDocument = {
    title: settings.title,
    organisation: org!.name,
    accentColour: org!.accent,
    language: 'en-GB',
    version: null,
    composedAt: new Date().toISOString(),
    sections,
  };
  const poster: StrategyPoster = {
    title: settings.title,
    organisation: org!.name,
    accentColour: org!.accent,
    mission: agreedMission,
    priorities: list.priorities.map((p) => {
      const programmeIds = new Set(roadmap.programmes.filter((g) => g.priorityId === p.id).map((g) => g.id));
      const initiatives = roadmap.initiatives.filter((i) => programmeIds.has(i.programmeId));
      const ids = new Set(initiatives.map((i) => i.id));
      return {
        title: p.title,
        summary: p.summary,
        initiatives: initiatives.slice(0, 3).map((i) => i.title),
        measures: measures.filter((m) => m.priorityId === p.id || (m.initiativeId !== null && ids.has(m.initiativeId))).slice(0, 3).map((m) => m.name),
      };
    }),
    address: null,
  };
  return { document, poster, hidden: new Set(layout.filter((l) => l.hidden).map((l) => l.key)) };
}
