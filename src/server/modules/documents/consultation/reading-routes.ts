import type { FastifyReply } from 'fastify';
import { eq } from 'drizzle-orm';
import { formatDate } from '../../../../shared/dates.js';
import type { Db } from '../../../platform/db/client.js';
import type { App, AppContext } from '../../../platform/module.js';
import { loadQuotes } from '../../evidence/index.js';
import { messagePage, render } from '../../respond/index.js';
import { surveys } from '../../surveys/index.js';
import { PageCache } from '../public/page-cache.js';
import { PAGE_POLICY } from '../public/public-routes.js';
import { renderStrategyWeb } from '../render/web/render-web.js';
import { textSafe } from '../render/web/view-model.js';
import { documentStylesheet } from '../render/web/stylesheet.js';
import { documentVersions } from '../tables.js';
import { commentItems, repliesOf } from './comments.js';
import { isClosed, READING_TOKEN } from './load.js';
import { documentConsultations } from './tables.js';

const WHY = 'the draft out for staff consultation, read by anyone given its unguessable link (like a survey’s open link); no record can be changed here';
const access = { access: { kind: 'public', why: WHY, ignoresSession: true } } as const;
const SECTION = /^[a-z0-9-]{1,60}$/;

async function notFound(reply: FastifyReply) {
  const page = await messagePage(null, 404, 'Page not found', ['There is no draft at this address. Check the link was copied in full.']);
  return reply.code(404).header('x-robots-tag', 'noindex').type('text/html; charset=utf-8').send(page.html);
}

async function byToken(db: Db, token: string) {
  const [row] = await db
    .select({ consultation: documentConsultations, number: documentVersions.number, content: documentVersions.content, slug: surveys.openLinkSlug })
    .from(documentConsultations)
    .innerJoin(documentVersions, eq(documentVersions.id, documentConsultations.versionId))
    .leftJoin(surveys, eq(surveys.id, documentConsultations.surveyId))
    .where(eq(documentConsultations.token, token));
  return row ?? null;
}

/** The team's public replies under one section: what was said (masked, by the evidence library) and the reply. */
async function repliesFor(db: Db, consultation: typeof documentConsultations.$inferSelect, sectionKey: string) {
  const replies = await repliesOf(db, consultation.id);
  if (replies.length === 0) return '';
  const ofSection = new Set((await commentItems(db, consultation)).filter((c) => c.sectionKey === sectionKey).map((c) => c.id));
  const chosen = replies.filter((r) => ofSection.has(r.evidenceItemId));
  if (chosen.length === 0) return '';
  const quotes = new Map((await loadQuotes(db, { organisationId: consultation.organisationId, strategyId: consultation.strategyId }, chosen.map((r) => r.evidenceItemId))).map((q) => [q.id, q.text]));
  const shown = chosen.filter((r) => quotes.has(r.evidenceItemId)).map((r) => ({ said: textSafe(quotes.get(r.evidenceItemId)!), reply: textSafe(r.reply ?? '') }));
  return shown.length ? render('document/consultation-replies.njk', { replies: shown }) : '';
}

/** Below the section's text, before its previous/next links. */
function withReplies(html: string, fragment: string): string {
  if (!fragment) return html;
  const at = html.indexOf('<nav class="nhsuk-pagination"');
  const end = at >= 0 ? at : html.indexOf('</main>');
  return end >= 0 ? `${html.slice(0, end)}${fragment}${html.slice(end)}` : html;
}

/**
 * The draft's reading pages at /c/<token>: the frozen version's web pages, each with a notice that
 * it is a draft out for consultation and a link to have one's say, and under each section the
 * team's public replies. After the closing day they say the consultation has closed, and stay
 * readable. Never indexed: the link is for the organisation's staff.
 */
export function readingRoutes(app: App, ctx: AppContext): void {
  const cache = new PageCache();

  const serve = async (token: string, section: string, reply: FastifyReply) => {
    if (!READING_TOKEN.test(token) || (section && !SECTION.test(section))) return notFound(reply);
    const found = await byToken(ctx.db, token);
    if (!found) return notFound(reply);
    const { consultation, number, content } = found;
    const closed = isClosed(consultation);
    const slug = closed ? null : found.slug;
    const { version: css } = await documentStylesheet();
    const pages = await cache.pages(`${consultation.id}:${closed}:${slug ?? ''}`, () =>
      renderStrategyWeb(content, {
        basePath: `/c/${token}`,
        stylesheetHref: `/assets/document/document-${css}.css`,
        accentStylesheetHref: `/assets/document/accent/${(content.accentColour ?? '#005eb8').slice(1).toLowerCase()}.css`,
        downloads: [],
        notice: {
          kind: 'consultation',
          text: closed
            ? `This is a draft for consultation (version ${number}). The consultation closed on ${formatDate(consultation.closedAt ?? consultation.closesOn)}: you can still read the draft.`
            : `This is a draft for consultation (version ${number}). Have your say by ${formatDate(consultation.closesOn)}.`,
          ...(slug ? { href: `/s/${slug}` } : {}),
        },
      }),
    );
    const page = pages.get(section);
    if (!page) return notFound(reply);
    const html = section ? withReplies(page.html, await repliesFor(ctx.db, consultation, section)) : page.html;
    return reply
      .header('cache-control', 'no-cache')
      .header('content-security-policy', PAGE_POLICY)
      .header('x-robots-tag', 'noindex')
      .type('text/html; charset=utf-8')
      .send(html);
  };

  app.get<{ Params: { token: string; section?: string } }>('/c/:token', { config: access }, (req, reply) => serve(req.params.token, '', reply));
  app.get<{ Params: { token: string; section?: string } }>('/c/:token/:section', { config: access }, (req, reply) => serve(req.params.token, req.params.section!, reply));
}
