import { crc32, deflateSync } from 'node:zlib';

/*
 * Flat pictures (bar charts, the roadmap) as PNG without a canvas library or a browser on the
 * server. They are drawn in a handful of colours, so the canvas is indexed: one byte a pixel and a
 * palette, a third of the bytes of RGB to compress. Each row is stored as its difference from the
 * row above (PNG's "Up" filter), so the long runs of identical rows these pictures have compress to
 * almost nothing, quickly; the Word file's zip then has little left to squeeze.
 */

export type Rgb = readonly [number, number, number];

/** A picture to draw on: `pixels` holds width × height palette indexes, row by row. */
export interface Canvas {
  width: number;
  height: number;
  pixels: Uint8Array;
  /** The colours drawn so far, as 0xRRGGBB; a pixel's value is its colour's place here. */
  palette: number[];
}

const MAX_COLOURS = 256;

/** A canvas filled with its background colour (palette index 0). */
export function canvas(width: number, height: number, background: Rgb): Canvas {
  return { width, height, pixels: new Uint8Array(width * height), palette: [packed(background)] };
}

const packed = ([r, g, b]: Rgb) => ((r & 255) << 16) | ((g & 255) << 8) | (b & 255);

/** The colour's place in the palette, added the first time it is drawn. */
function indexOf(c: Canvas, colour: Rgb): number {
  const value = packed(colour);
  const found = c.palette.indexOf(value);
  if (found >= 0) return found;
  if (c.palette.length >= MAX_COLOURS) throw new Error(`A picture can have at most ${MAX_COLOURS} colours.`);
  c.palette.push(value);
  return c.palette.length - 1;
}

/** Fills a rectangle, clipped to the canvas. */
export function fillRect(c: Canvas, x: number, y: number, w: number, h: number, colour: Rgb): void {
  const x0 = Math.max(0, Math.round(x));
  const y0 = Math.max(0, Math.round(y));
  const x1 = Math.min(c.width, Math.round(x + w));
  const y1 = Math.min(c.height, Math.round(y + h));
  if (x1 <= x0 || y1 <= y0) return;
  const index = indexOf(c, colour);
  for (let row = y0; row < y1; row++) c.pixels.fill(index, row * c.width + x0, row * c.width + x1);
}

/** The colour at a pixel, for tests and checks. */
export function colourAt(c: Canvas, x: number, y: number): Rgb {
  const value = c.palette[c.pixels[y * c.width + x]!]!;
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function chunk(type: string, data: Uint8Array): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/** PNG filter types (the byte before each row). */
const FILTER_NONE = 0;
const FILTER_UP = 2;

/** An 8-bit indexed PNG: a palette, the first row as it is and every other row as its difference from the one above. */
export function encodePng(c: Canvas): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(c.width, 0);
  header.writeUInt32BE(c.height, 4);
  header[8] = 8; // bits per palette index
  header[9] = 3; // indexed colour
  const palette = Buffer.alloc(c.palette.length * 3);
  c.palette.forEach((value, i) => palette.writeUIntBE(value, i * 3, 3));
  const stride = c.width;
  const raw = Buffer.alloc((stride + 1) * c.height);
  for (let row = 0; row < c.height; row++) {
    const out = row * (stride + 1);
    const at = row * stride;
    if (row === 0) {
      raw[out] = FILTER_NONE;
      raw.set(c.pixels.subarray(0, stride), out + 1);
      continue;
    }
    raw[out] = FILTER_UP;
    const above = c.pixels.subarray(at - stride, at);
    // Most rows repeat the one above; their differences are the zeros the buffer already holds.
    if (Buffer.compare(above, c.pixels.subarray(at, at + stride)) === 0) continue;
    for (let x = 0; x < stride; x++) raw[out + 1 + x] = (c.pixels[at + x]! - c.pixels[at - stride + x]!) & 255;
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', palette),
    chunk('IDAT', deflateSync(raw, { level: 1 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
