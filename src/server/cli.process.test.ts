import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

/** The command line as an operator uses it: `npm run chorus -- backup|restore FILE` on embedded databases. */
async function chorus(dataDir: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', ...args], {
      env: { ...process.env, CHORUS_DATA_DIR: dataDir, DATABASE_URL: '' },
    });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, out: failed.stdout + failed.stderr };
  }
}

describe('npm run chorus', () => {
  it('backs up one embedded instance and restores it into another, refusing a second restore', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'chorus-cli-'));
    const source = path.join(dir, 'source');
    const target = path.join(dir, 'target');
    const file = path.join(dir, 'backup.jsonl');
    expect((await chorus(source, 'migrate')).code).toBe(0);
    const demo = await chorus(source, 'demo');
    expect(demo.code).toBe(0);
    expect(demo.out).toContain('Added the demo organisation');
    expect((await chorus(source, 'demo')).out).toContain('already there');
    const backup = await chorus(source, 'backup', file);
    expect(backup.code).toBe(0);
    expect(backup.out).toMatch(/Wrote \d+ rows from \d+ tables/);
    expect(JSON.parse(readFileSync(file, 'utf8').split('\n')[0]!)).toMatchObject({ format: 'chorus-backup', version: 1 });
    const restore = await chorus(target, 'restore', file);
    expect(restore.code).toBe(0);
    expect(restore.out).toMatch(/Restored \d+ rows/);
    const again = await chorus(target, 'restore', file);
    expect(again.code).toBe(2);
    expect(again.out).toContain('Restore refused: The target instance is not empty');
    const missing = await chorus(target, 'backup');
    expect(missing.code).toBe(1);
    expect(missing.out).toContain('Say which file');
  }, 400_000);
});
