/**
 * A consensus of several seeded runs. One run of the sampler settles some texts by chance; texts
 * that land together run after run belong together. Starting from one run's themes, each text
 * moves to the theme whose members most often shared a cluster with it across all runs
 * ("evidence accumulation"). The co-association of a text with a theme is counted through each
 * run's label counts per theme, so a pass costs texts × runs × themes, never texts².
 */
export function consensusAssignment(
  runs: readonly Int32Array[],
  start: Int32Array,
  texts: readonly number[],
  weight: (d: number) => number,
  clusters: number,
  rounds = 6,
): Int32Array {
  const assignment = Int32Array.from(start);
  const R = runs.length;
  // counts[(r * clusters + g) * clusters + c]: weight of theme g's texts that run r put in cluster c.
  const counts = new Float64Array(R * clusters * clusters);
  const size = new Float64Array(clusters);
  const add = (d: number, g: number, sign: number) => {
    const w = weight(d) * sign;
    size[g]! += w;
    for (let r = 0; r < R; r++) counts[(r * clusters + g) * clusters + runs[r]![d]!]! += w;
  };
  for (const d of texts) add(d, assignment[d]!, 1);

  for (let round = 0; round < rounds; round++) {
    let moved = 0;
    for (const d of texts) {
      const own = assignment[d]!;
      add(d, own, -1);
      let best = own;
      let bestScore = -1;
      for (let g = 0; g < clusters; g++) {
        if (size[g]! <= 0) continue;
        let together = 0;
        for (let r = 0; r < R; r++) together += counts[(r * clusters + g) * clusters + runs[r]![d]!]!;
        // The share of runs in which an average member of g sat with d; ties keep the text where it is.
        const score = together / (size[g]! * R);
        if (score > bestScore || (score === bestScore && g === own)) {
          bestScore = score;
          best = g;
        }
      }
      add(d, best, 1);
      assignment[d] = best;
      if (best !== own) moved++;
    }
    if (moved === 0) break;
  }
  return assignment;
}
