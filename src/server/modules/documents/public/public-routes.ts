import type { FastifyReply } from 'fastify';
import { OUTPUT_KINDS } from '../../../../shared/contracts/documents.js';
import type { App, AppContext } from '../../../platform/module.js';
import { messagePage } from '../../respond/index.js';
import { renderStrategyWeb } from '../render/web/render-web.js';
import { accentStylesheet, documentStylesheet } from '../render/web/stylesheet.js';
import { attachment, OUTPUT_FILES } from '../output-files.js';
import { composeYouSaidWeDid } from '../you-said/compose-you-said.js';
import { publicReader } from '../you-said/reader.js';
import { PageCache } from './page-cache.js';
import { publicDownloads, publishedFile, publishedVersion, recentPublishedVersion, type PublishedVersion } from './published.js';

const WHY = 'the published strategy is for everyone: staff, patients and partners read it without an account';
const access = { access: { kind: 'public', why: WHY, ignoresSession: true } } as const;
/** Stricter than the workspace's: these pages run no script at all and load only our own stylesheets. */
export const PAGE_POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
const SLUG = /^[a-z0-9-]{1,100}$/;
const SECTION = /^[a-z0-9-]{1,60}$/;
const HEX = /^[0-9a-f]{6}$/;

type Params = { slug: string; number?: string; section?: string; kind?: string; file?: string };

async function notFound(reply: FastifyReply) {
  const page = await messagePage(null, 404, 'Page not found', [
    'There is no published strategy at this address. Check it was copied in full.',
    'If it was on a poster, the organisation may have published a newer version: its address stays the same.',
  ]);
  return reply.code(404).type('text/html; charset=utf-8').send(page.html);
}

/**
 * The published strategy at /p/<slug>, no sign-in: the contents page and one page per section,
 * server-rendered from the frozen tree (and cached, since it never changes), its downloads served
 * as the exact bytes that were signed off, and earlier published versions at /p/<slug>/v/<n>.
 */
