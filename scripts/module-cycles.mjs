// Fails when the server's modules depend on each other in a loop, counting every import
// (index.ts, tables.ts for a foreign key, anything). dependency-cruiser's own no-cycles rule
// only sees loops between files; two modules can reach each other through different files
// without any file loop, and that is what makes a module impossible to move, test or reason
// about on its own. Usage: node scripts/module-cycles.mjs [folder, default src]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise } from 'dependency-cruiser';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const root = path.resolve(process.argv[2] ?? path.join(repo, 'src'));
const MODULE = /(?:^|\/)server\/modules\/([^/]+)\//;

const moduleOf = (file) => {
  if (file.includes('node_modules')) return null;
  const match = MODULE.exec(file.split(path.sep).join('/'));
  return match ? match[1] : null;
};

/** module → the modules it imports from (sorted, so the report is the same on every run). */
function moduleGraph(cruisedModules) {
  const graph = new Map();
  for (const file of cruisedModules) {
    const from = moduleOf(file.source);
    if (!from) continue;
    if (!graph.has(from)) graph.set(from, new Set());
    for (const dependency of file.dependencies) {
      const to = moduleOf(dependency.resolved);
      if (to && to !== from) graph.get(from).add(to);
    }
  }
  return new Map([...graph.keys()].sort().map((name) => [name, [...graph.get(name)].sort()]));
}

/** One loop per strongly connected group of modules, as a path that returns to its start. */
function moduleLoops(graph) {
  const loops = [];
  const seen = new Set();
  for (const start of graph.keys()) {
    if (seen.has(start)) continue;
    // Shortest way back to `start` (breadth first), so the loop reported is the simplest one.
    const cameFrom = new Map([[start, null]]);
    const queue = [start];
    let closing = null;
    while (queue.length > 0 && !closing) {
      const here = queue.shift();
      for (const next of graph.get(here) ?? []) {
        if (next === start) {
          closing = here;
          break;
        }
        if (!cameFrom.has(next)) {
          cameFrom.set(next, here);
          queue.push(next);
        }
      }
    }
    if (!closing) continue;
    const loop = [start];
    for (let at = closing; at !== start; at = cameFrom.get(at)) loop.splice(1, 0, at);
    loop.push(start);
    loop.forEach((name) => seen.add(name));
    loops.push(loop);
  }
  return loops;
}

async function main() {
  const tsConfigFile = path.join(repo, 'tsconfig.json');
  const result = await cruise(
    [root],
    {
      tsPreCompilationDeps: true,
      doNotFollow: { path: 'node_modules' },
      exclude: { path: '(node_modules|dist)' },
      tsConfig: { fileName: tsConfigFile },
    },
    { extensions: ['.ts', '.tsx', '.mjs', '.js', '.json'] },
    { tsConfig: extractTSConfig(tsConfigFile) },
  );
  const graph = moduleGraph(result.output.modules);
  if (graph.size === 0) {
    console.error(`No modules found under ${root}: expected files in server/modules/<name>/.`);
    process.exit(2);
  }
  const loops = moduleLoops(graph);
  if (loops.length === 0) {
    console.log(`module-cycles: ${graph.size} modules, no loops between them.`);
    return;
  }
  console.error('Modules depend on each other in a loop. Each module must depend one way only:');
  for (const loop of loops) console.error(`  ${loop.join(' → ')}`);
  console.error('Move the shared piece (a table, a helper) to the module that owns it, to platform, or to src/shared.');
  process.exit(1);
}

await main();
