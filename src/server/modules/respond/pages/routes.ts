import formbody from '@fastify/formbody';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, AppContext } from '../../../platform/module.js';
import { accessPass, availability, hasAccessPass } from '../survey-access.js';
import { verifyPassword } from '../../../platform/secrets.js';
import { normaliseAccessCode } from '../commands/set-access-code.js';
import { assetRoutes } from './assets.js';
import { AttemptLimiter } from './attempts.js';
import type { FormBody } from './flow.js';
import { navigate } from './navigate.js';
import {
  closedPage, codePage, donePage, introPage, messagePage, notOpenPage, sectionPage, unknownLinkPage, usedPage, type Page,
} from './pages.js';
import { IDEMPOTENCY_KEY, submitResponse } from './submit.js';
import { inviteVisit, openVisit, progressOf, surveyContent, type Visit } from './visit.js';

/** Wrong access codes allowed per open link in ten minutes. */
export const CODE_ATTEMPTS = 10;
const CODE_WINDOW_MS = 10 * 60_000;

type Params = { slug?: string; token?: string };
type Req = FastifyRequest<{ Params: Params; Body: FormBody }>;

const OPEN_WHY = 'staff answer surveys without an account; the open link is published on posters and has its own access code';
const INVITE_WHY = 'staff answer surveys without an account; the single-use token in the personal link is the credential';
// These forms hold no session: a signed-in browser must not need the workspace's CSRF header.
const open = { kind: 'public', why: OPEN_WHY, ignoresSession: true } as const;
const invite = { kind: 'public', why: INVITE_WHY, ignoresSession: true } as const;

function sendPage(reply: FastifyReply, page: Page) {
  // Pages can show a person's answers: never keep them in a shared cache or a back-forward cache.
  return reply.code(page.status).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(page.html);
}

const text = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

/**
 * Cross-site form posts are refused using the headers browsers add themselves (Sec-Fetch-Site,
 * Origin). There is no cookie to protect here: the open link carries no identity and a personal
 * link's token is in the address, which another site cannot know.
 */
function crossSite(req: FastifyRequest): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') return true;
  const origin = req.headers.origin;
  if (!origin) return false;
  // "null" is what a sandboxed frame or a data: page sends: another site hiding where it is.
  // Only a browser that also says Sec-Fetch-Site: same-origin (a redirect inside our site) is believed.
  if (origin === 'null') return site !== 'same-origin';
  try {
    return new URL(origin).host !== req.headers.host;
  } catch {
    return true;
  }
}

