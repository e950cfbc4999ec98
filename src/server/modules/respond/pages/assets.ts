import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../../../platform/module.js';
import { NHSUK_DIST } from './render.js';
import { respondentStylesheet } from './stylesheet.js';

/**
 * The respondent pages' stylesheets: nhsuk-frontend's CSS cut down to the rules the pages use
 * (`stylesheet.ts`), and our few additions. Each is built and compressed once per process (when
 * the server starts listening, or on the first request for one), and the NHS.UK one is served with a long cache under a name that changes with its content.
 * Everything is read from disk; nothing is fetched from elsewhere.
 */

const NHSUK = path.join(NHSUK_DIST, 'nhsuk');
const OWN = fileURLToPath(new URL('../../../views/respond/assets', import.meta.url));
const stylesheet = respondentStylesheet();
const NHSUK_CSS = `nhsuk-respond-${stylesheet.version}.min.css`;

interface Asset {
  type: string;
  raw: Buffer;
  gzip: Buffer;
  brotli: Buffer;
}

function asset(raw: Buffer, type: string): Asset {
  return {
    type,
    raw,
    gzip: gzipSync(raw, { level: 9 }),
    brotli: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
  };
}

const TYPES: Record<string, string> = { '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.css': 'text/css; charset=utf-8' };
const IMAGE_DIR = path.join(NHSUK, 'assets', 'images');

let cache: Promise<Map<string, Asset>> | null = null;
async function build(): Promise<Map<string, Asset>> {
  const built = new Map<string, Asset>();
  built.set(`nhsuk/${NHSUK_CSS}`, asset(await stylesheet.build(), TYPES['.css']!));
  for (const file of readdirSync(OWN)) if (file.endsWith('.css')) built.set(`respond/${file}`, asset(readFileSync(path.join(OWN, file)), TYPES['.css']!));
  // nhsuk-frontend's CSS refers to its icons as /assets/images/….
  for (const file of readdirSync(IMAGE_DIR)) {
    const type = TYPES[path.extname(file)];
    if (type) built.set(`images/${file}`, asset(readFileSync(path.join(IMAGE_DIR, file)), type));
  }
  return built;
}
const assets = () => {
  cache ??= build();
  return cache;
};

export const ASSET_URLS = { css: `/assets/nhsuk/${NHSUK_CSS}`, respondCss: '/assets/respond/respond.css' };

async function send(request: FastifyRequest, reply: FastifyReply, name: string, immutable: boolean) {
  const found = (await assets()).get(name);
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
  // A real server builds the assets once it listens, so the first respondent does not wait for
  // the stylesheet (about half a second of work). Tests, which never listen, build only if asked.
  app.addHook('onListen', () => {
    assets().catch((error: unknown) => app.log.error({ err: error }, 'The survey pages\' stylesheet could not be built'));
  });
  app.get<{ Params: { file: string } }>('/assets/nhsuk/:file', { config: { access: { kind: 'public', why } } },
    (req, reply) => send(req, reply, `nhsuk/${req.params.file}`, true));
  app.get<{ Params: { file: string } }>('/assets/images/:file', { config: { access: { kind: 'public', why } } },
    (req, reply) => send(req, reply, `images/${req.params.file}`, false));
  app.get<{ Params: { file: string } }>('/assets/respond/:file', {
    config: { access: { kind: 'public', why: 'the stylesheets of the survey pages and the poster; they hold no data' } },
  }, (req, reply) => send(req, reply, `respond/${req.params.file}`, false));
}
