import { describe, expect, it } from 'vitest';
import { capabilityLayout, NODE_SPACING, visibleEdges } from './map-layout.js';
import type { EstateMap } from './types.js';

const node = (id: string, capability: string | null): EstateMap['nodes'][number] => ({
  id,
  name: `System ${id}`,
  capability,
  lifecycle: 'active',
  criticality: 'medium',
  divisionIds: [],
});

describe('capabilityLayout', () => {
  it('places every node once, on distinct points', () => {
    const nodes = Array.from({ length: 2000 }, (_, i) => node(String(i), `Capability ${i % 37}`));
    const { positions, groups } = capabilityLayout(nodes);
    expect(positions).toHaveLength(2000);
    expect(new Set(positions.map((p) => p.id)).size).toBe(2000);
    expect(new Set(positions.map((p) => `${p.x},${p.y}`)).size).toBe(2000);
    expect(groups).toHaveLength(37);
  });

  it('keeps systems of one capability together, apart from other capabilities', () => {
    const nodes = [node('a', 'Imaging'), node('b', 'Imaging'), node('c', 'Pathology'), node('d', null)];
    const { positions, groups } = capabilityLayout(nodes);
    const at = (id: string) => positions.find((p) => p.id === id)!;
    const distance = (p: string, q: string) => Math.hypot(at(p).x - at(q).x, at(p).y - at(q).y);
    expect([NODE_SPACING.x, NODE_SPACING.y]).toContain(distance('a', 'b'));
    expect(distance('a', 'c')).toBeGreaterThan(NODE_SPACING.y * 2);
    expect(groups.map((g) => g.capability)).toEqual(['Imaging', 'No capability recorded', 'Pathology']);
  });

  it('comes out wider than tall, like the canvas, for a small and a large register', () => {
    for (const [count, capabilities] of [[62, 20], [2000, 37]] as const) {
      const { positions } = capabilityLayout(Array.from({ length: count }, (_, i) => node(String(i), `Capability ${i % capabilities}`)));
      const xs = positions.map((p) => p.x);
      const ys = positions.map((p) => p.y);
      const aspect = (Math.max(...xs) - Math.min(...xs)) / (Math.max(...ys) - Math.min(...ys));
      expect(aspect).toBeGreaterThan(1);
      expect(aspect).toBeLessThan(3);
    }
  });

  it('gives the same layout whatever order the nodes come in', () => {
    const nodes = Array.from({ length: 50 }, (_, i) => node(String(i), `C${i % 4}`));
    const sorted = (ps: { id: string; x: number; y: number }[]) => [...ps].sort((a, b) => a.id.localeCompare(b.id));
    expect(sorted(capabilityLayout([...nodes].reverse()).positions)).toEqual(sorted(capabilityLayout(nodes).positions));
  });
});

describe('visibleEdges', () => {
  it('drops edges with an end that is not on the map', () => {
    const map: EstateMap = {
      nodes: [node('a', null), node('b', null)],
      edges: [
        { id: 'e1', source: 'a', target: 'b', interfaceType: 'fhir', frequency: null },
        { id: 'e2', source: 'a', target: 'gone', interfaceType: 'api', frequency: 'daily' },
      ],
    };
    expect(visibleEdges(map).map((e) => e.id)).toEqual(['e1']);
  });

  it('gives a closed capability one place of its own instead of a block of systems', () => {
    const nodes = Array.from({ length: 300 }, (_, i) => node(String(i), `Capability ${i % 3}`));
    const all = capabilityLayout(nodes, new Set(['Capability 0', 'Capability 1', 'Capability 2']));
    expect([all.positions, all.groups]).toEqual([[], []]);
    expect(all.clusters.map((c) => c.capability).sort()).toEqual(['Capability 0', 'Capability 1', 'Capability 2']);
    expect(new Set(all.clusters.map((c) => `${c.x},${c.y}`)).size).toBe(3);
    const one = capabilityLayout(nodes, new Set(['Capability 0', 'Capability 2']));
    expect(one.positions).toHaveLength(100);
    expect(one.groups.map((g) => g.capability)).toEqual(['Capability 1']);
    expect(one.clusters).toHaveLength(2);
  });
});
