import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { MeasureDetail } from '../../../shared/contracts/measures.js';
import { MeasureChart } from './MeasureChart.js';

const point = (on: string, value: number | null) => ({ valueId: null, on, onLabel: on, value, suppressed: value === null, label: 'Wave', note: '' });
const measure = {
  name: 'Staff who say systems help',
  unit: '% of staff',
  baseline: { value: 50, on: { on: '2025-03-31', label: '31 March 2025' }, source: '', fromFirstWave: true },
  target: { value: 75, on: { on: '2029-03-31', label: '31 March 2029' } },
  latest: { value: 66.7, on: { on: '2025-09-30', label: '30 September 2025' } },
  series: [point('2025-03-31', 50), point('2025-09-30', 66.7), point('2026-03-31', null), point('2026-09-30', 70)],
} as unknown as MeasureDetail;

describe('the measure chart', () => {
  it('is an image with a text alternative, and never draws the line across a hidden wave', () => {
    const html = renderToStaticMarkup(createElement(MeasureChart, { measure }));
    expect(html).toContain('role="img"');
    expect(html).toMatch(/<title id="measure-chart-title">Staff who say systems help: 3 values from 2025-03-31, latest 66.7 % of staff, target 75 % of staff\./);
    // One line through the two waves before the gap; the wave after it stands alone.
    expect(html.match(/<polyline/g)).toHaveLength(1);
    expect(html.match(/<circle/g)).toHaveLength(3);
    expect(html.match(/chorus-measure-chart__gap/g)).toHaveLength(1);
    expect(html).toContain('too few answers to show');
  });

  it('draws nothing when there is nothing to draw', () => {
    const empty = { ...measure, series: [], baseline: { ...measure.baseline, value: null, on: null }, target: { value: null, on: null }, latest: null } as MeasureDetail;
    expect(renderToStaticMarkup(createElement(MeasureChart, { measure: empty }))).toBe('');
  });
});
