/** A tag's colour as an SVG dot: an attribute, which the strict CSP allows where a style would not be. */
export function Swatch({ colour }: { colour: string }) {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      <circle cx="7" cy="7" r="7" fill={colour} />
    </svg>
  );
}
