import { capabilityOf } from './map-clusters.js';
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

/** Cells are wider than tall: a system's name is written under its dot and needs the room. */
export const NODE_SPACING = { x: 150, y: 64 } as const;
/** The canvas is about this much wider than tall, so the whole map fills it when fitted. */
const CANVAS_ASPECT = 1.7;

export interface MapLayout {
  positions: Placed[];
  /** Where each open capability's heading goes, above its systems. */
  groups: { capability: string; x: number; y: number }[];
  /** Where each closed capability's circle goes. */
  clusters: { capability: string; x: number; y: number }[];
}

/** `closed`: capabilities drawn as one circle, which takes a block of its own about two cells wide. */
export function capabilityLayout(nodes: EstateMap['nodes'], closed: ReadonlySet<string> = new Set()): MapLayout {
  const byCapability = new Map<string, EstateMap['nodes']>();
  for (const node of nodes) {
    const key = capabilityOf(node);
    const list = byCapability.get(key);
    if (list) list.push(node);
    else byCapability.set(key, [node]);
  }
  // Largest groups first, then by name, so the layout does not depend on the order of the answer.
  const groups = [...byCapability.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  // Each block about as wide as tall on screen; one empty column between blocks, and a row for the heading.
  const blocks = groups.map(([capability, members]): Block => {
    if (closed.has(capability)) return { capability, members, closed: true, columns: 1, width: 2 * NODE_SPACING.x, height: 3 * NODE_SPACING.y };
    const columns = Math.max(1, Math.ceil(Math.sqrt((members.length * NODE_SPACING.y) / NODE_SPACING.x)));
    const rows = Math.ceil(members.length / columns);
    return { capability, members, closed: false, columns, width: (columns + 1) * NODE_SPACING.x, height: (rows + 1) * NODE_SPACING.y };
  });
  const area = blocks.reduce((sum, b) => sum + b.width * b.height, 0);
  const widest = Math.max(...blocks.map((b) => b.width));
  // Rows are filled greedily, so the shape depends on where they break: try a few row widths
  // around the ideal and keep the one whose shape is nearest the canvas's.
  let best: Packed | null = null;
  for (let factor = 0.8; factor <= 2.01; factor += 0.1) {
    const packed = pack(blocks, Math.max(widest, factor * Math.sqrt(CANVAS_ASPECT * area)));
    if (!best || Math.abs(Math.log(packed.aspect / CANVAS_ASPECT)) < Math.abs(Math.log(best.aspect / CANVAS_ASPECT))) best = packed;
  }
  return { positions: best?.positions ?? [], groups: best?.groups ?? [], clusters: best?.clusters ?? [] };
}

interface Block {
  capability: string;
  members: EstateMap['nodes'];
  closed: boolean;
  columns: number;
  width: number;
  height: number;
}
interface Packed extends MapLayout {
  aspect: number;
}

/** Blocks left to right in rows no wider than `rowWidth`; each block's systems by name. */
function pack(blocks: Block[], rowWidth: number): Packed {
  const positions: Placed[] = [];
  const groups: MapLayout['groups'] = [];
  const clusters: MapLayout['clusters'] = [];
  let cursorX = 0;
  let cursorY = 0;
  let rowHeight = 0;
  let width = 0;
  for (const block of blocks) {
    if (cursorX > 0 && cursorX + block.width > rowWidth) {
      cursorX = 0;
      cursorY += rowHeight;
      rowHeight = 0;
    }
    if (block.closed) clusters.push({ capability: block.capability, x: cursorX + NODE_SPACING.x / 2, y: cursorY + NODE_SPACING.y });
    else groups.push({ capability: block.capability, x: cursorX + ((block.columns - 1) * NODE_SPACING.x) / 2, y: cursorY });
    if (!block.closed) [...block.members]
      .sort((a, b) => a.name.localeCompare(b.name))
      .forEach((node, i) => {
        positions.push({
          id: node.id,
          x: cursorX + (i % block.columns) * NODE_SPACING.x,
          y: cursorY + (1 + Math.floor(i / block.columns)) * NODE_SPACING.y,
        });
      });
    cursorX += block.width;
    width = Math.max(width, cursorX);
    rowHeight = Math.max(rowHeight, block.height);
  }
  return { positions, groups, clusters, aspect: width / Math.max(1, cursorY + rowHeight) };
}

/** The edges whose two ends are both on the map (a filter may have hidden one end). */
export function visibleEdges(map: EstateMap): EstateMap['edges'] {
  const ids = new Set(map.nodes.map((n) => n.id));
  return map.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
}
