import type { EstateMap } from './types.js';

/**
 * A large register drawn as one circle per capability until someone opens it: 2,000 dots and
 * 10,000 lines tell a reader nothing, 40 capabilities and the traffic between them do. Lines are
 * summed between whatever is shown at each end (a system of an open capability, or a closed
 * capability), so every integration is counted exactly once: on a line, or inside a closed
 * capability when both its ends are there.
 */
export const NO_CAPABILITY = 'No capability recorded';
/** Registers with more systems than this start with every capability closed, however sparse. */
export const CLUSTER_ABOVE = 150;
/**
 * Past about 40 dots, or about two lines per dot once there are more than a handful, the whole
 * graph on one 640-pixel canvas is a tangle whose labels collide or shrink below reading size
 * (the demo trust's register was both). Such a map opens on its capabilities instead.
 */
export const READABLE_SYSTEMS = 40;
export const READABLE_INTEGRATIONS_PER_SYSTEM = 2;
const FEW_SYSTEMS = 12;

/**
 * Whether the map opens with every capability closed: when the full graph would not be readable.
 * A register with one capability never does, since one circle would say nothing.
 */
export function startsClustered(map: EstateMap): boolean {
  const systems = map.nodes.length;
  if (systems > CLUSTER_ABOVE) return true;
  if (new Set(map.nodes.map(capabilityOf)).size < 2) return false;
  if (systems > READABLE_SYSTEMS) return true;
  // Integrations whose other end a filter has hidden are not drawn, so they do not count.
  const ids = new Set(map.nodes.map((n) => n.id));
  const drawn = map.edges.filter((e) => ids.has(e.source) && ids.has(e.target)).length;
  return systems > FEW_SYSTEMS && drawn / systems > READABLE_INTEGRATIONS_PER_SYSTEM;
}

export interface Cluster {
  id: string;
  capability: string;
  systems: number;
  /** Integrations with both ends in this capability, drawn as none of the lines. */
  internal: number;
}

export interface ClusteredEdge {
  id: string;
  source: string;
  target: string;
  /** How many integrations this line stands for. */
  count: number;
  /** Set when it stands for one integration, so its interface can still be drawn. */
  interfaceType: EstateMap['edges'][number]['interfaceType'] | null;
}

export interface ClusteredMap {
  clusters: Cluster[];
  nodes: EstateMap['nodes'];
  edges: ClusteredEdge[];
}

export const CLUSTER_PREFIX = 'capability:';
export const clusterId = (capability: string) => `${CLUSTER_PREFIX}${capability}`;
export const capabilityOf = (node: EstateMap['nodes'][number]) => node.capability ?? NO_CAPABILITY;

/** The capabilities, largest first then by name (as the layout orders its blocks). */
export function capabilitiesOf(map: EstateMap): { capability: string; systems: number }[] {
  const counts = new Map<string, number>();
  for (const node of map.nodes) counts.set(capabilityOf(node), (counts.get(capabilityOf(node)) ?? 0) + 1);
  return [...counts].map(([capability, systems]) => ({ capability, systems })).sort((a, b) => b.systems - a.systems || a.capability.localeCompare(b.capability));
}

export function clusterMap(map: EstateMap, open: ReadonlySet<string>): ClusteredMap {
  const endOf = new Map<string, string>();
  const nodes: EstateMap['nodes'] = [];
  const clusters = new Map<string, Cluster>();
  for (const node of map.nodes) {
    const capability = capabilityOf(node);
    if (open.has(capability)) {
      nodes.push(node);
      endOf.set(node.id, node.id);
      continue;
    }
    const id = clusterId(capability);
    endOf.set(node.id, id);
    const cluster = clusters.get(id);
    if (cluster) cluster.systems += 1;
    else clusters.set(id, { id, capability, systems: 1, internal: 0 });
  }
  const lines = new Map<string, ClusteredEdge>();
  for (const edge of map.edges) {
    const source = endOf.get(edge.source);
    const target = endOf.get(edge.target);
    // An end a filter has hidden: the integration is not on this map.
    if (!source || !target) continue;
    if (source === target && clusters.has(source)) {
      clusters.get(source)!.internal += 1;
      continue;
    }
    if (source === edge.source && target === edge.target) {
      lines.set(edge.id, { id: edge.id, source, target, count: 1, interfaceType: edge.interfaceType });
      continue;
    }
    const key = `${source}→${target}`;
    const line = lines.get(key);
    if (line) {
      line.count += 1;
      line.interfaceType = null;
    } else lines.set(key, { id: key, source, target, count: 1, interfaceType: edge.interfaceType });
  }
  return { clusters: [...clusters.values()], nodes, edges: [...lines.values()] };
}
