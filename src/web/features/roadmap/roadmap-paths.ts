import { paths } from '../../app/paths.js';

/** The roadmap's form pages, under the roadmap's own path. */
export function roadmapPaths(orgId: string, strategyId: string) {
  const base = paths.roadmap(orgId, strategyId);
  return {
    roadmap: base,
    newProgramme: `${base}/programmes/new`,
    programme: (id: string) => `${base}/programmes/${id}`,
    editProgramme: (id: string) => `${base}/programmes/${id}/edit`,
    newInitiative: `${base}/initiatives/new`,
    initiative: (id: string) => paths.initiative(orgId, strategyId, id),
    editInitiative: (id: string) => `${paths.initiative(orgId, strategyId, id)}/edit`,
  };
}
export type RoadmapPaths = ReturnType<typeof roadmapPaths>;
