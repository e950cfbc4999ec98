import type { EstateMap } from './types.js';

/**
 * Positions for the integrations map, computed here rather than by a force-directed layout:
 * a force layout of 2,000 nodes and 10,000 edges takes many seconds and moves every time,
 * whereas this is linear and stable. Systems are grouped by capability (one square block
 * each, blocks in rows), so what belongs together sits together and the layout reads the
 * same way on every visit.
 */
export interface Placed {
  id: string;
  x: number;
  y: number;
}

export const NODE_SPACING = 60;
const BLOCK_GAP = 2; // empty cells between blocks

export function capabilityLayout(nodes: EstateMap['nodes']): { positions: Placed[]; groups: { capability: string; x: number; y: number }[] } {
  const byCapability = new Map<string, EstateMap['nodes']>();
  for (const node of nodes) {
    const key = node.capability ?? 'No capability recorded';
    const list = byCapability.get(key);
    if (list) list.push(node);
    else byCapability.set(key, [node]);
  }
  // Largest groups first, then by name, so the layout does not depend on the order of the answer.
  const groups = [...byCapability.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  // About as wide again as tall, like the canvas, whatever the size of the register.
  const rowWidth = Math.max(14, Math.ceil(Math.sqrt(nodes.length) * 2.2));
  const positions: Placed[] = [];
  const labels: { capability: string; x: number; y: number }[] = [];
  let cursorX = 0;
  let cursorY = 0;
  let rowHeight = 0;
  for (const [capability, members] of groups) {
    const side = Math.ceil(Math.sqrt(members.length));
    if (cursorX > 0 && cursorX + side > rowWidth) {
      cursorX = 0;
      cursorY += rowHeight + BLOCK_GAP;
      rowHeight = 0;
    }
    labels.push({ capability, x: (cursorX + (side - 1) / 2) * NODE_SPACING, y: (cursorY - 1) * NODE_SPACING });
    [...members]
      .sort((a, b) => a.name.localeCompare(b.name))
      .forEach((node, i) => {
        positions.push({ id: node.id, x: (cursorX + (i % side)) * NODE_SPACING, y: (cursorY + Math.floor(i / side)) * NODE_SPACING });
      });
    cursorX += side + BLOCK_GAP;
    rowHeight = Math.max(rowHeight, side + 1);
  }
  return { positions, groups: labels };
}

/** The edges whose two ends are both on the map (a filter may have hidden one end). */
export function visibleEdges(map: EstateMap): EstateMap['edges'] {
  const ids = new Set(map.nodes.map((n) => n.id));
  return map.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
}
