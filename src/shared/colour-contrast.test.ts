import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contrastRatio, ratioText, relativeLuminance } from './colour-contrast.js';

const hex = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`);

describe('WCAG contrast', () => {
  it('gives the published extremes and known NHS colours', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
    // NHS blue on white passes AA; NHS light blue and warm yellow do not.
    expect(contrastRatio('#005eb8', '#ffffff')).toBeGreaterThan(4.5);
    expect(contrastRatio('#41b6e6', '#ffffff')).toBeLessThan(3);
    expect(contrastRatio('#ffb81c', '#ffffff')).toBeLessThan(2);
    // The WebAIM checker's figure for #767676 on white, the lightest grey that passes AA.
    expect(ratioText(contrastRatio('#767676', '#ffffff'))).toBe('4.54:1');
    expect(ratioText(contrastRatio('#777777', '#ffffff'))).toBe('4.47:1');
  });

  it('is symmetric, between 1 and 21, and darker on white means more contrast', () => {
    fc.assert(
      fc.property(hex, hex, (a, b) => {
        const ratio = contrastRatio(a, b);
        expect(ratio).toBeCloseTo(contrastRatio(b, a), 10);
        expect(ratio).toBeGreaterThanOrEqual(1);
        expect(ratio).toBeLessThanOrEqual(21.0000001);
        if (relativeLuminance(a) < relativeLuminance(b)) expect(contrastRatio(a, '#ffffff')).toBeGreaterThanOrEqual(contrastRatio(b, '#ffffff'));
      }),
    );
  });

  it('refuses what is not a #rrggbb colour', () => {
    expect(() => relativeLuminance('blue')).toThrow('Not a #rrggbb colour');
    expect(() => relativeLuminance('#05eb8')).toThrow();
  });
});
