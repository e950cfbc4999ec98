import type { ElementDefinition } from 'cytoscape';
import { capabilityOf, type ClusteredMap } from './map-clusters.js';
import type { Placed } from './map-layout.js';
import type { EstateMap } from './types.js';

/**
 * The cytoscape elements for what is shown: a heading over each open capability's block, its
 * systems at their places in the layout, a circle for each closed capability at the centre of
 * where its systems would be (so opening one does not move anything else), and the lines.
 */
export const HEADING_PREFIX = 'heading:';

export function mapElements(
  map: EstateMap,
  shown: ClusteredMap,
  layout: { positions: Placed[]; groups: { capability: string; x: number; y: number }[] },
): ElementDefinition[] {
  const position = new Map(layout.positions.map((p) => [p.id, p]));
  const centres = new Map<string, { x: number; y: number; n: number }>();
  for (const node of map.nodes) {
    const at = position.get(node.id);
    if (!at) continue;
    const centre = centres.get(capabilityOf(node)) ?? { x: 0, y: 0, n: 0 };
    centres.set(capabilityOf(node), { x: centre.x + at.x, y: centre.y + at.y, n: centre.n + 1 });
  }
  const closed = new Set(shown.clusters.map((c) => c.capability));
  const open = layout.groups.filter((g) => !closed.has(g.capability));
  // A circle's area grows with its systems; the widest stays within its block.
  const size = (systems: number) => Math.min(120, 24 + 8 * Math.sqrt(systems));
  return [
    ...open.map((g) => ({
      data: { id: `${HEADING_PREFIX}${g.capability}`, label: g.capability, capability: g.capability },
      position: { x: g.x, y: g.y },
      classes: 'group',
      selectable: false,
      grabbable: false,
    })),
    ...shown.clusters.map((c) => {
      const centre = centres.get(c.capability)!;
      return {
        data: { id: c.id, label: `${c.capability} (${c.systems})`, capability: c.capability, size: size(c.systems) },
        position: { x: centre.x / centre.n, y: centre.y / centre.n },
        classes: 'cluster',
        grabbable: false,
      };
    }),
    ...shown.nodes.map((n) => ({
      data: { id: n.id, label: n.name, criticality: n.criticality },
      position: { x: position.get(n.id)?.x ?? 0, y: position.get(n.id)?.y ?? 0 },
      classes: n.criticality,
    })),
    ...shown.edges.map((e) => ({
      data: { id: `line:${e.id}`, source: e.source, target: e.target, count: e.count, label: e.count > 1 ? String(e.count) : '', width: Math.min(8, 1 + Math.log2(e.count)) },
      classes: [e.interfaceType ?? 'summed', e.count > 1 ? 'many' : ''].join(' ').trim(),
    })),
  ];
}
