import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateThemes, logGamma, type LabelledRow } from './evaluate.js';

// The same metric as ../shared/tools/theming_eval.py, recomputed here by scikit-learn itself on a
// generated set (CI's clone may not have ../shared). CI installs python3-sklearn (.ci/run).
const python = '/usr/bin/python3';
const script = `
import json, sys
from collections import defaultdict
from sklearn.metrics import adjusted_mutual_info_score
CATCH_ALL = {"Labelling not possible", "Not assigned"}
rows = [json.loads(l) for l in open(sys.argv[1])]
rows = [r for r in rows if len(r["labels"]) == 1 and r["labels"][0] not in CATCH_ALL and len(r["text"].split()) >= 3]
assign = json.load(open(sys.argv[2]))
ids = [r["id"] for r in rows if r["id"] in assign]
truth = {r["id"]: r["labels"][0] for r in rows}
y, p = [truth[i] for i in ids], [assign[i] for i in ids]
by_label, by_theme = defaultdict(set), defaultdict(set)
for i, a, b in zip(ids, y, p):
    by_label[a].add(i); by_theme[b].add(i)
f1s = []
for lab, members in by_label.items():
    if len(members) < 30: continue
    best = 0.0
    for th, tm in by_theme.items():
        inter = len(members & tm)
        if inter: best = max(best, 2 * inter / (len(members) + len(tm)))
    f1s.append(best)
print(json.dumps({"scored": len(ids), "ami": adjusted_mutual_info_score(y, p), "f1": sum(f1s) / len(f1s)}))
`;

function generated() {
  let state = 7;
  const next = () => ((state = (state * 48271) % 2147483647) / 2147483647);
  const codes = ['Parking', 'Food', 'Waiting', 'Staff', 'Noise', 'Labelling not possible'];
  const rows: LabelledRow[] = [];
  const assignment: Record<string, number> = {};
  for (let i = 0; i < 900; i++) {
    const code = codes[Math.floor(next() * codes.length)]!;
    const labels = next() < 0.05 ? [code, 'Food'] : [code];
    const text = next() < 0.05 ? 'too short' : `comment number ${i} about ${code}`;
    rows.push({ id: `r${i}`, text, labels });
    // A noisy assignment: right two times in three, otherwise one of eight themes at random.
    assignment[`r${i}`] = next() < 0.66 ? codes.indexOf(code) : Math.floor(next() * 8);
  }
  return { rows, assignment };
}

describe('evaluateThemes', () => {
  it('agrees with scikit-learn on a generated labelled set', () => {
    expect(existsSync(python)).toBe(true);
    const { rows, assignment } = generated();
    const dir = mkdtempSync(path.join(tmpdir(), 'chorus-eval-'));
    writeFileSync(path.join(dir, 'data.jsonl'), rows.map((row) => JSON.stringify(row)).join('\n'));
    writeFileSync(path.join(dir, 'assign.json'), JSON.stringify(assignment));
    writeFileSync(path.join(dir, 'eval.py'), script);
    const expected = JSON.parse(
      execFileSync(python, [path.join(dir, 'eval.py'), path.join(dir, 'data.jsonl'), path.join(dir, 'assign.json')], { encoding: 'utf8' }),
    ) as { scored: number; ami: number; f1: number };
    const ours = evaluateThemes(rows, assignment);
    expect(ours.scored).toBe(expected.scored);
    expect(ours.ami).toBeCloseTo(expected.ami, 9);
    expect(ours.f1).toBeCloseTo(expected.f1, 12);
    expect(ours.ami).toBeGreaterThan(0.1);
  });

  it('computes log-gamma accurately', () => {
    expect(logGamma(1)).toBeCloseTo(0, 12);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
  });
});
