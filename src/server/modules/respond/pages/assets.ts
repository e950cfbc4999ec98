import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../../../platform/module.js';
import { NHSUK_DIST } from './render.js';

/**
 * The respondent pages' only stylesheet is nhsuk-frontend's compiled CSS. It is 270 KB as it
 * comes, 30 KB compressed, so it is compressed once at start-up and served with a long cache
 * under a versioned name. Everything is read from disk once; nothing is fetched from elsewhere.
 */

const NHSUK = path.join(NHSUK_DIST, 'nhsuk');
const OWN = fileURLToPath(new URL('../../../views/respond/assets', import.meta.url));
const version = (JSON.parse(readFileSync(path.join(NHSUK_DIST, '..', 'package.json'), 'utf8')) as { version: string }).version;

interface Asset {
  type: string;
  raw: Buffer;
  gzip: Buffer;
  brotli: Buffer;
}

function asset(file: string, type: string, transform = (b: Buffer) => b): Asset {
  const raw = transform(readFileSync(file));
  return {
    type,
    raw,
    gzip: gzipSync(raw, { level: 9 }),
    brotli: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
  };
}

const TYPES: Record<string, string> = { '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.css': 'text/css; charset=utf-8' };
const IMAGE_DIR = path.join(NHSUK, 'assets', 'images');

/**
 * The stylesheet asks for Frutiger from assets.nhs.uk. The content security policy refuses
 * fonts from elsewhere (and a survey page should not tell another site who opened it), so those
 * rules are dropped and pages use the design system's fallback, Arial.
 */
const withoutRemoteFonts = (css: Buffer) => Buffer.from(css.toString('utf8').replace(/@font-face\{[^}]*https?:\/\/[^}]*\}/g, ''));

let cache: Map<string, Asset> | null = null;
function assets(): Map<string, Asset> {
  if (cache) return cache;
  cache = new Map();
  cache.set(`nhsuk/nhsuk-frontend-${version}.min.css`, asset(path.join(NHSUK, 'nhsuk-frontend.min.css'), TYPES['.css']!, withoutRemoteFonts));
  for (const file of readdirSync(OWN)) if (file.endsWith('.css')) cache.set(`respond/${file}`, asset(path.join(OWN, file), TYPES['.css']!));
  // nhsuk-frontend's CSS refers to its icons as /assets/images/….
  for (const file of readdirSync(IMAGE_DIR)) {
    const type = TYPES[path.extname(file)];
    if (type) cache.set(`images/${file}`, asset(path.join(IMAGE_DIR, file), type));
  }
  return cache;
}

export const ASSET_URLS = { css: `/assets/nhsuk/nhsuk-frontend-${version}.min.css`, respondCss: '/assets/respond/respond.css' };

function send(request: FastifyRequest, reply: FastifyReply, name: string, immutable: boolean) {
  const found = assets().get(name);
  if (!found) return reply.code(404).type('text/plain; charset=utf-8').send('Not found');
  const accepts = String(request.headers['accept-encoding'] ?? '');
  reply
    .type(found.type)
    .header('vary', 'accept-encoding')
    .header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=3600');
  if (/\bbr\b/.test(accepts)) return reply.header('content-encoding', 'br').send(found.brotli);
  if (/\bgzip\b/.test(accepts)) return reply.header('content-encoding', 'gzip').send(found.gzip);
  return reply.send(found.raw);
}

const why = 'the published stylesheet and icons of the NHS.UK design system; they hold no data';

export function assetRoutes(app: App): void {
  app.get<{ Params: { file: string } }>('/assets/nhsuk/:file', { config: { access: { kind: 'public', why } } },
    (req, reply) => send(req, reply, `nhsuk/${req.params.file}`, true));
  app.get<{ Params: { file: string } }>('/assets/images/:file', { config: { access: { kind: 'public', why } } },
    (req, reply) => send(req, reply, `images/${req.params.file}`, false));
  app.get<{ Params: { file: string } }>('/assets/respond/:file', {
    config: { access: { kind: 'public', why: 'the stylesheets of the survey pages and the poster; they hold no data' } },
  }, (req, reply) => send(req, reply, `respond/${req.params.file}`, false));
}
