import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { evaluateThemes, runThemesInWorker, suggestThemes } from '../src/server/platform/text/themes/index.js';
import type { LabelledRow } from '../src/server/platform/text/themes/evaluate.js';

/**
 * Theme suggestion quality and speed on the NHS feedback set (../shared, not in this repository):
 * every comment is grouped without its labels, scored with our TypeScript metric, and compared
 * with the best scikit-learn baseline of ../shared/tools/theming_eval.py run in the same bench.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const data = path.resolve(root, '../shared/testdata/nhs-feedback-phase1/comments.jsonl');
const script = path.resolve(root, '../shared/tools/theming_eval.py');
const python = '/usr/bin/python3';

function pythonReady(): boolean {
  try {
    execFileSync(python, ['-c', 'import sklearn'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export async function benchThemes(): Promise<string[]> {
  if (!existsSync(data)) return [`bench themes: skipped, ${data} is missing`];
  const rows = readFileSync(data, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as LabelledRow);
  const items = rows.map((row) => ({ id: row.id, text: row.text }));
  const lines: string[] = [];

  // Every comment is scored: an unfitted one counts in its nearest theme, a wordless one in a group of its own.
  const scoreSeed = (seed: number) => {
    const result = suggestThemes(items, { seed });
    const assignment: Record<string, number> = {};
    result.themes.forEach((theme, index) => theme.memberIds.forEach((id) => (assignment[id] = index)));
    for (const id of result.unfitted) assignment[id] = result.nearest[id] ?? -1;
    return { result, assignment, score: evaluateThemes(rows, assignment) };
  };
  // One seed's grouping varies by a few hundredths of AMI from the next: the quality lines are the
  // mean of three seeds, with each seed's figures beside them.
  const seeds = [1, 2, 3].map(scoreSeed);
  const { result, assignment } = seeds[0]!;
  const mean = (pick: (s: (typeof seeds)[number]) => number) => seeds.reduce((sum, s) => sum + pick(s), 0) / seeds.length;
  const ours = { ...seeds[0]!.score, ami: mean((s) => s.score.ami), f1: mean((s) => s.score.f1) };
  lines.push(`bench themes: ${result.themes.length} themes, ${result.unfitted.length} unfitted, ${ours.scored} comments scored (seed 1)`);
  lines.push(`bench themes-seeds: ${seeds.map((s, i) => `seed ${i + 1} AMI ${s.score.ami.toFixed(3)} F1 ${s.score.f1.toFixed(3)} (${s.result.themes.length} themes)`).join('; ')}`);

  if (!pythonReady()) {
    lines.push('bench themes: scikit-learn is missing, install it with `apt-get install -y python3-sklearn` to compare with the baselines');
  } else if (!existsSync(script)) {
    lines.push(`bench themes: ${script} is missing, baselines skipped`);
  } else {
    const baseline = execFileSync(python, [script, data], { encoding: 'utf8' });
    let ami = 0;
    let f1 = 0;
    for (const match of baseline.matchAll(/AMI ([\d.]+), label recovery F1 ([\d.]+)/g)) {
      ami = Math.max(ami, Number(match[1]));
      f1 = Math.max(f1, Number(match[2]));
    }
    lines.push(`bench themes-ami: ${ours.ami.toFixed(3)} (mean of 3 seeds) | baseline sklearn-tfidf: ${ami.toFixed(3)} | ratio ${(ours.ami / ami).toFixed(2)}`);
    lines.push(`bench themes-f1: ${ours.f1.toFixed(3)} (mean of 3 seeds) | baseline sklearn-tfidf: ${f1.toFixed(3)} | ratio ${(ours.f1 / f1).toFixed(2)}`);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'chorus-themes-')), 'assignment.json');
    writeFileSync(file, JSON.stringify(assignment));
    const check = execFileSync(python, [script, data, file], { encoding: 'utf8' }).trim().split('\n').at(-1);
    lines.push(`bench themes-metric (seed 1): typescript AMI ${seeds[0]!.score.ami.toFixed(3)}, F1 ${seeds[0]!.score.f1.toFixed(3)} | python ${check}`);
  }

  const tenThousand = items.slice(0, 10_000);
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const started = performance.now();
  await runThemesInWorker(tenThousand, { seed: 1 });
  const seconds = (performance.now() - started) / 1000;
  delay.disable();
  lines.push(`bench themes-10k: ${seconds.toFixed(2)} s | limit 10 s`);
  lines.push(`bench themes-10k-event-loop: longest wait ${(delay.max / 1e6).toFixed(1)} ms in the main thread`);
  return lines;
}
