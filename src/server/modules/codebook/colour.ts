/**
 * A tag's colour is drawn as a swatch and as chips on the white page, so the colour itself must
 * be seen against white: WCAG 1.4.11 asks 3:1 for such non-text parts. (The chip's text is white
 * or black, whichever contrasts more; any colour that reaches 3:1 on white also gets 4.5:1 text,
 * so one rule covers both. A "4.5:1 with white or black text" rule alone could never fail.)
 */
export const NON_TEXT_CONTRAST = 3;
export const PAGE_BACKGROUND = '#ffffff';

/** How well the colour stands out on the white page. */
export const contrastOnPage = (colour: string): number => contrast(colour, PAGE_BACKGROUND);

const hex2 = (n: number) => Math.round(n).toString(16).padStart(2, '0');

/**
 * The lightest darker shade of the same hue that reaches 3:1 on white (every channel scaled down
 * together), to suggest in place of a colour that is too pale.
 */
export function darkerShade(colour: string): string {
  const rgb = [0, 1, 2].map((i) => parseInt(colour.slice(1 + i * 2, 3 + i * 2), 16));
  for (let f = 1; f > 0; f -= 0.01) {
    const shade = `#${rgb.map((c) => hex2(c * f)).join('')}`;
    if (contrastOnPage(shade) >= NON_TEXT_CONTRAST) return shade;
  }
  return '#000000';
}

/** WCAG 2 relative luminance of `#rrggbb`. */
export function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The text colour with the better contrast on this background, and that contrast. */
export function textColourFor(background: string): { textColour: '#ffffff' | '#000000'; ratio: number } {
  const white = contrast(background, '#ffffff');
  const black = contrast(background, '#000000');
  return white >= black ? { textColour: '#ffffff', ratio: white } : { textColour: '#000000', ratio: black };
}

/**
 * Default colours, from the NHS identity palette (its pale yellow, orange and light blue replaced
 * by darker shades), each reaching 3:1 on white. A new tag takes the one the codebook uses least,
 * so neighbouring tags rarely look alike.
 */
export const PALETTE = ['#005eb8', '#007f3b', '#d5281b', '#330072', '#9a6400', '#ae2573', '#00a499', '#425563', '#b35c00', '#7c2855'] as const;

export function leastUsedColour(used: readonly string[]): string {
  const uses = new Map<string, number>(PALETTE.map((c) => [c, 0]));
  for (const c of used) if (uses.has(c)) uses.set(c, uses.get(c)! + 1);
  let best: string = PALETTE[0];
  for (const c of PALETTE) if (uses.get(c)! < uses.get(best)!) best = c;
  return best;
}
