import type { ElementDefinition } from 'cytoscape';
import { CLUSTER_PREFIX, type ClusteredMap } from './map-clusters.js';
import type { MapLayout } from './map-layout.js';

/** Ids that cannot clash with a system's or an integration's (those are UUIDs). */
const HEADING_PREFIX = 'heading:';

/**
 * The cytoscape elements for what is shown: a heading over each open capability's block, its
 * systems at their places in the layout, a circle for each closed capability, and the lines.
 */
export function mapElements(shown: ClusteredMap, layout: MapLayout): ElementDefinition[] {
  const position = new Map(layout.positions.map((p) => [p.id, p]));
  const circleAt = new Map(layout.clusters.map((c) => [c.capability, c]));
  // A circle's area grows with its systems; the widest stays within its block.
  const size = (systems: number) => Math.min(110, 24 + 8 * Math.sqrt(systems));
  return [
    ...layout.groups.map((g) => ({
      data: { id: `${HEADING_PREFIX}${g.capability}`, label: g.capability, capability: g.capability },
      position: { x: g.x, y: g.y },
      classes: 'group',
      selectable: false,
      grabbable: false,
    })),
    ...shown.clusters.map((c) => ({
      data: { id: c.id, label: `${c.capability} (${c.systems})`, capability: c.capability, size: size(c.systems) },
      position: { x: circleAt.get(c.capability)?.x ?? 0, y: circleAt.get(c.capability)?.y ?? 0 },
      classes: 'cluster',
      grabbable: false,
    })),
    ...shown.nodes.map((n) => ({
      data: { id: n.id, label: n.name, criticality: n.criticality },
      position: { x: position.get(n.id)?.x ?? 0, y: position.get(n.id)?.y ?? 0 },
      classes: n.criticality,
    })),
    ...shown.edges.map((e) => ({
      data: { id: `line:${e.id}`, source: e.source, target: e.target, count: e.count, label: e.count > 1 ? String(e.count) : '', width: Math.min(8, 1 + Math.log2(e.count)) },
      classes: [e.interfaceType ?? 'summed', e.count > 1 ? 'many' : '', e.source.startsWith(CLUSTER_PREFIX) || e.target.startsWith(CLUSTER_PREFIX) ? 'to-capability' : '']
        .filter(Boolean)
        .join(' '),
    })),
  ];
}
