/**
 * Geometry of a radar (spider) chart: one spoke per measure, starting at twelve o'clock and
 * going clockwise, with a score's distance from the centre proportional to score / max.
 * Pure numbers, so the drawing in the web app stays simple and the maths is unit-tested.
 */
export interface Point {
  x: number;
  y: number;
}

export interface RadarFrame {
  centre: Point;
  radius: number;
  spokes: number;
  max: number;
}

/** Where spoke `index` points at `fraction` (0 = centre, 1 = rim) of the radius. */
export function spokePoint(frame: RadarFrame, index: number, fraction: number): Point {
  const angle = -Math.PI / 2 + (2 * Math.PI * index) / frame.spokes;
  const r = frame.radius * fraction;
  return { x: round(frame.centre.x + r * Math.cos(angle)), y: round(frame.centre.y + r * Math.sin(angle)) };
}

/** The polygon of one assessment; an unscored measure sits at the centre (0). */
export function scorePoints(frame: RadarFrame, scores: readonly (number | null)[]): Point[] {
  return scores.map((score, index) => spokePoint(frame, index, clamp((score ?? 0) / frame.max)));
}

/** The grid ring for one level (1..max), as polygon points. */
export function ringPoints(frame: RadarFrame, level: number): Point[] {
  return Array.from({ length: frame.spokes }, (_, index) => spokePoint(frame, index, level / frame.max));
}

/** SVG `points` attribute text. */
export function toSvgPoints(points: readonly Point[]): string {
  return points.map((p) => `${p.x},${p.y}`).join(' ');
}

const clamp = (value: number) => Math.min(1, Math.max(0, value));
/** Two decimals keep the SVG short and the tests exact. */
const round = (value: number) => Math.round(value * 100) / 100 + 0;
