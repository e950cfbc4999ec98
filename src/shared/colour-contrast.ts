/**
 * WCAG 2 contrast between colours, for the organisation's accent colour: it fills the header of
 * its published strategy with white text on it and colours links on white, so it must reach the
 * AA ratio for normal text (4.5:1) against white. Formulas from WCAG 2.2, "relative luminance".
 */
export const AA_NORMAL_TEXT = 4.5;
export const WHITE = '#ffffff';

const HEX = /^#[0-9a-f]{6}$/i;

/** What a person types ("005EB8", " #005eb8 ") as the stored form, "#005eb8"; not checked. */
export function normaliseHex(value: string): string {
  const trimmed = value.trim().toLowerCase();
  return trimmed.startsWith('#') ? trimmed : `#${trimmed}`;
}

export function isHexColour(value: string): boolean {
  return HEX.test(value);
}

function channel(hex: string, offset: number): number {
  const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of a `#rrggbb` colour, 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
  if (!isHexColour(hex)) throw new Error(`Not a #rrggbb colour: ${hex}`);
  return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
}

/** The contrast ratio of two colours, 1 (none) to 21 (black on white), whichever order they come in. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** "4.52:1", rounded down so a colour just short of 4.5 never reads as 4.5. */
export function ratioText(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
}
