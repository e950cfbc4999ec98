import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Public test data for the import and free-text tests. The shared folder beside the repository
 * (../shared/testdata) holds the newest copies; without it (a clean clone in CI) the same suites
 * come from their npm packages, pinned in devDependencies, so these tests always run.
 */
const require = createRequire(import.meta.url);
const shared = path.resolve(process.cwd(), '../shared/testdata');

/** The Big List of Naughty Strings (MIT): 515 strings in ../shared, 461 in the npm package. */
export function naughtyStrings(): { strings: string[]; from: string } {
  const local = path.join(shared, 'blns/blns.json');
  const file = existsSync(local) ? local : require.resolve('big-list-of-naughty-strings/blns.json');
  return { strings: JSON.parse(readFileSync(file, 'utf8')) as string[], from: file };
}

/** The csv-spectrum acid test (BSD-2-Clause): a folder with `csvs/` and the expected `json/`. */
export function csvSpectrumFolder(): string {
  const local = path.join(shared, 'csv-spectrum');
  return existsSync(path.join(local, 'csvs')) ? local : path.dirname(require.resolve('csv-spectrum/package.json'));
}
