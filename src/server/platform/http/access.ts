import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { forbidden, notFoundFor, unauthorized } from '../errors.js';
import { authorize, type Action, type Role } from '../policy.js';

/**
 * Every route declares who may call it, as data in its config. The gate below enforces
 * it before validation, so an outsider learns nothing from error messages, and the
 * route-table test reads the same declarations.
 */
export type Access =
  /**
   * Anyone, signed in or not; `why` says why that is safe. `ignoresSession`: the route never
   * reads the session (e.g. staff-facing HTML forms that defend themselves against cross-site
   * posts), so a signed-in browser's plain form post is not refused for lacking X-CSRF-Token.
   */
  | { kind: 'public'; why: string; ignoresSession?: boolean }
  /** Any signed-in person, acting only on their own account. */
  | { kind: 'user' }
  /**
   * A member of the organisation that owns the record named by the route parameter `via`,
   * whose role may perform `action` on `subject`.
   */
  | { kind: 'member'; via: string; action: Action; subject: string };

export interface SignedInUser {
  id: string;
  name: string;
  email: string;
  sessionTokenHash: string;
  csrfToken: string;
}

export interface OrgMember {
  organisationId: string;
  membershipId: string;
  role: Role;
  /** For messages ("Ask an admin of Northbridge…"); absent where a member is built without it. */
  organisationName?: string;
}

/** The person behind a request, as commands see them. */
export interface Actor {
  user: SignedInUser;
  member: OrgMember;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    user: SignedInUser | null;
    member: OrgMember | null;
  }
}

export interface AccessResolvers {
  /** Looks up the session behind a cookie token (and may renew it, setting the cookie again on the reply). */
  session(token: string, reply: FastifyReply): Promise<SignedInUser | null>;
  /** The caller's membership in an organisation, or null. */
  membership(userId: string, organisationId: string): Promise<OrgMember | null>;
}

/** Maps a route parameter (e.g. `strategyId`) to the id of the organisation owning that record. */
export type OwnerResolver = (id: string) => Promise<string | null>;

export const SESSION_COOKIE = 'chorus_session';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface RegisteredRoute {
  method: string;
  url: string;
  access: Access;
}

export function installAccessGate(
  app: FastifyInstance,
  resolvers: AccessResolvers,
  owners: Map<string, OwnerResolver>,
): RegisteredRoute[] {
  const table: RegisteredRoute[] = [];
  app.decorateRequest('user', null);
  app.decorateRequest('member', null);

  app.addHook('onRoute', (route: RouteOptions) => {
    const methods = [route.method].flat();
    if (methods.every((m) => m === 'HEAD')) return;
    if (!route.config?.access && !route.url.startsWith('/api') && route.url !== '/healthz') {
      // The web app's files and pages hold no data; everything with data lives under /api.
      route.config = { ...route.config, access: { kind: 'public', why: 'web app page or asset; holds no data' } };
    }
    const access = route.config?.access;
    if (!access) {
      throw new Error(`Route ${methods.join(',')} ${route.url} declares no access rule in config.access.`);
    }
    if (access.kind === 'member' && access.via !== 'orgId' && !owners.has(access.via)) {
      throw new Error(`Route ${route.url} resolves its organisation through "${access.via}", which has no owner resolver.`);
    }
    for (const method of methods) if (method !== 'HEAD') table.push({ method, url: route.url, access });
  });

  app.addHook('onRequest', async (request, reply) => {
    const access = request.routeOptions.config.access;
    if (access?.kind === 'public' && access.ignoresSession) return;
    const token = request.cookies[SESSION_COOKIE];
    request.user = token ? await resolvers.session(token, reply) : null;
    if (request.user && UNSAFE.has(request.method)) {
      // Cookie-authenticated writes must echo the session's CSRF token; a forged
      // cross-site form cannot read it.
      if (request.headers['x-csrf-token'] !== request.user.csrfToken) {
        throw forbidden('This request is missing its security token. Reload the page and try again.');
      }
    }
    if (!access || access.kind === 'public') return;
    if (!request.user) throw unauthorized();
  });

  app.addHook('preValidation', async (request: FastifyRequest) => {
    const access = request.routeOptions.config.access;
    if (!access || access.kind !== 'member' || !request.user) return;
    const value = (request.params as Record<string, string | undefined>)[access.via];
    if (!value || !UUID.test(value)) throw notFoundFor(access.via);
    const organisationId = access.via === 'orgId' ? value : await owners.get(access.via)!(value);
    if (!organisationId) throw notFoundFor(access.via);
    const member = await resolvers.membership(request.user.id, organisationId);
    // Outsiders get 404, not 403: they may not learn that the record exists.
    if (!member) throw notFoundFor(access.via);
    authorize(member.role, access.action, access.subject, member.organisationName);
    request.member = member;
  });

  return table;
}

/** The actor of a member route; the gate has already checked it. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.user || !request.member) throw unauthorized();
  return { user: request.user, member: request.member };
}

/** The signed-in person of a `user` route. */
export function userOf(request: FastifyRequest): SignedInUser {
  if (!request.user) throw unauthorized();
  return request.user;
}
