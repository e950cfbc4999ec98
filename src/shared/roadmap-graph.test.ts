import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { criticalPath, findCycle, firstCycleOf, scheduleConflicts, type Edge } from './roadmap-graph.js';
import { monthLabel } from './roadmap-months.js';

/** Brute force: can `from` reach `to` following edges? (Repeated relaxation, no cleverness.) */
function reaches(edges: Edge[], from: string, to: string): boolean {
  const seen = new Set([from]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const e of edges) if (seen.has(e.from) && !seen.has(e.to)) { seen.add(e.to); grew = true; }
  }
  return seen.has(to);
}

/** Brute force: the longest total duration over every path, by enumerating them all. */
function longestByEnumeration(months: Map<string, number>, edges: Edge[]): number {
  let best = 0;
  const walk = (node: string, total: number, visited: Set<string>) => {
    best = Math.max(best, total);
    for (const e of edges) if (e.from === node && !visited.has(e.to)) walk(e.to, total + months.get(e.to)!, new Set([...visited, e.to]));
  };
  for (const [node, m] of months) walk(node, m, new Set([node]));
  return best;
}

const node = (i: number) => `n${i}`;
const candidateEdges = (size: number) => fc.array(fc.tuple(fc.nat(size - 1), fc.nat(size - 1)), { maxLength: 24 });

describe('findCycle', () => {
  it('refuses exactly the edges that close a loop, and names a real loop', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }).chain((size) => candidateEdges(size)), (pairs) => {
        const accepted: Edge[] = [];
        for (const [a, b] of pairs) {
          const edge = { from: node(a), to: node(b) };
          const loop = findCycle(accepted, edge);
          // The new edge a → b closes a loop exactly when b already reaches a (or a is b).
          expect(loop !== null).toBe(a === b || reaches(accepted, edge.to, edge.from));
          if (loop) {
            expect(loop[0]).toBe(edge.from);
            expect(loop.at(-1)).toBe(edge.from);
            expect(loop[1]).toBe(edge.to);
            const all = [...accepted, edge];
            for (let i = 0; i + 1 < loop.length; i += 1) expect(all.some((e) => e.from === loop[i] && e.to === loop[i + 1])).toBe(true);
          } else {
            accepted.push(edge);
          }
        }
        // What was accepted is acyclic: no node reaches itself through an edge.
        for (const e of accepted) expect(reaches(accepted, e.to, e.from)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('accepts every acyclic graph (edges only from lower to higher numbers), in any order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 8 }).chain((size) => fc.array(fc.tuple(fc.nat(size - 2), fc.nat(size - 1)), { maxLength: 24 })), (pairs) => {
        const edges = pairs.filter(([a, b]) => a < b).map(([a, b]) => ({ from: node(a), to: node(b) }));
        expect(firstCycleOf(edges)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it('names the loop in order', () => {
    const edges = [{ from: 'A', to: 'B' }, { from: 'B', to: 'C' }];
    expect(findCycle(edges, { from: 'C', to: 'A' })).toEqual(['C', 'A', 'B', 'C']);
  });
});

describe('criticalPath', () => {
  it('matches a brute-force enumeration of every path on small acyclic graphs', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }).chain((size) => fc.tuple(fc.array(fc.integer({ min: 1, max: 24 }), { minLength: size, maxLength: size }), candidateEdges(size))),
        ([durations, pairs]) => {
          const months = new Map(durations.map((m, i) => [node(i), m]));
          const edges = pairs.filter(([a, b]) => a > b).map(([a, b]) => ({ from: node(a), to: node(b) }));
          const result = criticalPath([...months].map(([id, m]) => ({ id, months: m })), edges);
          expect(result.months).toBe(longestByEnumeration(months, edges));
          // The chain is a real path, first-to-do first, and its months add up.
          expect(result.chain.reduce((sum, id) => sum + months.get(id)!, 0)).toBe(result.months);
          for (let i = 0; i + 1 < result.chain.length; i += 1) expect(edges.some((e) => e.from === result.chain[i + 1] && e.to === result.chain[i])).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is empty for an empty roadmap', () => {
    expect(criticalPath([], [])).toEqual({ chain: [], months: 0 });
  });
});

describe('scheduleConflicts', () => {
  it('flags an initiative starting before (or in the month) what it depends on ends', () => {
    const items = [
      { id: 'a', title: 'Build', startMonth: '2027-01-01', endMonth: '2027-06-01' },
      { id: 'b', title: 'Roll out', startMonth: '2027-06-01', endMonth: '2027-09-01' },
      { id: 'c', title: 'Review', startMonth: '2027-07-01', endMonth: '2027-08-01' },
    ];
    const conflicts = scheduleConflicts(items, [{ from: 'b', to: 'a' }, { from: 'c', to: 'a' }], monthLabel);
    expect(conflicts).toEqual([{ initiativeId: 'b', dependsOnId: 'a', message: 'Starts in June 2027, before "Build" ends in June 2027, which it depends on' }]);
  });
});
