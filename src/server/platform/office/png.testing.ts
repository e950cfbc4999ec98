import { inflateSync } from 'node:zlib';

/**
 * Reads back a PNG the encoder wrote (8-bit indexed, one IDAT, rows filtered None or Up) as a
 * colour-at-pixel function, so tests can check what was drawn where. Refuses anything else.
 */
export function readPng(png: Buffer): { width: number; height: number; at: (x: number, y: number) => [number, number, number] } {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  if (png[24] !== 8 || png[25] !== 3) throw new Error('Not an 8-bit indexed PNG');
  const chunkData = (type: string) => {
    const at = png.indexOf(type, 8, 'latin1');
    if (at < 0) throw new Error(`No ${type} chunk`);
    return png.subarray(at + 4, at + 4 + png.readUInt32BE(at - 4));
  };
  const palette = chunkData('PLTE');
  const raw = inflateSync(chunkData('IDAT'));
  const pixels = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (width + 1)];
    if (filter !== 0 && filter !== 2) throw new Error(`Row ${y} uses filter ${filter}`);
    for (let x = 0; x < width; x++) {
      const value = raw[y * (width + 1) + 1 + x]!;
      pixels[y * width + x] = filter === 2 && y > 0 ? (value + pixels[(y - 1) * width + x]!) & 255 : value;
    }
  }
  return {
    width,
    height,
    at: (x, y) => {
      const i = pixels[y * width + x]! * 3;
      return [palette[i]!, palette[i + 1]!, palette[i + 2]!];
    },
  };
}
