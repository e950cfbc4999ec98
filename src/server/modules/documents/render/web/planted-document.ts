import type { StrategyDocument } from '../../../../../shared/strategy-document.js';
import { naughtyStrings } from '../../../../testing/test-data.js';
import { sampleStrategyDocument } from '../../testing-document.js';

/**
 * For the tests: the sample document with about sixty of the Big List of Naughty Strings and the
 * classic injections planted in every free-text place, each place keeping its string wherever it
 * recurs (the roadmap's chart and table name the same initiative), so a test can look for it.
 */
export function plantedStrategyDocument(): { doc: StrategyDocument; planted: Map<string, string> } {
  const { strings } = naughtyStrings();
  const sample = [...strings.filter((_, i) => i % Math.floor(strings.length / 57) === 0), '<script>alert(1)</script>', '{{7*7}}', '"><img src=x onerror=alert(1)>'];
  const planted = new Map<string, string>();
  const doc = sampleStrategyDocument((place) => {
    if (!planted.has(place)) planted.set(place, sample[planted.size % sample.length]!);
    return `${place}: ${planted.get(place)!}`;
  });
  return { doc, planted };
}
