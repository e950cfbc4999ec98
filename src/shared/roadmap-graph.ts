/**
 * The roadmap's dependency graph, as pure functions so the server (refusing a loop, flagging a
 * schedule) and the property test share them. An edge `{ from, to }` reads "from depends on to":
 * `to` must finish before `from` starts.
 */
export interface Edge {
  from: string;
  to: string;
}

function adjacency(edges: readonly Edge[]): Map<string, string[]> {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) {
    const list = next.get(from);
    if (list) list.push(to);
    else next.set(from, [to]);
  }
  return next;
}

/**
 * The loop `newEdge` would close, as the path of ids from `newEdge.from` back to itself
 * (e.g. [A, B, C, A]), or null when the graph stays acyclic. Iterative DFS: 2,000 edges would
 * overflow no stack, but a generated graph might.
 */
export function findCycle(edges: readonly Edge[], newEdge: Edge): string[] | null {
  if (newEdge.from === newEdge.to) return [newEdge.from, newEdge.from];
  const next = adjacency(edges);
  // Search a path newEdge.to → … → newEdge.from; with the new edge it becomes a loop.
  const parent = new Map<string, string>();
  const seen = new Set<string>([newEdge.to]);
  const stack = [newEdge.to];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === newEdge.from) {
      const path = [node];
      let at = node;
      while (at !== newEdge.to) {
        at = parent.get(at)!;
        path.push(at);
      }
      // path holds from ← … ← to; reversed it reads to → … → from, and the new edge leads into it.
      return [newEdge.from, ...path.reverse()];
    }
    for (const to of next.get(node) ?? []) {
      if (seen.has(to)) continue;
      seen.add(to);
      parent.set(to, node);
      stack.push(to);
    }
  }
  return null;
}

/** The first loop among `edges` when they are added one by one (the file an import reads), or null. */
export function firstCycleOf(edges: readonly Edge[]): string[] | null {
  const accepted: Edge[] = [];
  for (const edge of edges) {
    const loop = findCycle(accepted, edge);
    if (loop) return loop;
    accepted.push(edge);
  }
  return null;
}

export interface Timed {
  id: string;
  months: number;
}

/**
 * The longest chain of dependent work by total duration (each initiative's months added once),
 * ordered first-to-do first. Kahn's topological order then one relaxation pass: O(V + E).
 * Ties keep the first found, so the answer is stable for the same input.
 */
export function criticalPath(nodes: readonly Timed[], edges: readonly Edge[]): { chain: string[]; months: number } {
  const months = new Map(nodes.map((n) => [n.id, n.months]));
  // Walk in doing order: an edge from → to means to comes first.
  const after = new Map<string, string[]>();
  const waiting = new Map<string, number>(nodes.map((n) => [n.id, 0]));
  for (const { from, to } of edges) {
    if (!months.has(from) || !months.has(to)) continue;
    (after.get(to) ?? after.set(to, []).get(to)!).push(from);
    waiting.set(from, (waiting.get(from) ?? 0) + 1);
  }
  const best = new Map<string, number>(nodes.map((n) => [n.id, n.months]));
  const previous = new Map<string, string>();
  const queue = nodes.filter((n) => waiting.get(n.id) === 0).map((n) => n.id);
  for (let i = 0; i < queue.length; i += 1) {
    const node = queue[i]!;
    for (const later of after.get(node) ?? []) {
      const total = best.get(node)! + months.get(later)!;
      if (total > best.get(later)!) {
        best.set(later, total);
        previous.set(later, node);
      }
      const left = waiting.get(later)! - 1;
      waiting.set(later, left);
      if (left === 0) queue.push(later);
    }
  }
  let end: string | null = null;
  for (const node of queue) if (end === null || best.get(node)! > best.get(end)!) end = node;
  if (end === null) return { chain: [], months: 0 };
  const chain = [end];
  while (previous.has(chain[0]!)) chain.unshift(previous.get(chain[0]!)!);
  return { chain, months: best.get(end)! };
}

export interface Scheduled {
  id: string;
  title: string;
  startMonth: string;
  endMonth: string;
}

export interface ScheduleConflict {
  initiativeId: string;
  dependsOnId: string;
  message: string;
}

/** Initiatives planned to start before (or in the month) something they depend on ends. */
export function scheduleConflicts(items: readonly Scheduled[], edges: readonly Edge[], label: (month: string) => string): ScheduleConflict[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  const conflicts: ScheduleConflict[] = [];
  for (const { from, to } of edges) {
    const item = byId.get(from);
    const before = byId.get(to);
    if (!item || !before || item.startMonth > before.endMonth) continue;
    conflicts.push({
      initiativeId: from,
      dependsOnId: to,
      message: `Starts in ${label(item.startMonth)}, before "${before.title}" ends in ${label(before.endMonth)}, which it depends on`,
    });
  }
  return conflicts;
}
