import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/*
 * Independent readers for the PDF tests: Debian's poppler-utils (pdfinfo, pdftotext, pdffonts),
 * a different code base from PDFKit, so a test reads what a reader on someone's desk would see.
 */

const run = promisify(execFile);

async function withFile<T>(pdf: Buffer, use: (file: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), 'chorus-pdf-'));
  try {
    const file = path.join(dir, 'document.pdf');
    await writeFile(file, pdf);
    return await use(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const tool = (pdf: Buffer, command: string, args: string[]) =>
  withFile(pdf, async (file) => (await run(command, [...args, file, ...(command === '/usr/bin/pdftotext' ? ['-'] : [])], { timeout: 30_000, maxBuffer: 64 * 1024 * 1024 })).stdout);

/** `pdfinfo` as a map: "Tagged" → "yes", "Pages" → "13", "Page size" → "595.28 x 841.89 pts (A4)". */
export async function pdfInfo(pdf: Buffer): Promise<Map<string, string>> {
  const out = await tool(pdf, '/usr/bin/pdfinfo', []);
  return new Map(out.split('\n').flatMap((line) => (line.includes(':') ? [[line.slice(0, line.indexOf(':')).trim(), line.slice(line.indexOf(':') + 1).trim()] as [string, string]] : [])));
}

export interface StructNode {
  type: string;
  depth: number;
  /** The text directly inside the element and its descendants, joined. */
  text: string;
}

/** The structure tree from `pdfinfo -struct-text`, flattened in reading order. */
export async function pdfStructure(pdf: Buffer): Promise<StructNode[]> {
  const out = await tool(pdf, '/usr/bin/pdfinfo', ['-struct-text']);
  const nodes: StructNode[] = [];
  const open: StructNode[] = [];
  for (const line of out.split('\n')) {
    const depth = line.length - line.trimStart().length;
    const body = line.trim();
    if (!body) continue;
    while (open.length && open[open.length - 1]!.depth >= depth) open.pop();
    if (body.startsWith('"')) {
      const text = body.slice(1, body.endsWith('"') ? -1 : undefined);
      for (const node of open) node.text += text;
      continue;
    }
    const type = /^[A-Za-z0-9]+/.exec(body)?.[0];
    if (!type) continue;
    const node = { type, depth, text: '' };
    nodes.push(node);
    open.push(node);
  }
  return nodes;
}

export const pdfText = (pdf: Buffer, pages?: { first: number; last: number }) =>
  tool(pdf, '/usr/bin/pdftotext', ['-enc', 'UTF-8', ...(pages ? ['-f', String(pages.first), '-l', String(pages.last)] : [])]);

/** Each word's box from `pdftotext -bbox`, to check nothing runs off the page. */
export async function pdfWordBoxes(pdf: Buffer): Promise<{ page: number; xMax: number; yMax: number; pageWidth: number; pageHeight: number }[]> {
  const out = await tool(pdf, '/usr/bin/pdftotext', ['-bbox']);
  const boxes: { page: number; xMax: number; yMax: number; pageWidth: number; pageHeight: number }[] = [];
  let page = 0;
  let size = { width: 0, height: 0 };
  for (const line of out.split('\n')) {
    const p = /<page width="([\d.]+)" height="([\d.]+)"/.exec(line);
    if (p) {
      page += 1;
      size = { width: Number(p[1]), height: Number(p[2]) };
    }
    const w = /<word xMin="[\d.-]+" yMin="[\d.-]+" xMax="([\d.-]+)" yMax="([\d.-]+)"/.exec(line);
    if (w) boxes.push({ page, xMax: Number(w[1]), yMax: Number(w[2]), pageWidth: size.width, pageHeight: size.height });
  }
  return boxes;
}

/** `pdffonts` rows: the font's name and whether it is embedded. */
export async function pdfFonts(pdf: Buffer): Promise<{ name: string; embedded: boolean }[]> {
  const out = await tool(pdf, '/usr/bin/pdffonts', []);
  return out
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      const cells = line.trim().split(/\s+/);
      // The columns after the name and type: encoding, emb, sub, uni, object, id — counted from the end.
      return { name: cells[0]!, embedded: cells[cells.length - 5] === 'yes' };
    });
}

/** Text with every run of white space removed: wrapping and table columns put breaks anywhere. */
export const squash = (text: string) => text.replace(/\s+/g, '');

/**
 * The pages with ink (any pixel clearly off white, so thin grey outlines count) to the right of
 * `fromX` points, from `pdftoppm` at a pixel per point: catches text drawn past the margin even where the text
 * layer says otherwise (glyphs PDFKit measured narrower than it drew them).
 */
export async function pagesWithInkRightOf(pdf: Buffer, fromX: number): Promise<number[]> {
  return withFile(pdf, async (file) => {
    const root = path.join(path.dirname(file), 'page');
    await run('/usr/bin/pdftoppm', ['-r', '72', '-gray', file, root], { timeout: 60_000 });
    const pages = (await readdir(path.dirname(file))).filter((f) => f.endsWith('.pgm')).sort();
    const inked: number[] = [];
    for (const [i, name] of pages.entries()) {
      const image = await readFile(path.join(path.dirname(file), name));
      // Binary PGM: "P5", width, height, maxval, then one byte a pixel.
      const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(image.toString('latin1', 0, 40))!;
      const [width, height] = [Number(header[1]), Number(header[2])];
      const start = header[0].length;
      const from = Math.ceil(fromX);
      let dark = false;
      for (let y = 0; y < height && !dark; y++) for (let x = from; x < width && !dark; x++) dark = image[start + y * width + x]! < 200;
      if (dark) inked.push(i + 1);
    }
    return inked;
  });
}
