import { crc32, deflateSync } from 'node:zlib';

/** An RGB picture to draw on: `pixels` holds width × height × 3 bytes, row by row. */
export interface Canvas {
  width: number;
  height: number;
  pixels: Uint8Array;
}
export type Rgb = readonly [number, number, number];

export function canvas(width: number, height: number, background: Rgb): Canvas {
  const c = { width, height, pixels: new Uint8Array(width * height * 3) };
  fillRect(c, 0, 0, width, height, background);
  return c;
}

/** Fills a rectangle, clipped to the canvas. */
export function fillRect(c: Canvas, x: number, y: number, w: number, h: number, colour: Rgb): void {
  const x0 = Math.max(0, Math.round(x));
  const y0 = Math.max(0, Math.round(y));
  const x1 = Math.min(c.width, Math.round(x + w));
  const y1 = Math.min(c.height, Math.round(y + h));
  if (x1 <= x0 || y1 <= y0) return;
  const first = (y0 * c.width + x0) * 3;
  const [r, g, b] = colour;
  for (let i = first, end = first + (x1 - x0) * 3; i < end; i += 3) { c.pixels[i] = r; c.pixels[i + 1] = g; c.pixels[i + 2] = b; }
  for (let row = y0 + 1; row < y1; row++) c.pixels.copyWithin((row * c.width + x0) * 3, first, first + (x1 - x0) * 3);
}

function chunk(type: string, data: Uint8Array): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/**
 * The smallest honest PNG: 8-bit RGB, every row with filter 0, one zlib stream. Enough for flat
 * bar charts, without a canvas library or a browser on the server.
 */
export function encodePng(c: Canvas): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(c.width, 0);
  header.writeUInt32BE(c.height, 4);
  header[8] = 8; // bits per channel
  header[9] = 2; // truecolour (RGB)
  const stride = c.width * 3;
  const raw = Buffer.alloc((stride + 1) * c.height);
  for (let row = 0; row < c.height; row++) {
    raw[row * (stride + 1)] = 0;
    raw.set(c.pixels.subarray(row * stride, (row + 1) * stride), row * (stride + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 1 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
