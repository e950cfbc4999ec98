import type { RouteOptions } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { SESSION_COOKIE, type Access } from './access.js';

/**
 * The OpenAPI document says which calls need what, so a generated client knows: public routes
 * need nothing, reads need the session cookie, and writes need the cookie and the session's
 * CSRF token (from GET /api/v1/me) in the X-CSRF-Token header.
 */
export const securitySchemes = {
  session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: 'Set by POST /api/v1/auth/sign-in.' },
  csrfToken: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token', description: 'The csrfToken of GET /api/v1/me; needed on every POST, PUT, PATCH and DELETE.' },
} as const;

/** The document's default: a signed-in write. Routes that need less say so themselves. */
export const defaultSecurity = [{ session: [], csrfToken: [] }];

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function routeSecurity(method: string | string[], access: Access | undefined): Record<string, string[]>[] {
  if (!access || access.kind === 'public') return [];
  return [method].flat().some((m) => UNSAFE.has(m)) ? defaultSecurity : [{ session: [] }];
}

type TransformInput = Parameters<typeof jsonSchemaTransform>[0];

/** zod schemas to JSON Schema, plus each operation's security from its access rule. */
export function openApiTransform(input: TransformInput) {
  const output = jsonSchemaTransform(input);
  const route = input.route as RouteOptions;
  return { ...output, schema: { ...output.schema, security: routeSecurity(route.method, route.config?.access) } };
}
