/**
 * Tag colours must stay readable: the chip's text is white or black, whichever contrasts more,
 * and it must reach WCAG AA for normal text (4.5:1).
 */
export const AA_CONTRAST = 4.5;

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
 * Default colours, from the NHS identity palette, each reaching AA with its text colour. A new
 * tag takes the one the codebook uses least, so neighbouring tags rarely look alike.
 */
export const PALETTE = ['#005eb8', '#007f3b', '#d5281b', '#330072', '#ffb81c', '#ae2573', '#00a499', '#425563', '#ed8b00', '#41b6e6'] as const;

export function leastUsedColour(used: readonly string[]): string {
  const uses = new Map<string, number>(PALETTE.map((c) => [c, 0]));
  for (const c of used) if (uses.has(c)) uses.set(c, uses.get(c)! + 1);
  let best: string = PALETTE[0];
  for (const c of PALETTE) if (uses.get(c)! < uses.get(best)!) best = c;
  return best;
}