export function publicDocumentRoutes(app: App, ctx: AppContext): void {
  const cache = new PageCache();

  const pagesOf = async (version: PublishedVersion, base: string, slug: string) => {
    const { version: css } = await documentStylesheet();
    const superseded = version.number !== version.current.number;
    return cache.pages(`${version.id}:${base}:${version.heardIsPublic}`, () =>
      renderStrategyWeb(
        { ...version.content, sections: version.content.sections.filter((s) => version.heardIsPublic || s.key !== 'what-we-heard') },
        {
          basePath: base,
          stylesheetHref: `/assets/document/document-${css}.css`,
          accentStylesheetHref: `/assets/document/accent/${(version.content.accentColour ?? '#005eb8').slice(1).toLowerCase()}.css`,
          downloads: publicDownloads(version, `/p/${slug}/v/${version.number}`).map(({ label, href, bytes }) => ({ label, href, bytes })),
          related: [
            { label: 'You said, we did', href: `/p/${slug}/you-said-we-did`, text: 'what staff told us, what we decided because of it, and what has been done so far' },
            ...version.publishedNumbers.filter((n) => n !== version.number).map((n) => ({
              label: `Version ${n}`,
              href: n === version.current.number ? `/p/${slug}` : `/p/${slug}/v/${n}`,
              text: n === version.current.number ? 'the current version' : 'an earlier version, since replaced',
            })),
          ],
          notice: superseded
            ? { kind: 'superseded', text: `This is version ${version.number}. It has been replaced by version ${version.current.number}.`, href: `/p/${slug}` }
            : null,
        },
      ),
    );
  };

  const serve = async (slug: string, number: number | null, section: string, reply: FastifyReply) => {
    if (!SLUG.test(slug) || (section && !SECTION.test(section))) return notFound(reply);
    const version = await recentPublishedVersion(ctx.db, slug, number);
    if (!version) return notFound(reply);
    const base = number === null ? `/p/${slug}` : `/p/${slug}/v/${number}`;
    const page = (await pagesOf(version, base, slug)).get(section);
    if (!page) return notFound(reply);
    // Public and unchanging for a version; the current address can move on to a newer one, so a short cache.
    return reply
      .header('cache-control', number === null ? 'public, max-age=300' : 'public, max-age=86400')
      .header('content-security-policy', PAGE_POLICY)
      .type('text/html; charset=utf-8')
      .send(page.html);
  };

  const youSaid = new PageCache(50);
  const serveYouSaid = async (slug: string, section: string, reply: FastifyReply) => {
    if (!SLUG.test(slug) || (section && !SECTION.test(section))) return notFound(reply);
    const version = await recentPublishedVersion(ctx.db, slug, null);
    if (!version) return notFound(reply);
    const { version: css } = await documentStylesheet();
    // Live, since delivery moves on; made at most once a minute per strategy however many read it.
    const minute = Math.floor(Date.now() / 60_000);
    const pages = await youSaid.pages(`${version.strategyId}:${version.heardIsPublic}:${minute}`, async () => {
      const doc = await composeYouSaidWeDid(ctx.db, publicReader(version.organisationId), { id: version.strategyId, name: version.content.title }, { name: version.content.organisation, accentColour: version.content.accentColour });
      return renderStrategyWeb(version.heardIsPublic ? doc : { ...doc, sections: doc.sections.filter((s) => s.key !== 'you-said') }, {
        basePath: `/p/${slug}/you-said-we-did`,
        stylesheetHref: `/assets/document/document-${css}.css`,
        accentStylesheetHref: `/assets/document/accent/${(doc.accentColour ?? '#005eb8').slice(1).toLowerCase()}.css`,
        downloads: [],
        versionLabel: 'Updated',
        related: [{ label: 'The strategy', href: `/p/${slug}`, text: 'the full strategy these commitments come from' }],
        notice: null,
      });
    });
    const page = pages.get(section);
    if (!page) return notFound(reply);
    return reply.header('cache-control', 'public, max-age=60').header('content-security-policy', PAGE_POLICY).type('text/html; charset=utf-8').send(page.html);
  };
  app.get<{ Params: Params }>('/p/:slug/you-said-we-did', { config: access }, (req, reply) => serveYouSaid(req.params.slug, '', reply));
  app.get<{ Params: Params }>('/p/:slug/you-said-we-did/:section', { config: access }, (req, reply) => serveYouSaid(req.params.slug, req.params.section!, reply));

  app.get<{ Params: Params }>('/p/:slug', { config: access }, (req, reply) => serve(req.params.slug, null, '', reply));
  app.get<{ Params: Params }>('/p/:slug/:section', { config: access }, (req, reply) => serve(req.params.slug, null, req.params.section!, reply));
  app.get<{ Params: Params }>('/p/:slug/v/:number', { config: access }, (req, reply) =>
    /^\d{1,6}$/.test(req.params.number!) ? serve(req.params.slug, Number(req.params.number), '', reply) : notFound(reply));
  app.get<{ Params: Params }>('/p/:slug/v/:number/:section', { config: access }, (req, reply) =>
    /^\d{1,6}$/.test(req.params.number!) ? serve(req.params.slug, Number(req.params.number), req.params.section!, reply) : notFound(reply));

  app.get<{ Params: Params }>('/p/:slug/v/:number/files/:file', { config: access }, async (req, reply) => {
    const kind = OUTPUT_KINDS.find((k) => OUTPUT_FILES[k].publicName === req.params.file);
    if (!SLUG.test(req.params.slug) || !/^\d{1,6}$/.test(req.params.number!) || !kind) return notFound(reply);
    const version = await publishedVersion(ctx.db, req.params.slug, Number(req.params.number));
    // Only what the page offers: with "What we heard" private, the full files (which hold it) are not public.
    if (!version || !publicDownloads(version, '').some((d) => d.kind === kind)) return notFound(reply);
    const file = await publishedFile(ctx.db, version.id, kind);
    if (!file) return notFound(reply);
    return reply
      .type(OUTPUT_FILES[kind].type)
      .header('content-disposition', attachment(version.content.title, version.number, kind))
      .header('cache-control', 'public, max-age=86400')
      .header('x-content-sha256', file.sha256)
      .send(file.bytes);
  });

  app.get<{ Params: Params }>('/assets/document/:file', { config: { access: { kind: 'public', why: 'the published strategy’s stylesheet; it holds no data' } } }, async (req, reply) => {
    const { css, version } = await documentStylesheet();
    if (req.params.file !== `document-${version}.css`) return reply.code(404).type('text/plain; charset=utf-8').send('Not found');
    return reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=31536000, immutable').send(css);
  });

  app.get<{ Params: Params }>('/assets/document/accent/:file', { config: { access: { kind: 'public', why: 'an organisation’s accent colour as a stylesheet; it holds only the colour' } } }, async (req, reply) => {
    const hex = req.params.file!.replace(/\.css$/, '');
    if (!HEX.test(hex) || !req.params.file!.endsWith('.css')) return reply.code(404).type('text/plain; charset=utf-8').send('Not found');
    return reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=31536000, immutable').send(accentStylesheet(`#${hex}`));
  });
}
