import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// `npm run cycles` runs scripts/module-cycles.mjs: no two modules may depend on each other,
// even through different files (a table imported for a foreign key counts like any import).
const script = path.join(import.meta.dirname, '../../scripts/module-cycles.mjs');
const run = (folder?: string) => spawnSync(process.execPath, folder ? [script, folder] : [script], { encoding: 'utf8' });

const fixture = mkdtempSync(path.join(tmpdir(), 'chorus-module-cycle-'));
afterAll(() => rmSync(fixture, { recursive: true, force: true }));

/** A fake module tree: files named by module and file, each importing the paths listed. */
function writeModules(root: string, files: Record<string, string[]>) {
  for (const [file, imports] of Object.entries(files)) {
    const target = path.join(root, 'server/modules', file);
    mkdirSync(path.dirname(target), { recursive: true });
    const lines = imports.map((from, i) => `import { x as x${i} } from '${from}';`);
    writeFileSync(target, `${lines.join('\n')}\nexport const x = ${imports.map((_, i) => `x${i}`).join(' + ') || '1'};\n`);
  }
}

describe('the rule that modules never depend on each other in a loop', () => {
  it('fails naming the loop, even when no single file imports itself back', () => {
    // surveys → estate through index.ts, estate → imports through index.ts, and imports back
    // to surveys only through tables.ts: no file-level cycle, but a module-level one.
    writeModules(fixture, {
      'surveys/index.ts': ['../estate/index.js'],
      'surveys/tables.ts': [],
      'estate/index.ts': ['../imports/index.js'],
      'imports/index.ts': [],
      'imports/tables.ts': ['../surveys/tables.js'],
      'results/index.ts': ['../surveys/index.js'],
    });
    const result = run(fixture);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('estate → imports → surveys → estate');
    expect(result.stderr).not.toContain('results');
  });

  it('passes on the real source tree', () => {
    const result = run();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/module-cycles: \d+ modules, no loops between them/);
    // Cruising the whole tree takes a few seconds alone, longer beside other test files.
  }, 120_000);
});
