import { describe, expect, it } from 'vitest';
import { capabilitiesOf, CLUSTER_ABOVE, clusterId, clusterMap, NO_CAPABILITY, READABLE_INTEGRATIONS_PER_SYSTEM, READABLE_SYSTEMS, startsClustered } from './map-clusters.js';
import type { EstateMap } from './types.js';

const node = (id: string, capability: string | null): EstateMap['nodes'][number] => ({ id, name: `System ${id}`, capability, lifecycle: 'active', criticality: 'medium', divisionIds: [] });
const edge = (id: string, source: string, target: string, interfaceType: EstateMap['edges'][number]['interfaceType'] = 'hl7v2'): EstateMap['edges'][number] => ({ id, source, target, interfaceType, frequency: null });

const map: EstateMap = {
  nodes: [node('epr', 'Records'), node('portal', 'Records'), node('pacs', 'Imaging'), node('ris', 'Imaging'), node('esr', null)],
  edges: [
    edge('1', 'epr', 'portal'), // inside Records
    edge('2', 'pacs', 'epr'),
    edge('3', 'ris', 'epr'),
    edge('4', 'ris', 'portal', 'fhir'),
    edge('5', 'esr', 'epr', 'manual_rekeying'),
    edge('6', 'epr', 'gone'), // the other end is filtered out
  ],
};
const total = (m: ReturnType<typeof clusterMap>) => m.edges.reduce((sum, e) => sum + e.count, 0) + m.clusters.reduce((sum, c) => sum + c.internal, 0);

describe('clusterMap', () => {
  it('with every capability closed, sums the lines between capabilities and counts the ones inside', () => {
    const clustered = clusterMap(map, new Set());
    expect(clustered.nodes).toEqual([]);
    expect(clustered.clusters).toEqual([
      { id: clusterId('Records'), capability: 'Records', systems: 2, internal: 1 },
      { id: clusterId('Imaging'), capability: 'Imaging', systems: 2, internal: 0 },
      { id: clusterId(NO_CAPABILITY), capability: NO_CAPABILITY, systems: 1, internal: 0 },
    ]);
    expect(clustered.edges.map((e) => [e.source, e.target, e.count, e.interfaceType])).toEqual([
      [clusterId('Imaging'), clusterId('Records'), 3, null],
      [clusterId(NO_CAPABILITY), clusterId('Records'), 1, 'manual_rekeying'],
    ]);
    expect(total(clustered)).toBe(5);
  });

  it('draws the systems of an open capability, each line to the closed capabilities still summed', () => {
    const clustered = clusterMap(map, new Set(['Records']));
    expect(clustered.nodes.map((n) => n.id)).toEqual(['epr', 'portal']);
    expect(clustered.clusters.map((c) => c.capability)).toEqual(['Imaging', NO_CAPABILITY]);
    expect(clustered.edges.map((e) => [e.source, e.target, e.count])).toEqual([
      ['epr', 'portal', 1],
      [clusterId('Imaging'), 'epr', 2],
      [clusterId('Imaging'), 'portal', 1],
      [clusterId(NO_CAPABILITY), 'epr', 1],
    ]);
    // A line between two shown systems keeps its own id and interface.
    expect(clustered.edges[0]).toMatchObject({ id: '1', interfaceType: 'hl7v2' });
    expect(total(clustered)).toBe(5);
  });

  it('with everything open, is the map itself', () => {
    const clustered = clusterMap(map, new Set(['Records', 'Imaging', NO_CAPABILITY]));
    expect(clustered.clusters).toEqual([]);
    expect(clustered.nodes).toHaveLength(5);
    expect(clustered.edges.map((e) => e.id)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('lists capabilities largest first, then by name', () => {
    expect(capabilitiesOf(map)).toEqual([
      { capability: 'Imaging', systems: 2 },
      { capability: 'Records', systems: 2 },
      { capability: NO_CAPABILITY, systems: 1 },
    ]);
  });
});

describe('startsClustered', () => {
  const capabilities = ['Records', 'Imaging', 'Pathology', 'Workforce'];
  const systems = (count: number, capabilityFor = (i: number) => capabilities[i % capabilities.length]!) =>
    Array.from({ length: count }, (_, i) => node(`s${i}`, capabilityFor(i)));
  // Each system linked to the next `perSystem` systems after it: `perSystem` integrations per system.
  const linked = (nodes: EstateMap['nodes'], perSystem: number) =>
    nodes.flatMap((n, i) => Array.from({ length: perSystem }, (_, k) => edge(`${n.id}-${k}`, n.id, nodes[(i + k + 1) % nodes.length]!.id)));

  it('draws a small, sparse register whole', () => {
    const nodes = systems(30);
    expect(startsClustered({ nodes, edges: linked(nodes, 1) })).toBe(false);
  });

  it('opens on capabilities once there are more systems than fit readably', () => {
    const nodes = systems(READABLE_SYSTEMS + 1);
    expect(startsClustered({ nodes, edges: linked(nodes, 1) })).toBe(true);
    expect(startsClustered({ nodes: nodes.slice(0, READABLE_SYSTEMS), edges: [] })).toBe(false);
  });

  it('opens on capabilities when a modest register is densely linked', () => {
    const nodes = systems(20);
    expect(startsClustered({ nodes, edges: linked(nodes, READABLE_INTEGRATIONS_PER_SYSTEM + 1) })).toBe(true);
    expect(startsClustered({ nodes, edges: linked(nodes, READABLE_INTEGRATIONS_PER_SYSTEM) })).toBe(false);
  });

  it('does not count integrations to systems a filter has hidden', () => {
    const nodes = systems(20);
    const toHidden = nodes.flatMap((n) => [1, 2, 3].map((k) => edge(`${n.id}-gone-${k}`, n.id, `gone-${k}`)));
    expect(startsClustered({ nodes, edges: toHidden })).toBe(false);
  });

  it('never folds a register of one capability into a single circle, unless it is very large', () => {
    const nodes = systems(100, () => 'Records');
    expect(startsClustered({ nodes, edges: linked(nodes, 3) })).toBe(false);
    expect(startsClustered({ nodes: systems(CLUSTER_ABOVE + 1, () => 'Records'), edges: [] })).toBe(true);
  });

  it('leaves a handful of systems whole however they are linked', () => {
    const nodes = systems(8);
    expect(startsClustered({ nodes, edges: linked(nodes, 5) })).toBe(false);
  });
});
