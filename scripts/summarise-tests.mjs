// Prints one closing line for the whole `npm test` run from the runners' JSON reports,
// in the plain form CI reads: "tests: N passed, N failed".
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const dir = process.argv[2];
let passed = 0;
let failed = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  const report = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
  if (report.stats && 'expected' in report.stats) {
    // Playwright
    passed += report.stats.expected + report.stats.flaky;
    failed += report.stats.unexpected;
  } else {
    // Vitest
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  }
  console.log(`${file.replace('.json', '')}: ${report.numPassedTests ?? report.stats.expected} passed`);
}
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
