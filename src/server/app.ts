import { existsSync } from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from './platform/errors.js';
import { databaseRateLimitStore } from './platform/rate-counters.js';
import { hashToken } from './platform/secrets.js';
import { installAccessGate, SESSION_COOKIE, type OwnerResolver, type RegisteredRoute } from './platform/http/access.js';
import { defaultSecurity, openApiTransform, securitySchemes } from './platform/http/openapi.js';
import { sendProblem, toAppError } from './platform/http/problem.js';
import type { App, AppContext, ChorusModule } from './platform/module.js';
import { resolveAndRenewSession } from './modules/accounts/index.js';
import { findMembership } from './modules/organisations/index.js';
import { plural } from '../shared/words.js';

export const BODY_LIMIT = 100 * 1024;
export const PERMISSIONS_POLICY = [
  'camera=()', 'microphone=()', 'geolocation=()', 'payment=()', 'usb=()', 'serial=()', 'bluetooth=()', 'hid=()',
  'midi=()', 'magnetometer=()', 'gyroscope=()', 'accelerometer=()', 'display-capture=()', 'browsing-topics=()',
].join(', ');
const webRoot = path.resolve('dist/web');

export interface BuiltApp {
  app: App;
  routes: RegisteredRoute[];
}

export async function buildApp(ctx: AppContext, modules: ChorusModule[], options: { logger?: boolean } = {}): Promise<BuiltApp> {
  const app = Fastify({
    logger: options.logger ? { level: ctx.config.logLevel } : false,
    bodyLimit: BODY_LIMIT,
    trustProxy: true,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  }).withTypeProvider<ZodTypeProvider>() as App;
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
      },
    },
    strictTransportSecurity: ctx.config.secureCookies,
    // The same answer as frame-ancestors 'none', for browsers that only read the older header.
    frameguard: { action: 'deny' },
  });
  // Chorus uses no camera, microphone, location or payment: a page (or anything injected into one) may not ask.
  app.addHook('onRequest', async (_req, reply) => {
    reply.header('permissions-policy', PERMISSIONS_POLICY);
  });
  await app.register(rateLimit, {
    global: true,
    // Counted in the database, so the limit holds across every server process.
    store: databaseRateLimitStore(ctx.database),
    timeWindow: '1 minute',
    // Keyed by session or link token, never by IP address: a whole trust shares one.
    keyGenerator: (req) => {
      const session = req.cookies[SESSION_COOKIE];
      if (session) return `session:${hashToken(session)}`;
      const token = (req.params as { token?: string } | undefined)?.token;
      return token ? `token:${hashToken(token)}` : 'anonymous';
    },
    max: (_req, key) => (key === 'anonymous' ? 20 * ctx.config.rateLimitPerMinute : ctx.config.rateLimitPerMinute),
    allowList: (req) => !req.url.startsWith('/api'),
    errorResponseBuilder: (_req, context) =>
      new AppError(429, 'too_many_requests', `Too many requests. Wait ${plural(Math.ceil(context.ttl / 1000), 'second')} and try again.`, [], {
        'retry-after': String(Math.ceil(context.ttl / 1000)),
      }),
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Chorus API',
        version: '1',
        description: 'Build a digital strategy with the people of an organisation. Cookie sessions; send X-CSRF-Token (from GET /api/v1/me) on every unsafe request.',
      },
      components: { securitySchemes },
      security: defaultSecurity,
    },
    transform: openApiTransform,
  });

  app.setErrorHandler((error, request, reply) => sendProblem(reply, toAppError(error, request)));

  const owners = new Map<string, OwnerResolver>();
  for (const module of modules) for (const [param, resolve] of Object.entries(module.owners?.(ctx) ?? {})) owners.set(param, resolve);
  const routes = installAccessGate(
    app,
    {
      session: (token, reply) => resolveAndRenewSession(ctx, token, reply),
      membership: (userId, organisationId) => findMembership(ctx.db, userId, organisationId),
    },
    owners,
  );

  app.get('/api/v1/openapi.json', {
    schema: { hide: true },
    config: { access: { kind: 'public', why: 'the API description is public documentation' } },
  }, async () => app.swagger());

  for (const module of modules) await module.routes?.(app, ctx);

  const hasWeb = existsSync(path.join(webRoot, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, { root: webRoot, prefix: '/', wildcard: false, index: false, maxAge: '1h' });
  }
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api') || request.method !== 'GET' || !hasWeb) {
      return sendProblem(reply, new AppError(404, 'not_found', `There is no ${request.method} ${request.url.split('?')[0]} in this API.`));
    }
    // A built file that is not there (an old tab asking for a script replaced by a newer
    // release) is a 404, not the app's HTML page served as if it were JavaScript.
    if (request.url.startsWith('/assets/')) {
      return sendProblem(reply, new AppError(404, 'not_found', `There is no file ${request.url.split('?')[0]}.`));
    }
    // Any other page address belongs to the single-page workspace.
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });

  await app.ready();
  return { app, routes };
}