export async function respondentRoutes(parent: App, ctx: AppContext): Promise<void> {
  assetRoutes(parent);
  await parent.register(async (app) => {
    await app.register(formbody, { bodyLimit: 256 * 1024 });
    const attempts = new AttemptLimiter(ctx.database, CODE_ATTEMPTS, CODE_WINDOW_MS);

    app.addHook('preHandler', async (req, reply) => {
      if (req.method === 'POST' && crossSite(req)) {
        return sendPage(reply, await messagePage(null, 403, 'This form was sent from another website', ['Open the survey link again and answer from there.']));
      }
    });
    app.setErrorHandler(async (error, req, reply) => {
      req.log.error({ err: error }, 'respondent page failed');
      const status = (error as { statusCode?: number }).statusCode === 413 ? 413 : 500;
      return sendPage(reply, await messagePage(null, status, status === 413 ? 'Your answers are too long to send' : 'Sorry, there is a problem with the service', [
        status === 413 ? 'Shorten your longest answers and try again.' : 'Try again later. Your answers on this page have not been sent.',
      ]));
    });

    /** Loads the visit and stops at the right page when the link cannot be used now. */
    async function begin(req: Req, reply: FastifyReply, submitting = false): Promise<Visit | null> {
      const visit = req.params.slug ? await openVisit(ctx.db, req.params.slug) : await inviteVisit(ctx.db, req.params.token ?? '');
      const state = visit ? availability(visit.survey) : 'unavailable';
      if (!visit || state === 'unavailable') return void sendPage(reply, await unknownLinkPage()), null;
      // A repeated submit of a used invitation is answered by submitResponse: the same key shows the confirmation.
      if (visit.kind === 'invite' && visit.invitation?.responded && !submitting) return void sendPage(reply, await usedPage(visit)), null;
      if (state === 'not_open') return void sendPage(reply, await notOpenPage(visit)), null;
      if (state === 'closed') return void sendPage(reply, await closedPage(visit)), null;
      return visit;
    }

    async function entry(req: Req, reply: FastifyReply) {
      const visit = await begin(req, reply);
      if (visit) return sendPage(reply, await introPage(visit, progressOf(visit, undefined)));
    }

    async function page(req: Req, reply: FastifyReply) {
      const visit = await begin(req, reply);
      if (!visit) return;
      const progress = progressOf(visit, text(req.body?.state));
      if (visit.kind === 'open' && !hasAccessPass(visit.survey, progress.pass)) return sendPage(reply, await codePage(visit, progress));
      return sendPage(reply, await navigate(ctx.db, visit, await surveyContent(ctx.db, visit.survey), progress, req.body ?? {}));
    }

    async function submit(req: Req, reply: FastifyReply) {
      const visit = await begin(req, reply, true);
      if (!visit) return;
      const progress = progressOf(visit, text(req.body?.state));
      if (visit.kind === 'open' && !hasAccessPass(visit.survey, progress.pass)) return sendPage(reply, await codePage(visit, progress));
      const content = await surveyContent(ctx.db, visit.survey);
      const key = text(req.body?.idempotencyKey);
      if (!IDEMPOTENCY_KEY.test(key)) return sendPage(reply, await navigate(ctx.db, visit, content, progress, { nav: 'goto:' }));
      const outcome = await submitResponse(ctx, visit, req.params.token ?? null, content, progress, key);
      if (outcome.kind === 'done') return reply.code(303).header('cache-control', 'no-store').redirect(`${visit.base}/done`, 303);
      if (outcome.kind === 'used') return sendPage(reply, await usedPage(visit));
      if (outcome.kind === 'unavailable') {
        return sendPage(reply, await (outcome.availability === 'not_open' ? notOpenPage(visit) : outcome.availability === 'closed' ? closedPage(visit) : unknownLinkPage()));
      }
      if (!outcome.sectionId) return sendPage(reply, await navigate(ctx.db, visit, content, progress, { nav: 'start' }));
      return sendPage(reply, await sectionPage(visit, content, progress, outcome.sectionId, outcome.problems));
    }

    async function done(req: Req, reply: FastifyReply) {
      const visit = req.params.slug ? await openVisit(ctx.db, req.params.slug) : await inviteVisit(ctx.db, req.params.token ?? '');
      if (!visit || availability(visit.survey) === 'unavailable') return sendPage(reply, await unknownLinkPage());
      if (visit.kind === 'invite' && !visit.invitation?.responded) return reply.redirect(visit.base, 303);
      return sendPage(reply, await donePage(visit));
    }

    app.get('/s/:slug', { config: { access: open } }, entry);
    app.post('/s/:slug/page', { config: { access: open } }, page);
    app.post('/s/:slug/submit', { config: { access: open } }, submit);
    app.get('/s/:slug/done', { config: { access: open } }, done);
    app.post('/s/:slug/code', { config: { access: open } }, async (req: Req, reply) => {
      const visit = await begin(req, reply);
      if (!visit) return;
      const progress = progressOf(visit, text(req.body?.state));
      if (!visit.survey.accessCodeHash) return sendPage(reply, await navigate(ctx.db, visit, await surveyContent(ctx.db, visit.survey), progress, { nav: 'start' }));
      const key = `access-code:${visit.survey.id}`;
      const wait = await attempts.waitSeconds(key);
      if (wait > 0) {
        return sendPage(reply, await messagePage(visit, 429, 'Too many wrong access codes', [
          `So many wrong codes have been tried with this link that it is resting. Try again in ${Math.ceil(wait / 60)} minutes.`,
        ]));
      }
      const code = normaliseAccessCode(text(req.body?.code));
      if (!code) return sendPage(reply, await codePage(visit, progress, 'Enter the access code'));
      if (!(await verifyPassword(code, visit.survey.accessCodeHash))) {
        await attempts.fail(key);
        return sendPage(reply, await codePage(visit, progress, 'The access code is not right. Check the code on the poster or message and try again'));
      }
      const passed = { ...progress, pass: accessPass(visit.survey) };
      return sendPage(reply, await navigate(ctx.db, visit, await surveyContent(ctx.db, visit.survey), passed, { nav: 'start' }));
    });

    app.get('/r/:token', { config: { access: invite } }, entry);
    app.post('/r/:token/page', { config: { access: invite } }, page);
    app.post('/r/:token/submit', { config: { access: invite } }, submit);
    app.get('/r/:token/done', { config: { access: invite } }, done);
  });
}
